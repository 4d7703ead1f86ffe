package org.xxgk.core.spi;

import java.io.IOException;
import java.io.InputStream;

import org.xxgk.core.model.Document;

/**
 * Turns the bytes of one input format into grids of cells and text lines. Readers know nothing of the
 * official tables: the recognizer does the rest. Implementations are found through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.xxgk.core.spi.DocumentReader}).
 */
public interface DocumentReader {

    /** The format names this reader handles, as {@link FormatDetector} names them ({@code html}). */
    java.util.Set<String> formats();

    /**
     * Reads one input. The stream is consumed but not closed: the caller opened it and closes it.
     *
     * @param in     the input's bytes
     * @param source the input as the user named it, for locations and messages
     * @throws XxgkException when the input cannot be read; the message says why in one line
     * @throws IOException   when reading the stream itself fails
     */
    Document read(InputStream in, String source) throws XxgkException, IOException;
}
