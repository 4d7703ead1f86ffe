package org.xxgk.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import org.xxgk.core.spi.Detection;
import org.xxgk.core.spi.Detector;
import org.xxgk.core.spi.FormatDetector;
import org.xxgk.core.testkit.Golden;

class OfdDetectorTest {

    private static final OfdDetector DETECTOR = new OfdDetector();

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write("<x/>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    @Test
    void aZipWithOfdXmlAtItsRootIsAnOfdWhateverItsName() throws IOException {
        byte[] bytes = Files.readAllBytes(Golden.testdata().resolve("ofd/ruled-2021.ofd"));
        assertEquals(Optional.of(new Detector.Match("ofd", Detector.Evidence.CONTENT)), DETECTOR.detect(new Detection("报告.zip", bytes)));
        assertEquals("ofd", FormatDetector.of(List.of(DETECTOR)).detect("download", bytes));
    }

    @Test
    void aZipNamedOfdWithoutItIsOneByName() throws IOException {
        assertEquals(Optional.of(new Detector.Match("ofd", Detector.Evidence.NAME)), DETECTOR.detect(new Detection("a.OFD", zip("Doc_0/Document.xml"))));
        byte[] truncated = Files.readAllBytes(Golden.testdata().resolve("ofd/corrupt-truncated.ofd"));
        assertEquals("ofd", FormatDetector.of(List.of(DETECTOR)).detect("corrupt-truncated.ofd", truncated));
    }

    @Test
    void otherZipsAndOtherBytesAreNotOfds() throws IOException {
        assertEquals(Optional.empty(), DETECTOR.detect(new Detection("a.zip", zip("Doc_0/OFD.xml"))));
        assertEquals(Optional.empty(), DETECTOR.detect(new Detection("a.ofd", "%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
    }
}
