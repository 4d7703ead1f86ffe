package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** How the jar starts: what a double-click runs, and the charset a console shows. */
class MainTest {

    private static Properties system(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    @Test
    void aDoubleClickServesTheWorkbench() {
        assertArrayEquals(new String[] {"serve"}, Main.startedBy(new String[0], false));
        assertArrayEquals(new String[0], Main.startedBy(new String[0], true), "in a console: the usage, as always");
        assertArrayEquals(new String[] {"formats"}, Main.startedBy(new String[] {"formats"}, false));
    }

    @Test
    void theConsoleSpeaksItsCodePage() {
        // A Chinese Windows: Java 18+ says GBK in stdout.encoding; Java 17 in sun.stdout.encoding or native.encoding.
        assertEquals(Charset.forName("GBK"), Main.consoleCharset(system("stdout.encoding", "GBK", "native.encoding", "UTF-8")));
        byte[] gbk = "汇总".getBytes(Charset.forName("GBK"));
        assertArrayEquals(gbk, "汇总".getBytes(Main.consoleCharset(system("sun.stdout.encoding", "cp936"))), "code page 936");
        assertEquals(Charset.forName("GBK"), Main.consoleCharset(system("native.encoding", "GBK")));
        assertEquals(StandardCharsets.UTF_8, Main.consoleCharset(system("stdout.encoding", "no-such-charset", "native.encoding", "UTF-8")));
        assertEquals(StandardCharsets.UTF_8, Main.consoleCharset(system()));
    }

    @Test
    void messagesAreWrittenInTheCharsetGiven() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Main.run(new String[] {"extrac"}, out, err, java.util.Map.of(), false, Charset.forName("GBK"));
        assertEquals(2, code);
        assertEquals(true, new String(err.toByteArray(), Charset.forName("GBK")).contains("用 xxgk help"));
    }
}
