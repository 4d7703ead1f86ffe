package org.xxgk.pdf.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.core.ConsolidateOptions;
import org.xxgk.core.Xxgk;
import org.xxgk.core.consolidate.Region;
import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.testkit.Golden;
import org.xxgk.core.testkit.RandomReports;

/** A region of random agencies consolidated and written as PDF: the cover's words, and the sums read back. */
class PdfRegionWriterTest {

    private static final Xxgk XXGK = Xxgk.create();

    @TempDir
    Path dir;

    @Test
    void theRegionPdfReadsBackAsTheSumsOfItsAgencies() throws Exception {
        RandomReports random = new RandomReports(7);
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Report r = random.next(Generation.V2021);
            Report agency = new Report("r" + i, "data", "临江市第" + i + "局", 2023, null, r.generations(), r.values(), List.of());
            agency.values().forEach((code, v) -> sums.merge(code, v.number(), BigDecimal::add));
            Path file = dir.resolve("r" + i + ".json");
            try (OutputStream out = Files.newOutputStream(file)) {
                XXGK.write(List.of(agency), "json", out);
            }
            files.add(file);
        }
        Region region = XXGK.consolidate(files, ConsolidateOptions.builder().region("临江市").office("临江市人民政府办公室").build());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        XXGK.writeRegion(region, "pdf", pdf);

        List<Report> back = XXGK.read(new ByteArrayInputStream(pdf.toByteArray()), "汇总.pdf");
        assertEquals(1, back.size());
        Map<String, String> expected = new LinkedHashMap<>();
        sums.forEach((code, n) -> expected.put(code, n.stripTrailingZeros().toPlainString()));
        Golden.assertSameValues(expected, Golden.numbers(back.get(0).values()), "region read back");
        assertEquals(2023, back.get(0).year());
        assertEquals("临江市", back.get(0).agency());

        String cover;
        try (PDDocument doc = PDDocument.load(pdf.toByteArray())) {
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            cover = first.getText(doc).replaceAll("\\s", "");
        }
        assertTrue(cover.contains("临江市2023年度政府信息公开工作年度报告统计汇总"), cover);
        assertTrue(cover.contains("本汇总计入5个机构的2023年度报告"), cover);
        assertTrue(cover.contains("编制：临江市人民政府办公室"), cover);
        assertTrue(pdf.size() < 100_000, "the font is embedded as a subset: " + pdf.size() + " bytes");
    }
}
