package org.xxgk.core.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.xxgk.core.model.Report;

/**
 * Writes reports in one output format. Found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.xxgk.core.spi.ReportWriter}).
 */
public interface ReportWriter {

    /** The format name used with {@code --format} ({@code json}). */
    String format();

    /** The file extension for outputs of this format, without the dot. */
    default String extension() {
        return format();
    }

    /** True for formats that hold one report only (a filled template); others take any number. */
    default boolean singleReport() {
        return false;
    }

    /**
     * Writes the reports. The stream is not closed: the caller opened it and closes it.
     *
     * @param reports one or more reports; how several are laid out is the format's choice
     * @throws XxgkException when the output cannot be made here (one Chinese line: a font is missing)
     */
    void write(List<Report> reports, OutputStream out) throws IOException, XxgkException;

    /**
     * Refuses, before anything is read or written, when this writer cannot write on this machine (the PDF
     * writer without a Chinese font): one Chinese line saying what to install. Most writers always can.
     */
    default void checkReady() throws XxgkException {
    }
}
