package org.xxgk.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xxgk.core.testkit.Golden;

/**
 * The built plugin jar, loaded as the main jar loads plugins: one class loader for the jar, whose parent
 * holds only what the main jar holds (the core, the PDF module and their libraries, not tess4j or JNA),
 * and ServiceLoader over it. It must find its reader and detector, start Tesseract from inside the jar
 * and read a scan. Runs after the package phase (it needs target/xxgk-ocr-plugin.jar).
 */
class PluginJarIT {

    @Test
    void theBuiltJarReadsAScanWhenLoadedAsAPlugin() throws Exception {
        Path jar = Paths.get("target", "xxgk-ocr-plugin.jar");
        assertTrue(Files.isRegularFile(jar), "the plugin jar is built: " + jar.toAbsolutePath());
        try (URLClassLoader main = new URLClassLoader(mainJarClassPath(), ClassLoader.getPlatformClassLoader());
             URLClassLoader plugin = new URLClassLoader(new URL[] {jar.toUri().toURL()}, main)) {
            Class<?> readerType = main.loadClass("org.xxgk.core.spi.DocumentReader");
            Object reader = null;
            for (Object r : ServiceLoader.load(readerType, plugin)) {
                if (((Set<?>) readerType.getMethod("formats").invoke(r)).contains("scanned-pdf")) {
                    reader = r;
                }
            }
            assertNotNull(reader, "the plugin's reader of scanned-pdf is found by ServiceLoader");
            assertEquals(plugin, reader.getClass().getClassLoader(), "the reader comes from the plugin jar");
            Class<?> detectorType = main.loadClass("org.xxgk.core.spi.Detector");
            assertTrue(ServiceLoader.load(detectorType, plugin).stream().anyMatch(p -> p.type().getName().equals("org.xxgk.ocr.ImageDetector")));

            Path scan = Golden.testdata().resolve("ocr/ruled-2021-300dpi-clean.pdf");
            Object doc = readerType.getMethod("read", InputStream.class, String.class)
                    .invoke(reader, new ByteArrayInputStream(Files.readAllBytes(scan)), scan.getFileName().toString());
            Class<?> recognizer = main.loadClass("org.xxgk.core.recognize.Recognizer");
            Object report = recognizer.getMethod("recognize", main.loadClass("org.xxgk.core.model.Document"))
                    .invoke(recognizer.getConstructor().newInstance(), doc);
            assertEquals("临江市住房和城乡建设局", report.getClass().getMethod("agency").invoke(report));
            assertEquals(2023, report.getClass().getMethod("year").invoke(report));
            Map<?, ?> values = (Map<?, ?>) report.getClass().getMethod("values").invoke(report);
            assertTrue(values.size() >= 190, "the tables are read: " + values.size() + " values");
        }
    }

    /** The test class path less this module's classes and the libraries that only the plugin jar holds. */
    private static URL[] mainJarClassPath() throws Exception {
        List<URL> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String e = entry.replace('\\', '/');
            boolean pluginOnly = e.contains("/converters/ocr/target/") || e.contains("/tess4j/") || e.contains("/net/java/dev/jna/")
                    || e.contains("/lept4j/");
            if (!pluginOnly) {
                out.add(Paths.get(entry).toUri().toURL());
            }
        }
        return out.toArray(new URL[0]);
    }
}
