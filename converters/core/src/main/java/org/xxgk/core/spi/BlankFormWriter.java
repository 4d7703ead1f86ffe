package org.xxgk.core.spi;

import java.io.IOException;
import java.io.OutputStream;

import org.xxgk.core.schema.Generation;

/**
 * Writes the blank official form of a generation, for an agency to fill (the Excel template). Found
 * through {@link java.util.ServiceLoader} ({@code META-INF/services/org.xxgk.core.spi.BlankFormWriter}).
 */
public interface BlankFormWriter {

    /** The format name ({@code xlsx}). */
    String format();

    /** Writes the blank form. The stream is not closed: the caller opened it and closes it. */
    void write(Generation generation, OutputStream out) throws IOException;
}
