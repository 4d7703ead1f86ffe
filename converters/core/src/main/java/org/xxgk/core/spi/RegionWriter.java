package org.xxgk.core.spi;

import java.io.IOException;
import java.io.OutputStream;

import org.xxgk.core.consolidate.Region;

/**
 * Writes a consolidated region (the regional workbook). Found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.xxgk.core.spi.RegionWriter}).
 */
public interface RegionWriter {

    /** The format name ({@code xlsx}). */
    String format();

    /**
     * Writes the region. The stream is not closed: the caller opened it and closes it.
     *
     * @throws XxgkException when the output cannot be made here (one Chinese line: a font is missing)
     */
    void write(Region region, OutputStream out) throws IOException, XxgkException;

    /**
     * Refuses, before anything is read or written, when this writer cannot write on this machine (the PDF
     * writer without a Chinese font): one Chinese line saying what to install. Most writers always can.
     */
    default void checkReady() throws XxgkException {
    }
}
