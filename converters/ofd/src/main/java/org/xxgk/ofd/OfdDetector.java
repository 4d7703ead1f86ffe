package org.xxgk.ofd;

import java.util.Optional;

import org.xxgk.core.spi.Detection;
import org.xxgk.core.spi.Detector;

/**
 * Knows OFD files (GB/T 33190-2016): a zip whose root holds the entry file {@code OFD.xml}; a zip named
 * {@code .ofd} without it (or whose directory cannot be read: a truncated download) is an OFD by its name
 * only, so that the OFD reader says what is wrong with it. Anything that is not a zip is not an OFD.
 */
public final class OfdDetector implements Detector {

    /** The format name readers and messages use. */
    public static final String OFD = "ofd";

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Match> detect(Detection in) {
        if (!in.isZip()) {
            return Optional.empty();
        }
        if (in.hasZipEntry("OFD.xml")) {
            return Match.byContent(OFD);
        }
        return in.extensionIs(OFD) ? Match.byName(OFD) : Optional.empty();
    }
}
