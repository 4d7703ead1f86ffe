package org.xxgk.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The zip a Windows user downloads: what is in it, and that each part is what it should be. */
class DistributionTest {

    private static final Path ZIP = Path.of(System.getProperty("xxgk.zip"));
    private static final String ROOT = "xxgk-" + System.getProperty("xxgk.version") + "/";

    private static ZipFile open() throws Exception {
        return ZipFile.builder().setPath(ZIP).get();
    }

    private static byte[] bytes(ZipFile zip, String name) throws Exception {
        ZipArchiveEntry e = zip.getEntry(ROOT + name);
        assertNotNull(e, name + " is in the zip");
        try (InputStream in = zip.getInputStream(e)) {
            return in.readAllBytes();
        }
    }

    @Test
    void holdsTheJarTheLaunchersTheTemplatesAndTheInstructions() throws Exception {
        try (ZipFile zip = open()) {
            List<String> names = Collections.list(zip.getEntries()).stream().filter(e -> !e.isDirectory())
                    .map(ZipArchiveEntry::getName).sorted().toList();
            assertEquals(List.of(ROOT + "plugins/说明.txt", ROOT + "templates/xxgk-template-2019.xlsx",
                    ROOT + "templates/xxgk-template-2021.xlsx", ROOT + "xxgk", ROOT + "xxgk.cmd", ROOT + "xxgk.jar",
                    ROOT + "使用说明.txt"), names);
        }
    }

    @Test
    void theWindowsLauncherIsInTheChineseCodePageAndStartsTheWorkbench() throws Exception {
        try (ZipFile zip = open()) {
            byte[] cmd = bytes(zip, "xxgk.cmd");
            String text = new String(cmd, Charset.forName("GBK"));
            assertTrue(text.contains("没有找到 Java"), "Chinese in GBK, as cmd.exe reads it on a Chinese Windows");
            assertFalse(new String(cmd, StandardCharsets.UTF_8).contains("没有找到"), "not UTF-8");
            assertTrue(text.contains("start \"xxgk\" javaw -jar \"%XXGK_HOME%xxgk.jar\" serve"), text);
            assertTrue(text.contains("java -jar \"%XXGK_HOME%xxgk.jar\" %*"), text);
            assertTrue(text.lines().count() > 5 && text.replace("\r\n", "").indexOf('\n') < 0, "CRLF line ends");
        }
    }

    @Test
    void theShellLauncherIsExecutable() throws Exception {
        try (ZipFile zip = open()) {
            ZipArchiveEntry sh = zip.getEntry(ROOT + "xxgk");
            assertEquals(0755, sh.getUnixMode() & 0777);
            String text = new String(bytes(zip, "xxgk"), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("#!/bin/sh\n") && !text.contains("\r"), text);
            assertTrue(text.contains("exec java -jar \"$here/xxgk.jar\" serve"), text);
        }
    }

    @Test
    void theInstructionsAreChineseForNotepad() throws Exception {
        try (ZipFile zip = open()) {
            byte[] b = bytes(zip, "使用说明.txt");
            assertEquals(0xEF, b[0] & 0xff, "UTF-8 with its mark, so that every Notepad opens it right");
            String text = new String(b, StandardCharsets.UTF_8);
            for (String words : List.of("Java 17", "双击 xxgk.cmd", "汇总", "检查一份报告", "填报", "退出工作台")) {
                assertTrue(text.contains(words), words);
            }
        }
    }

    @Test
    void theJarRunsTheCommandLineAndCarriesTheWorkbench() throws Exception {
        try (ZipFile zip = open();
             JarInputStream jar = new JarInputStream(new ByteArrayInputStream(bytes(zip, "xxgk.jar")))) {
            assertEquals("org.xxgk.cli.Main", jar.getManifest().getMainAttributes().getValue("Main-Class"));
            List<String> wanted = new java.util.ArrayList<>(List.of("org/xxgk/server/web/index.html", "org/xxgk/server/web/app.js",
                    "org/xxgk/cli/ServeCommand.class", "org/xxgk/server/versions.properties"));
            boolean charts = false;
            for (ZipEntry e; (e = jar.getNextEntry()) != null; ) {
                wanted.remove(e.getName());
                charts |= e.getName().matches("META-INF/resources/webjars/echarts/[^/]+/dist/echarts\\.min\\.js");
            }
            assertEquals(List.of(), wanted);
            assertTrue(charts, "the charts are served from the jar");
        }
    }
}
