package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.core.Xxgk;
import org.xxgk.core.model.Report;
import org.xxgk.core.testkit.Golden;

/** {@code extract --format pdf} and {@code consolidate --pdf}: printed tables that read back to their numbers. */
class PdfOutputTest {

    private static final String FONT = "xxgk.pdf.font";

    @TempDir
    Path dir;

    @Test
    void extractPrintsTheTablesAndThePdfReadsBackToTheFixturesValues() throws Exception {
        Path html = Golden.testdata().resolve("html/label-variants.html");
        Path pdf = dir.resolve("统计表.pdf");
        CliTest.Run r = CliTest.run("extract", html.toString(), "--format", "pdf", "-o", pdf.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.summary().contains("已写出 " + pdf), r.err());
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"));
        List<Report> back = Xxgk.create().read(pdf);
        assertEquals(1, back.size());
        Golden.checkValues(back.get(0), html);
    }

    @Test
    void theExtensionAloneChoosesPdf() throws Exception {
        Path pdf = dir.resolve("报告.pdf");
        CliTest.Run r = CliTest.run("extract", Golden.testdata().resolve("pdf/ruled-2019.pdf").toString(), "-o", pdf.toString());
        assertEquals(0, r.code(), r.err());
        Golden.checkValues(Xxgk.create().read(pdf).get(0), Golden.testdata().resolve("pdf/ruled-2019.pdf"));
    }

    @Test
    void consolidateWritesTheRegionsPdfBesideTheWorkbookWithTheSameSums() throws Exception {
        Path workbook = dir.resolve("汇总.xlsx");
        Path pdf = dir.resolve("汇总.pdf");
        CliTest.Run r = CliTest.run("consolidate", Golden.testdata().resolve("region/reports").toString(), "-o", workbook.toString(),
                "--pdf", pdf.toString(), "--region", "临江市", "--office", "临江市人民政府办公室", "--exclude-invalid");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.summary().endsWith("已写出 " + workbook + " 和 " + pdf), r.err());
        Xxgk xxgk = Xxgk.create();
        Report fromPdf = xxgk.read(pdf).get(0);
        Report fromWorkbook = xxgk.read(workbook).get(0);
        assertEquals(Golden.numbers(fromWorkbook.values()), Golden.numbers(fromPdf.values()));
        assertEquals("临江市", fromPdf.agency());
        assertEquals(2023, fromPdf.year());
        // 表三's total of new applications, summed by hand from the 28 counted agencies' fixtures (ConsolidateTest checks each).
        assertEquals(fromWorkbook.find("t3.total.total"), fromPdf.find("t3.total.total"));
    }

    @Test
    void withoutAFontExtractSaysWhatToDoAndWritesNothing() {
        Path pdf = dir.resolve("x.pdf");
        String missing = dir.resolve("没有的字体.ttc").toString();
        CliTest.Run r = withFont(missing, () -> CliTest.run("extract", Golden.testdata().resolve("html/label-variants.html").toString(),
                "--format", "pdf", "-o", pdf.toString()));
        assertEquals(1, r.code(), r.err());
        assertEquals("xxgk: " + missing + "：XXGK_PDF_FONT 指定的字体文件不存在，无法输出 PDF\n", r.err());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void withoutAFontConsolidateRefusesBeforeReadingOrWriting() {
        Path workbook = dir.resolve("汇总.xlsx");
        String missing = dir.resolve("没有的字体.ttc").toString();
        CliTest.Run r = withFont(missing, () -> CliTest.run("consolidate", Golden.testdata().resolve("region/reports").toString(),
                "-o", workbook.toString(), "--pdf", dir.resolve("汇总.pdf").toString()));
        assertEquals(1, r.code(), r.err());
        assertEquals("xxgk: " + missing + "：XXGK_PDF_FONT 指定的字体文件不存在，无法输出 PDF\n", r.err());
        assertFalse(Files.exists(workbook));
    }

    private static CliTest.Run withFont(String file, java.util.function.Supplier<CliTest.Run> run) {
        System.setProperty(FONT, file);
        try {
            return run.get();
        } finally {
            System.clearProperty(FONT);
        }
    }
}
