package org.xxgk.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.xxgk.core.testkit.Golden;

/** A smoke test: one round, no timing asserted. */
class PdfBenchmarkTest {

    @Test
    void measuresReadableReportsAndLeavesOutTheOthers() throws IOException {
        Path pdf = Golden.testdata().resolve("pdf");
        List<PdfBenchmark.Result> results = new PdfBenchmark().run(
                List.of(pdf.resolve("ruled-2021.pdf"), pdf.resolve("scanned-image-only.pdf")), 0, 1);
        assertEquals(1, results.size());
        PdfBenchmark.Result r = results.get(0);
        assertEquals(3, r.pages());
        assertEquals(2, r.tablePages());
        assertTrue(r.xxgkMillis() > 0 && r.tabulaMillis() > 0, r.toString());
    }
}
