package org.xxgk.excel;

import java.io.IOException;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.xxgk.core.Xxgk;
import org.xxgk.core.testkit.Fuzzing;

/**
 * Fuzzing the excel reader through the facade, as {@code xxgk extract} reads one file: in every build over
 * the committed inputs (src/test/resources/org/xxgk/excel/ExcelFuzzTestInputs/METHOD, each an input that once broke it),
 * with {@code -Pfuzz} for a set time from the fixtures. What each input must give: {@link Fuzzing#check}.
 */
class ExcelFuzzTest {

    private static final Xxgk XXGK = Xxgk.create();

    static Stream<byte[]> xlsx() throws IOException {
        return Fuzzing.seeds("xlsx");
    }

    @MethodSource
    @FuzzTest(maxDuration = "10m")
    void xlsx(byte[] input) {
        Fuzzing.check(XXGK, input, "fuzz.xlsx");
    }

    static Stream<byte[]> xls() throws IOException {
        return Fuzzing.seeds("xls");
    }

    @MethodSource
    @FuzzTest(maxDuration = "10m")
    void xls(byte[] input) {
        Fuzzing.check(XXGK, input, "fuzz.xls");
    }
}
