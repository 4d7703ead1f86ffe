package org.xxgk.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.xxgk.core.Xxgk;
import org.xxgk.core.model.Report;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.testkit.Golden;

/** Every CSV of testdata/csv (a table saved from a spreadsheet) gives back exactly its expected report. */
class CsvTableGoldenTest {

    static List<Path> cases() throws IOException {
        return Golden.cases("csv", "csv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheExpectedReport(Path file) throws IOException, XxgkException {
        List<Report> reports = Xxgk.create().read(file);
        assertEquals(1, reports.size());
        Golden.check(reports.get(0), file);
    }
}
