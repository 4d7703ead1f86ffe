package org.xxgk.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Report;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.testkit.Golden;

/**
 * A few scans of testdata/ocr read end to end (the whole set is the benchmark, {@link OcrBenchmark}): the
 * agency and year right, at least the given share of cells exact, and no wrong value that nothing flags —
 * every wrong cell is unsure, inferred, or named by a failing rule or the reader's warning. Needs Tesseract
 * with its Chinese model (CI installs Debian's packages).
 */
class OcrScanTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ruled-2021-300dpi-clean.pdf, 0.995",
        "ruled-2021-150dpi-degraded.pdf, 0.98",
        "ruled-2019-300dpi-fax.tif, 0.985",
        "ruled-2021-200dpi-red-seal.pdf, 0.93",
        "phone-photos-2021.pdf, 0.90",
    })
    void readsTheScanWithEveryWrongCellFlagged(String name, double exactShare) throws Exception {
        Path scan = Golden.testdata().resolve("ocr").resolve(name);
        Report r = new Recognizer().recognize(new OcrReportReader().read(new ByteArrayInputStream(Files.readAllBytes(scan)), name));
        JsonNode expected = new ObjectMapper().readTree(OcrBenchmark.expectedOf(scan).toFile());
        OcrBenchmark.Score s = OcrBenchmark.compare(name, r, expected, 0, new double[0], new double[0]);
        assertTrue(s.agency() && s.year(), "agency " + r.agency() + ", year " + r.year());
        assertEquals(0, s.silent(), "wrong values that nothing flags");
        assertTrue(s.exact() >= exactShare * s.cells(), s.exact() + " of " + s.cells() + " cells exact");
        assertTrue(r.values().values().stream().filter(v -> v.raw().length() > 0).allMatch(v -> v.has(CellValue.Flag.OCR)),
                "every value read from the scan says so");
    }

    @org.junit.jupiter.api.Test
    void aSealOverACellIsSaid() throws Exception {
        Path scan = Golden.testdata().resolve("ocr/ruled-2021-200dpi-red-seal.pdf");
        Report r = new Recognizer().recognize(new OcrReportReader().read(new ByteArrayInputStream(Files.readAllBytes(scan)), "seal.pdf"));
        assertTrue(r.problems().stream().anyMatch(p -> p.rule().equals("ocr.seal") && p.message().contains("印章")),
                "a warning names a cell under the seal");
    }
}
