package org.xxgk.ofd;

import java.io.IOException;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.xxgk.core.Xxgk;
import org.xxgk.core.testkit.Fuzzing;

/**
 * Fuzzing the OFD reader through the facade, as {@code xxgk extract} reads one file once the plugin is loaded (here
 * the module's classes are on the class path, so the facade finds the reader as it finds any other): in every build
 * over the committed inputs (src/test/resources/org/xxgk/ofd/OfdFuzzTestInputs/ofd, each an input that once broke it
 * or a targeted mutant of a fixture), with {@code -Pfuzz} for a set time from the fixtures. What each input must
 * give: {@link Fuzzing#check}.
 */
class OfdFuzzTest {

    private static final Xxgk XXGK = Xxgk.create();

    static Stream<byte[]> ofd() throws IOException {
        return Fuzzing.seeds("ofd");
    }

    @MethodSource
    @FuzzTest(maxDuration = "10m")
    void ofd(byte[] input) {
        Fuzzing.check(XXGK, input, "fuzz.ofd");
    }
}
