package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.core.testkit.Golden;

/** {@code xxgk extract} on HTML pages, end to end: JSON out, HTML out and back in, and a page that cannot be decoded. */
class HtmlExtractTest {


    private static String page(String name) {
        return Golden.testdata().resolve("html").resolve(name).toString();
    }

    @Test
    void extractsAGbkPage() {
        CliTest.Run r = CliTest.run("extract", page("v2021-gbk-meta.html"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"agency\" : \"临江市东城区住房和城乡建设局\""), r.out());
        assertTrue(r.out().contains("\"t3.new.total\" : 26"), r.out());
    }

    @Test
    void writesHtmlThatReadsBackToTheSameNumbers(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("表格.html");
        CliTest.Run written = CliTest.run("extract", page("v2021-merged-headers-utf8.html"), "--format", "html", "-o", html.toString());
        assertEquals(0, written.code(), written.err());
        assertTrue(Files.readString(html).contains("<table style=\"border-collapse:collapse;"));
        String direct = CliTest.run("extract", page("v2021-merged-headers-utf8.html")).out();
        String back = CliTest.run("extract", html.toString()).out();
        assertEquals(values(direct), values(back));
        assertTrue(back.contains("\"agency\" : \"临江市自然资源和规划局\"") && back.contains("\"year\" : 2023"), back);
    }

    /** The "values" object of a JSON report, as text. */
    private static String values(String json) {
        int start = json.indexOf("\"values\"");
        return json.substring(start, json.indexOf('}', start));
    }

    @Test
    void aPageThatCannotBeDecodedIsOneLineOnStandardError(@TempDir Path dir) throws Exception {
        byte[] garbage = new byte[2048];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (1 + i % 31);
        }
        Path bad = dir.resolve("坏.html");
        Files.write(bad, garbage);
        CliTest.Run r = CliTest.run("extract", bad.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.problems().strip().lines().count(), r.err());
        assertTrue(r.err().contains("坏.html") && r.err().contains("无法解码网页文字"), r.err());
    }
}
