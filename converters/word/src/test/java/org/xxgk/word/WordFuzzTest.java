package org.xxgk.word;

import java.io.IOException;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.xxgk.core.Xxgk;
import org.xxgk.core.testkit.Fuzzing;

/**
 * Fuzzing the word reader through the facade, as {@code xxgk extract} reads one file: in every build over
 * the committed inputs (src/test/resources/org/xxgk/word/WordFuzzTestInputs/METHOD, each an input that once broke it),
 * with {@code -Pfuzz} for a set time from the fixtures. What each input must give: {@link Fuzzing#check}.
 */
class WordFuzzTest {

    private static final Xxgk XXGK = Xxgk.create();

    static Stream<byte[]> docx() throws IOException {
        return Fuzzing.seeds("docx");
    }

    @MethodSource
    @FuzzTest(maxDuration = "10m")
    void docx(byte[] input) {
        Fuzzing.check(XXGK, input, "fuzz.docx");
    }

    static Stream<byte[]> doc() throws IOException {
        return Fuzzing.seeds("doc");
    }

    @MethodSource
    @FuzzTest(maxDuration = "10m")
    void doc(byte[] input) {
        Fuzzing.check(XXGK, input, "fuzz.doc");
    }
}
