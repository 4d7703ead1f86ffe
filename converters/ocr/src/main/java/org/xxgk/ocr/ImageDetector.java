package org.xxgk.ocr;

import java.util.Optional;

import org.xxgk.core.spi.Detection;
import org.xxgk.core.spi.Detector;

/**
 * Knows image files by their magic bytes: PNG, JPEG, TIFF (either byte order). A photo or scan of a
 * report is read by {@link OcrReportReader}.
 */
public final class ImageDetector implements Detector {

    static final String PNG = "png";
    static final String JPEG = "jpeg";
    static final String TIFF = "tiff";

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] TIFF_LITTLE = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BIG = {'M', 'M', 0, 42};

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Match> detect(Detection in) {
        return detect(in.bytes()).flatMap(Match::byContent);
    }

    static Optional<String> detect(byte[] b) {
        if (starts(b, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (starts(b, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (starts(b, TIFF_LITTLE) || starts(b, TIFF_BIG)) {
            return Optional.of(TIFF);
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, byte[] magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (b[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
