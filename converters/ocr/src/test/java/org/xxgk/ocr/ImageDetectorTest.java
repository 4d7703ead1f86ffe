package org.xxgk.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.xxgk.core.spi.Detection;
import org.xxgk.core.spi.Detector;
import org.xxgk.core.spi.FormatDetector;

/** Images are known by their magic bytes, whatever their names; other inputs are not this detector's. */
class ImageDetectorTest {

    private final ImageDetector detector = new ImageDetector();

    @Test
    void namesImagesByTheirMagicBytes() {
        assertEquals("png", format("scan.jpg", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
        assertEquals("jpeg", format("scan", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals("tiff", format("fax.tif", new byte[] {'I', 'I', 42, 0, 8, 0}));
        assertEquals("tiff", format("fax.tif", new byte[] {'M', 'M', 0, 42, 0, 0}));
        assertEquals(Optional.empty(), detector.detect(new Detection("a.png", "%PDF-1.4".getBytes())));
        assertEquals(Optional.empty(), detector.detect(new Detection("a.png", new byte[] {(byte) 0x89, 'P'})));
    }

    @Test
    void theDetectorOfTheFormatsTheReaderReads() {
        assertEquals(java.util.Set.of("png", "jpeg", "tiff", "scanned-pdf"), new OcrReportReader().formats());
        assertEquals("png", FormatDetector.of(java.util.List.of(detector)).detect("x.txt",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
    }

    private String format(String name, byte[] bytes) {
        return detector.detect(new Detection(name, bytes)).map(Detector.Match::format).orElse(null);
    }
}
