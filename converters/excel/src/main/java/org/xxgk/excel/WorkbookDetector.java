package org.xxgk.excel;

import java.util.Optional;

import org.xxgk.core.spi.Detection;
import org.xxgk.core.spi.Detector;
import org.xxgk.core.spi.FormatDetector;

/**
 * Knows workbooks: an .xlsx is a zip with the part {@code xl/workbook.xml}; an .xls (and WPS's .et) an
 * OLE2 container with a {@code Workbook} (or Excel 5's {@code Book}) stream; a password-protected .xlsx
 * an OLE2 container with an {@code EncryptedPackage} under an Excel name, which the reader can say is
 * encrypted.
 */
public final class WorkbookDetector implements Detector {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Match> detect(Detection in) {
        if (in.isZip()) {
            return in.hasZipEntry("xl/workbook.xml") ? Match.byContent(FormatDetector.XLSX)
                    : in.extensionIs("xlsx", "xlsm") ? Match.byName(FormatDetector.XLSX) : Optional.empty();
        }
        if (!in.isOle2()) {
            return Optional.empty();
        }
        if (in.oleNames("EncryptedPackage")) {
            return in.extensionIs("xlsx", "xlsm") ? Match.byContent(FormatDetector.XLSX) : Optional.empty();
        }
        if (in.extensionIs("xls", "et")) {
            return Match.byContent(FormatDetector.XLS);
        }
        return in.oleNames("Workbook") || in.oleNames("Book") ? Match.byContent(FormatDetector.XLS) : Optional.empty();
    }
}
