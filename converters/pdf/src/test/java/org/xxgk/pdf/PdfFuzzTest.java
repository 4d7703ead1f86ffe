package org.xxgk.pdf;

import java.io.IOException;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.xxgk.core.Xxgk;
import org.xxgk.core.testkit.Fuzzing;

/**
 * Fuzzing the pdf reader through the facade, as {@code xxgk extract} reads one file: in every build over
 * the committed inputs (src/test/resources/org/xxgk/pdf/PdfFuzzTestInputs/METHOD, each an input that once broke it),
 * with {@code -Pfuzz} for a set time from the fixtures. What each input must give: {@link Fuzzing#check}.
 */
class PdfFuzzTest {

    private static final Xxgk XXGK = Xxgk.create();

    static Stream<byte[]> pdf() throws IOException {
        return Fuzzing.seeds("pdf");
    }

    @MethodSource
    @FuzzTest(maxDuration = "10m")
    void pdf(byte[] input) {
        Fuzzing.check(XXGK, input, "fuzz.pdf");
    }
}
