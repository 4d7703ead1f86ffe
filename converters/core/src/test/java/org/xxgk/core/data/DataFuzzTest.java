package org.xxgk.core.data;

import java.io.IOException;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.xxgk.core.Xxgk;
import org.xxgk.core.testkit.Fuzzing;

/**
 * Fuzzing the JSON and CSV data readers through the facade, as {@code xxgk extract} reads one file: in every build over
 * the committed inputs (src/test/resources/org/xxgk/core/data/DataFuzzTestInputs/METHOD, each an input that once broke it),
 * with {@code -Pfuzz} for a set time from the fixtures. What each input must give: {@link Fuzzing#check}.
 */
class DataFuzzTest {

    private static final Xxgk XXGK = Xxgk.create();

    static Stream<byte[]> json() throws IOException {
        return Fuzzing.seeds("json");
    }

    @MethodSource
    @FuzzTest(maxDuration = "10m")
    void json(byte[] input) {
        Fuzzing.check(XXGK, input, "fuzz.json");
    }

    static Stream<byte[]> csv() throws IOException {
        return Fuzzing.seeds("csv");
    }

    @MethodSource
    @FuzzTest(maxDuration = "10m")
    void csv(byte[] input) {
        Fuzzing.check(XXGK, input, "fuzz.csv");
    }
}
