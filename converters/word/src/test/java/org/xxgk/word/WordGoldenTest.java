package org.xxgk.word;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.xxgk.core.Xxgk;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.testkit.Golden;

/** Every .docx and .doc of testdata/word with an expected file gives back exactly its reports, read as {@code xxgk extract} reads them. */
class WordGoldenTest {

    static List<Path> cases() throws IOException {
        return Golden.cases("word", "docx", "doc");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheExpectedReport(Path file) throws IOException, XxgkException {
        Golden.checkAll(Xxgk.create().read(file), file);
    }
}
