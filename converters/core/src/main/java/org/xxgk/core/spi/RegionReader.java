package org.xxgk.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import org.xxgk.core.model.Report;

/**
 * Reads back a regional workbook that a {@link RegionWriter} wrote, as its agencies' reports: last
 * year's region, for the cross-year rules. Found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.xxgk.core.spi.RegionReader}).
 */
public interface RegionReader {

    /** The format names this reader handles ({@code xlsx}). */
    Set<String> formats();

    /**
     * Reads the agencies' reports. The stream is consumed but not closed.
     *
     * @throws XxgkException when the input is not such a workbook; the message says why in one line
     */
    List<Report> read(InputStream in, String source) throws XxgkException, IOException;
}
