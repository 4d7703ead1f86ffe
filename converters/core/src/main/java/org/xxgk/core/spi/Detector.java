package org.xxgk.core.spi;

import java.util.Optional;

/**
 * Names the format of an input from its bytes and its name, as far as one format module knows it: an
 * Office Open XML part, an OFD.xml root, an OpenDocument mimetype, magic bytes. Modules contribute
 * detectors through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.xxgk.core.spi.Detector}); {@link FormatDetector} combines them.
 *
 * <p>A detector answers only for what it knows and never throws: an input it does not recognise is
 * {@link Optional#empty()}, and so is one it cannot look into (a damaged zip).
 */
public interface Detector {

    /** How a detector knows what it says. */
    enum Evidence {
        /** Only the container kind and the file name agree (a zip named {@code .xlsx}). */
        NAME,
        /** The bytes show it: a magic number, a part, a stream, a root element. */
        CONTENT
    }

    /**
     * What a detector says of an input.
     *
     * @param format   the format name, as readers name theirs ({@code xlsx})
     * @param evidence how it knows
     */
    record Match(String format, Evidence evidence) {

        public static Optional<Match> byContent(String format) {
            return Optional.of(new Match(format, Evidence.CONTENT));
        }

        public static Optional<Match> byName(String format) {
            return Optional.of(new Match(format, Evidence.NAME));
        }
    }

    /**
     * Where this detector stands among the others: lower goes first when two give the same evidence.
     * The core's own rules (PDF, text, web pages, the toolkit's JSON and CSV) come after every module's.
     */
    default int order() {
        return 100;
    }

    /**
     * @param input the input's bytes and name
     * @return the format, or empty when this detector does not know the input
     */
    Optional<Match> detect(Detection input);
}
