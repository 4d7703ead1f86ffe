package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.core.testkit.Golden;

/**
 * The README's Java example, taken from the README itself, compiles against the toolkit and runs: it
 * reads a PDF and consolidates the example region, so that the example cannot rot.
 */
class ReadmeExampleTest {

    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- compiled by ReadmeExampleTest -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void theExampleCompilesAndReadsAPdfAndConsolidatesAFolder() throws Exception {
        String readme = Files.readString(Golden.testdata().getParent().resolve("README.md"));
        Matcher m = EXAMPLE.matcher(readme);
        assertTrue(m.find(), "README.md has the example under its marker");
        String code = m.group(1);
        assertTrue(code.lines().count() <= 25, "the example stays short");
        Path src = Files.writeString(dir.resolve("Example.java"), code);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "-d", dir.toString(), "-classpath", System.getProperty("java.class.path"),
                src.toString()), "the example compiles");

        Path pdf = Golden.testdata().resolve("pdf/ruled-2021.pdf");
        Path region = Golden.testdata().resolve("region/reports");
        Path workbook = dir.resolve("region.xlsx");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream old = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("Example").getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {pdf.toString(), region.toString(), workbook.toString()});
        } finally {
            System.setOut(old);
        }
        String out = printed.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("\"agency\" : \"临江市住房和城乡建设局\""), out);
        assertTrue(Files.size(workbook) > 0);
        assertTrue(out.contains("已汇总 29 个机构"), out);
    }
}
