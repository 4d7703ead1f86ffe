package org.xxgk.word;

import java.util.Optional;

import org.xxgk.core.spi.Detection;
import org.xxgk.core.spi.Detector;
import org.xxgk.core.spi.FormatDetector;

/**
 * Knows Word files: a .docx is a zip with the part {@code word/document.xml}; a .doc (and WPS's .wps) an
 * OLE2 container with a {@code WordDocument} stream; a password-protected .docx an OLE2 container with
 * an {@code EncryptedPackage} under a Word name, which the reader can say is encrypted.
 */
public final class WordDetector implements Detector {

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Match> detect(Detection in) {
        if (in.isZip()) {
            return in.hasZipEntry("word/document.xml") ? Match.byContent(FormatDetector.DOCX)
                    : in.extensionIs("docx") ? Match.byName(FormatDetector.DOCX) : Optional.empty();
        }
        if (!in.isOle2()) {
            return Optional.empty();
        }
        if (in.oleNames("EncryptedPackage")) {
            return in.extensionIs("docx") ? Match.byContent(FormatDetector.DOCX) : Optional.empty();
        }
        if (in.extensionIs("doc", "wps")) {
            return Match.byContent(FormatDetector.DOC);
        }
        return in.oleNames("WordDocument") ? Match.byContent(FormatDetector.DOC) : Optional.empty();
    }
}
