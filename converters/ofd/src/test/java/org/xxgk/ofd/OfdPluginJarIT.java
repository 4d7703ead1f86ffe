package org.xxgk.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.xxgk.core.Xxgk;
import org.xxgk.core.model.Document;
import org.xxgk.core.model.Report;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.spi.Detector;
import org.xxgk.core.spi.DocumentReader;
import org.xxgk.core.spi.FormatDetector;
import org.xxgk.core.spi.ScannedDocumentException;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.testkit.Golden;

/**
 * The built plugin jar, loaded as the command line loads plugins: one class loader for the jar whose parent
 * holds what the main jar holds. Runs after {@code package} (the pom's {@code plugin-jar} execution), on a
 * class path without ofdrw and without this module's classes, so every class of the reader comes from the jar.
 */
class OfdPluginJarIT {

    private static URLClassLoader plugin;

    @BeforeAll
    static void load() throws IOException {
        Path jar = Path.of(System.getProperty("xxgk.ofd.plugin", "target/xxgk-ofd-plugin.jar"));
        assertTrue(Files.isRegularFile(jar), "the plugin jar is built first: " + jar);
        plugin = new URLClassLoader(new URL[] {jar.toUri().toURL()}, OfdPluginJarIT.class.getClassLoader());
    }

    @AfterAll
    static void close() throws IOException {
        plugin.close();
    }

    @Test
    void theParentDoesNotHaveTheReader() {
        assertThrows(ClassNotFoundException.class, () -> OfdPluginJarIT.class.getClassLoader().loadClass("org.xxgk.ofd.OfdReportReader"));
        assertThrows(ClassNotFoundException.class, () -> OfdPluginJarIT.class.getClassLoader().loadClass("org.ofdrw.reader.OFDReader"));
    }

    @Test
    void theJarNamesItselfInItsManifest() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("xxgk.ofd.plugin", "target/xxgk-ofd-plugin.jar"))) {
            Manifest m = jar.getManifest();
            assertEquals("xxgk OFD reader", m.getMainAttributes().getValue("Implementation-Title"));
            assertNotNull(m.getMainAttributes().getValue("Implementation-Version"));
            assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("org/xxgk/core/") || e.getName().startsWith("org/xxgk/pdf/")
                    || e.getName().startsWith("org/ofdrw/") || e.getName().startsWith("org/apache/")), "only the plugin's own and relocated classes");
        }
    }

    @Test
    void readsAnOfdThroughServiceLoader() throws IOException, XxgkException {
        DocumentReader reader = pluginReader();
        Path ofd = Golden.testdata().resolve("ofd/table3-split-across-pages.ofd");
        Document doc;
        try (InputStream in = Files.newInputStream(ofd)) {
            doc = reader.read(in, ofd.getFileName().toString());
        }
        Golden.check(new Recognizer().recognize(doc), ofd);
    }

    /**
     * The whole way {@code xxgk extract FILE.ofd} takes with the jar dropped into a plugin folder: the
     * facade loads it, detects the OFD with the jar's detector, and gives the values of the PDF each
     * fixture was made from.
     */
    @Test
    void throughAPluginFolderEachOfdGivesTheValuesOfItsPdf() throws IOException, XxgkException {
        Path folder = Files.createTempDirectory("xxgk-plugins");
        Path jar = Path.of(System.getProperty("xxgk.ofd.plugin", "target/xxgk-ofd-plugin.jar"));
        Files.copy(jar, folder.resolve(jar.getFileName()));
        Xxgk xxgk = Xxgk.builder().plugins(folder).build();
        assertEquals(List.of(), xxgk.pluginProblems());
        assertTrue(xxgk.readableFormats().contains("ofd"), xxgk.readableFormats().toString());
        for (Path ofd : Golden.cases("ofd", "ofd")) {
            Path pdf = Golden.testdata().resolve("pdf").resolve(ofd.getFileName().toString().replace(".ofd", ".pdf"));
            List<Report> fromOfd = xxgk.read(ofd);
            Golden.checkAll(fromOfd, ofd);
            if (Files.exists(pdf)) {
                assertEquals(Golden.numbers(xxgk.read(pdf).get(0).values()), Golden.numbers(fromOfd.get(0).values()), ofd.toString());
            }
        }
        Path ofd = Golden.testdata().resolve("ofd/ruled-2021.ofd");
        XxgkException without = assertThrows(XxgkException.class, () -> Xxgk.create().read(ofd));
        assertTrue(without.getMessage().contains("xxgk-ofd-plugin.jar"), without.getMessage());
    }

    @Test
    void outlinedGlyphsNeedOcrThroughThePluginToo() throws IOException {
        Path ofd = Golden.testdata().resolve("ofd/outlined-glyphs-needs-ocr.ofd");
        try (InputStream in = Files.newInputStream(ofd)) {
            XxgkException e = assertThrows(XxgkException.class, () -> pluginReader().read(in, "outlined-glyphs-needs-ocr.ofd"));
            assertTrue(e instanceof ScannedDocumentException, e.toString());
        }
    }

    @Test
    void theDetectorNamesOfdFromTheJar() throws IOException {
        List<Detector> detectors = ServiceLoader.load(Detector.class, plugin).stream().map(ServiceLoader.Provider::get)
                .filter(d -> d.getClass().getClassLoader() == plugin).toList();
        assertEquals(1, detectors.size());
        byte[] bytes = Files.readAllBytes(Golden.testdata().resolve("ofd/ruled-2021.ofd"));
        assertEquals("ofd", FormatDetector.of(detectors).detect("report.zip", bytes));
    }

    /**
     * The plugin's reader among the providers: a ServiceLoader over the plugin's loader also lists the
     * parent's (the main jar's) providers, so the plugin's own are those its loader defined.
     */
    private static DocumentReader pluginReader() {
        List<DocumentReader> readers = ServiceLoader.load(DocumentReader.class, plugin).stream().map(ServiceLoader.Provider::get)
                .filter(r -> r.getClass().getClassLoader() == plugin).toList();
        assertEquals(1, readers.size(), "one reader in the jar");
        DocumentReader r = readers.get(0);
        assertEquals(java.util.Set.of("ofd"), r.formats());
        assertSame(DocumentReader.class, r.getClass().getInterfaces()[0]);
        return r;
    }
}
