package org.xxgk.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.testkit.Golden;

/** Every workbook of testdata/excel gives the report its expected file holds (see the folder's README). */
class GoldenTest {

    static List<Path> workbooks() throws IOException {
        return Golden.cases("excel", "xlsx", "xls");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void readsAsExpected(Path workbook) throws IOException, XxgkException {
        Golden.checkAll(new Recognizer().recognizeAll(Excel.document(Files.readAllBytes(workbook), workbook.getFileName().toString())),
                workbook);
    }
}
