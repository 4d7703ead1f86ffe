package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.testkit.RandomReports;
import org.xxgk.core.testkit.TextLayouts;

/**
 * A third party's reader, built into a jar of its own at test time (compiled here, with only the
 * toolkit's published types on its class path), found through a plugin folder: listed by
 * {@code xxgk formats} with its jar and version, and reading its format through {@code xxgk extract}.
 */
class PluginTest {

    /** A format of "semicolon rows": the official tables with cells separated by ';', in a file named .scsv. */
    private static final String READER = """
            package com.example.scsv;

            import java.io.IOException;
            import java.io.InputStream;
            import java.nio.charset.StandardCharsets;
            import java.util.ArrayList;
            import java.util.List;
            import java.util.Optional;
            import java.util.Set;

            import org.xxgk.core.model.Cell;
            import org.xxgk.core.model.Document;
            import org.xxgk.core.model.Grid;
            import org.xxgk.core.model.SourceLocation;
            import org.xxgk.core.spi.Detection;
            import org.xxgk.core.spi.Detector;
            import org.xxgk.core.spi.DocumentReader;

            public final class SemicolonReader implements DocumentReader, Detector {
                public Set<String> formats() {
                    return Set.of("scsv");
                }

                public Optional<Match> detect(Detection in) {
                    return in.extensionIs("scsv") ? Match.byName("scsv") : Optional.empty();
                }

                public Document read(InputStream in, String source) throws IOException {
                    List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
                    List<List<Cell>> rows = new ArrayList<>();
                    for (int i = 0; i < lines.size(); i++) {
                        List<Cell> row = new ArrayList<>();
                        for (String s : lines.get(i).split(";", -1)) {
                            row.add(Cell.of(s, SourceLocation.ofFile(source).withLine(i + 1)));
                        }
                        rows.add(row);
                    }
                    return new Document(source, "scsv", List.of(new Grid(rows, true)), lines, 0);
                }
            }
            """;

    @TempDir
    static Path dir;
    static Path plugins;
    static Report report;
    static Path input;

    @BeforeAll
    static void buildThePluginJar() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/com/example/scsv")).resolve("SemicolonReader.java");
        Files.writeString(src, READER);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                src.toString());
        assertEquals(0, rc, "the plugin compiles against the published SPI");
        plugins = Files.createDirectories(dir.resolve("plugins"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_TITLE, "scsv");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "1.2.3");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(plugins.resolve("scsv-reader.jar")), manifest)) {
            for (String service : List.of("org.xxgk.core.spi.DocumentReader", "org.xxgk.core.spi.Detector")) {
                jar.putNextEntry(new JarEntry("META-INF/services/" + service));
                jar.write("com.example.scsv.SemicolonReader\n".getBytes(StandardCharsets.UTF_8));
            }
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    jar.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                    Files.copy(f, jar);
                }
            }
        }
        Report random = new RandomReports(17L).next(Generation.V2021);
        report = new Report("x", "text", "临江市示例局", 2023, null, random.generations(), random.values(), List.of());
        String text = TextLayouts.render(report, TextLayouts.Layout.TABS).replace('\t', ';');
        input = Files.writeString(dir.resolve("report.scsv"), text);
    }

    private static CliTest.Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, out, err, env);
        return new CliTest.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void formatsListsThePluginsReaderWithItsJarAndVersion() {
        CliTest.Run r = run(Map.of(), "formats", "--plugins", plugins.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("读取文档\tscsv\tscsv-reader.jar 1.2.3\tcom.example.scsv.SemicolonReader")),
                r.out());
        assertTrue(r.out().contains("可读取：") && r.out().contains("scsv"), r.out());
    }

    @Test
    void extractReadsThePluginsFormatFoundThroughTheEnvironment() throws IOException {
        CliTest.Run r = run(Map.of(XxgkCommand.PLUGINS_VARIABLE, plugins.toString()), "extract", input.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("scsv", json.get("format").asText());
        assertEquals("临江市示例局", json.get("agency").asText());
        report.values().forEach((code, v) ->
                assertEquals(0, v.number().compareTo(json.get("values").get(code).decimalValue()), code));
    }

    @Test
    void withoutThePluginTheFormatIsUnknownInOneLine() {
        CliTest.Run r = run(Map.of(), "extract", input.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.problems().strip().lines().count(), r.err());
    }

    @Test
    void aBrokenJarIsNamedInOneLineAndTheRunGoesOn() throws IOException {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        try (OutputStream o = Files.newOutputStream(broken.resolve("half.jar"))) {
            o.write(new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        }
        CliTest.Run r = run(Map.of(), "extract", CliTest.seed("003_d3db7aba37f28c73.txt"), "--plugins", broken.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("xxgk: 插件 half.jar：不是有效的 jar 文件（可能已损坏或没有下载完），已跳过", r.problems().strip());
    }
}
