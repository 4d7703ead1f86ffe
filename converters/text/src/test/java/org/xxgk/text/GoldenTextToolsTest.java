package org.xxgk.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.xxgk.core.model.Document;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.testkit.Golden;

/**
 * Reports turned into text by the tools researchers use (pdftotext with and without -layout, pandoc's
 * Markdown, a spreadsheet's tab-separated copy), each beside the expected JSON written from the values
 * chosen when it was made (testdata/text-tools/README.md).
 */
class GoldenTextToolsTest {

    private static final Recognizer RECOGNIZER = new Recognizer();

    static Stream<Path> cases() throws IOException {
        return Golden.cases("text-tools", "txt", "md").stream();
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

    @Test
    void everyToolIsThere() throws IOException {
        for (String tool : new String[] {"pdftotext-layout", "pdftotext", "pandoc-docx", "pandoc-gfm", "pandoc-html",
                "pandoc3-docx", "pandoc3-html", "calc-tabs"}) {
            assertTrue(cases().anyMatch(p -> p.getFileName().toString().contains("." + tool + ".")), tool);
        }
    }
}
