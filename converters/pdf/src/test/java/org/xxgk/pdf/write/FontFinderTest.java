package org.xxgk.pdf.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.testkit.RandomReports;

/**
 * Which font the PDF writer takes, and the one line it says when there is none. The machine that builds
 * needs one Chinese TrueType font (CI installs fonts-wqy-zenhei).
 */
class FontFinderTest {

    @TempDir
    Path dir;

    /** The system's font names, looked for in an empty folder. */
    private FontFinder inEmptyFolder() {
        return new FontFinder(null, FontFinder.systemCandidates().stream().map(p -> dir.resolve(p.getFileName().toString())).toList());
    }

    @Test
    void noFontSaysWhatToInstall() {
        XxgkException e = assertThrows(XxgkException.class, () -> inEmptyFolder().find());
        assertEquals(FontFinder.MISSING, e.getMessage());
        assertTrue(e.getMessage().contains("fonts-wqy-zenhei") && e.getMessage().contains("微软雅黑")
                && e.getMessage().contains("XXGK_PDF_FONT"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void theWritersRefuseBeforeWritingAnything() {
        Report r = new RandomReports(1).next(Generation.V2021);
        PdfReportWriter writer = new PdfReportWriter(Schema.official(), inEmptyFolder());
        assertEquals(FontFinder.MISSING, assertThrows(XxgkException.class, writer::checkReady).getMessage());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(XxgkException.class, () -> writer.write(List.of(r), out));
        assertEquals(0, out.size());
    }

    @Test
    void aFontWithCffOutlinesIsPassedOverAndNamed() throws Exception {
        Path otf = Files.write(dir.resolve("NotoSansCJK-Regular.ttc"), new byte[] {'O', 'T', 'T', 'O', 0, 9, 0, 16});
        XxgkException e = assertThrows(XxgkException.class, () -> new FontFinder(null, List.of(otf)).find());
        assertTrue(e.getMessage().startsWith(FontFinder.MISSING) && e.getMessage().contains(otf.toString()), e.getMessage());
    }

    @Test
    void anOverrideThatIsNotThereIsNamed() {
        String missing = dir.resolve("没有的字体.ttf").toString();
        XxgkException e = assertThrows(XxgkException.class, () -> new FontFinder(missing, FontFinder.systemCandidates()).find());
        assertEquals(missing, e.source());
        assertTrue(e.getMessage().contains("XXGK_PDF_FONT 指定的字体文件不存在"), e.getMessage());
    }

    @Test
    void anOverrideThatIsNoFontIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("readme.ttf"), "这不是字体");
        XxgkException e = assertThrows(XxgkException.class, () -> new FontFinder(text.toString(), List.of()).find());
        assertTrue(e.getMessage().contains("不是可嵌入 PDF 的中文 TrueType 字体"), e.getMessage());
    }

    @Test
    void theSystemFontIsFoundAndTheOverrideWins() throws Exception {
        FontChoice system = FontFinder.system().find();
        assertTrue(Files.isRegularFile(system.file()), system.toString());
        Path copy = Files.copy(system.file(), dir.resolve("我的字体" + suffix(system.file())));
        FontChoice chosen = new FontFinder(copy.toString(), FontFinder.systemCandidates()).find();
        assertEquals(copy, chosen.file());
        assertEquals(system.name(), chosen.name());
    }

    @Test
    void aCharacterTheFontLacksIsNamed() throws Exception {
        Report r = new RandomReports(2).next(Generation.V2021);
        Report odd = new Report(r.source(), r.format(), "临江市\uE000局", r.year(), null, r.generations(), r.values(), List.of());
        PdfReportWriter writer = new PdfReportWriter(Schema.official(), FontFinder.system());
        XxgkException e = assertThrows(XxgkException.class, () -> writer.write(List.of(odd), new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("U+E000") && e.getMessage().contains("XXGK_PDF_FONT"), e.getMessage());
    }

    private static String suffix(Path p) {
        String n = p.getFileName().toString();
        return n.substring(n.lastIndexOf('.'));
    }
}
