package org.xxgk.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.xxgk.core.spi.CorruptFileException;

class FontMapsTest {

    private static final String HEAD = "/CIDInit /ProcSet findresource begin\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";

    @Test
    void theRangesOfARealMapPass() {
        assertNull(FontMaps.problem(HEAD + "3 beginbfrange\n<0050> <0052> <3000>\n<1B98> <1B98> <4E00>\n"
                + "<0003> <0004> [<0020> <0021>]\nendbfrange\n1 beginbfchar\n<0005> <4E00>\nendbfchar\nend"));
        // A whole two-byte identity map, as some generators write it.
        assertNull(FontMaps.problem(HEAD + "1 beginbfrange\n<0000> <FFFF> <0000>\nendbfrange\n"));
    }

    @Test
    void aRangeWhoseEndsDifferInLengthIsRefused() {
        // The range fuzzing found: PDFBox spent a minute expanding it.
        assertEquals("中有首尾长度不一的字符范围，已损坏",
                FontMaps.problem(HEAD + "2 beginbfrange\n<0050> <0052> <3000>\n<EDC854C85> <77F5> <777fC85>\nendbfrange\n"));
        assertEquals("中有首尾长度不一的字符范围，已损坏",
                FontMaps.problem(HEAD + "1 beginbfrange\n<000000000000> <000000000001> <0041>\nendbfrange\n"));
    }

    @Test
    void aMapDeclaringMoreCharactersThanAnyFontHasIsRefused() {
        StringBuilder map = new StringBuilder(HEAD).append("20 beginbfrange\n");
        for (int i = 0; i < 20; i++) {
            map.append("<00000000> <0000FFFF> <0041>\n");
        }
        String problem = FontMaps.problem(map.append("endbfrange\n").toString());
        assertTrue(problem != null && problem.contains("异常庞大"), problem);
    }

    @Test
    void theFuzzedFileIsRefusedInOneLineNamingPageAndFont() throws Exception {
        Path pdf = Path.of("src/test/resources/org/xxgk/pdf/PdfFuzzTestInputs/pdf/tounicode-range-ends-of-different-lengths");
        try (InputStream in = Files.newInputStream(pdf)) {
            CorruptFileException e = assertThrows(CorruptFileException.class, () -> new PdfReportReader().read(in, "x.pdf"));
            assertTrue(e.getMessage().contains("第1页字体“F1”的文字编码表中有首尾长度不一的字符范围"), e.getMessage());
        }
    }
}
