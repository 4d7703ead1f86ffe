package org.xxgk.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.xxgk.core.model.Document;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.testkit.Golden;

/** Every text fixture beside its expected JSON: the five real seeds and the edge cases made for this reader. */
class GoldenTextTest {

    private static final Recognizer RECOGNIZER = new Recognizer();

    static Stream<Path> cases() throws IOException {
        return Stream.concat(Golden.cases("seeds", "txt").stream(), Golden.cases("text", "txt", "md").stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAsExpected(Path input) throws Exception {
        Document doc;
        try (InputStream in = Files.newInputStream(input)) {
            doc = new TextReportReader().read(in, input.getFileName().toString());
        }
        Golden.checkAll(RECOGNIZER.recognizeAll(doc), input);
    }

    @org.junit.jupiter.api.Test
    void theFiveSeedsAreThere() throws IOException {
        org.junit.jupiter.api.Assertions.assertEquals(5, Golden.cases("seeds", "txt").size());
    }
}
