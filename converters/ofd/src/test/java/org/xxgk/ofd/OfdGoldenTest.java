package org.xxgk.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.xxgk.core.model.Document;
import org.xxgk.core.model.Report;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.testkit.Golden;

/** Every OFD of testdata/ofd with an expected file gives back exactly its values: those of the PDF it was made from. */
class OfdGoldenTest {

    static List<Path> cases() throws IOException {
        return Golden.cases("ofd", "ofd");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheExpectedReport(Path ofd) throws IOException, XxgkException {
        Document doc;
        try (InputStream in = Files.newInputStream(ofd)) {
            doc = new OfdReportReader().read(in, ofd.getFileName().toString());
        }
        assertEquals("ofd", doc.format());
        List<Report> reports = new Recognizer().recognizeAll(doc);
        assertEquals(1, reports.size(), ofd + ": reports");
        Golden.check(reports.get(0), ofd);
    }
}
