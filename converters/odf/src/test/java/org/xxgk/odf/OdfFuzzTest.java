package org.xxgk.odf;

import java.io.IOException;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.xxgk.core.Xxgk;
import org.xxgk.core.testkit.Fuzzing;

/**
 * Fuzzing the OpenDocument reader through the facade, as {@code xxgk extract} reads one file: in every build over
 * the committed inputs (src/test/resources/org/xxgk/odf/OdfFuzzTestInputs/METHOD, each an input that once broke it
 * or a targeted mutant of a fixture), with {@code -Pfuzz} for a set time from the fixtures. What each input must
 * give: {@link Fuzzing#check}.
 */
class OdfFuzzTest {

    private static final Xxgk XXGK = Xxgk.create();

    static Stream<byte[]> ods() throws IOException {
        return Fuzzing.seeds("ods");
    }

    @MethodSource
    @FuzzTest(maxDuration = "10m")
    void ods(byte[] input) {
        Fuzzing.check(XXGK, input, "fuzz.ods");
    }

    static Stream<byte[]> odt() throws IOException {
        return Fuzzing.seeds("odt");
    }

    @MethodSource
    @FuzzTest(maxDuration = "10m")
    void odt(byte[] input) {
        Fuzzing.check(XXGK, input, "fuzz.odt");
    }
}
