package org.xxgk.odf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.xxgk.core.Xxgk;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.testkit.Golden;

/** Every .odt and .ods of testdata/odf gives exactly the reports its expected file holds, read as {@code xxgk extract} reads it. */
class OdfGoldenTest {

    static List<Path> cases() throws IOException {
        return Golden.cases("odf", "odt", "ods");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheExpectedReports(Path file) throws IOException, XxgkException {
        Golden.checkAll(Xxgk.create().read(file), file);
    }
}
