package org.xxgk.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.xxgk.core.model.Report;

/**
 * Reads reports that are data already (the toolkit's own JSON and CSV, or hand-made files of codes and
 * values): the reports come back as they stand, checked against the schema, not recognised from grids.
 * Found through {@link java.util.ServiceLoader} ({@code META-INF/services/org.xxgk.core.spi.DataReader}).
 */
public interface DataReader {

    /** The format names this reader handles, as {@link FormatDetector} names them ({@code json}). */
    java.util.Set<String> formats();

    /**
     * Reads one input. The stream is consumed but not closed: the caller opened it and closes it.
     *
     * @param in     the input's bytes
     * @param source the input as the user named it, for messages
     * @return the reports (at least one); empty when the input is not data of this kind but a document of
     *         the same format (a CSV table saved from a spreadsheet), for a {@link DocumentReader} of that
     *         format to read
     * @throws XxgkException when the input is data of this kind but broken; the message says why in one line
     */
    Optional<List<Report>> read(InputStream in, String source) throws XxgkException, IOException;
}
