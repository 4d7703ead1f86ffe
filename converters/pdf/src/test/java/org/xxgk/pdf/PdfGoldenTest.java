package org.xxgk.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.xxgk.core.model.Document;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.testkit.Golden;

/**
 * Every PDF of testdata/pdf (and its benchmark reports in bench/ and bench-3page/) with an expected file
 * gives back exactly its values: one report, or for a file of several (an expected array) each report.
 */
class PdfGoldenTest {

    static List<Path> cases() throws IOException {
        List<Path> all = new java.util.ArrayList<>(Golden.cases("pdf", "pdf"));
        all.addAll(Golden.cases("pdf/bench", "pdf"));
        all.addAll(Golden.cases("pdf/bench-3page", "pdf"));
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheExpectedReport(Path pdf) throws IOException, XxgkException {
        Document doc;
        try (InputStream in = Files.newInputStream(pdf)) {
            doc = new PdfReportReader().read(in, pdf.getFileName().toString());
        }
        Golden.checkAll(new Recognizer().recognizeAll(doc), pdf);
    }
}
