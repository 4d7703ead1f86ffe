package org.xxgk.odf;

import java.util.Optional;

import org.xxgk.core.spi.Detection;
import org.xxgk.core.spi.Detector;

/**
 * Knows OpenDocument files: a zip whose {@code mimetype} entry names the kind
 * ({@code application/vnd.oasis.opendocument.text} for .odt, {@code .spreadsheet} for .ods, and their
 * templates .ott and .ots). A zip named .odt or .ods without a readable {@code mimetype} is claimed by
 * its name only, so that its reader can say what is wrong with it.
 */
public final class OdfDetector implements Detector {

    private static final String MIMETYPE = "mimetype";
    /** The longest mimetype we know is 55 characters; the entry holds nothing else. */
    private static final int MIMETYPE_MAX = 100;
    private static final String PREFIX = "application/vnd.oasis.opendocument.";

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Match> detect(Detection in) {
        if (!in.isZip()) {
            return Optional.empty();
        }
        String type = in.zipEntryText(MIMETYPE, MIMETYPE_MAX).strip();
        if (type.equals(PREFIX + "text") || type.equals(PREFIX + "text-template")) {
            return Match.byContent(OdfReportReader.ODT);
        }
        if (type.equals(PREFIX + "spreadsheet") || type.equals(PREFIX + "spreadsheet-template")) {
            return Match.byContent(OdfReportReader.ODS);
        }
        if (type.isEmpty() && in.extensionIs("odt", "ott")) {
            return Match.byName(OdfReportReader.ODT);
        }
        if (type.isEmpty() && in.extensionIs("ods", "ots")) {
            return Match.byName(OdfReportReader.ODS);
        }
        return Optional.empty();
    }
}
