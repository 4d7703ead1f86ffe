package org.xxgk.core.batch;

import java.util.List;

import org.xxgk.core.model.Report;
import org.xxgk.core.spi.XxgkException;

/**
 * What became of one input: its reports (one for a document; any number for a data file or a
 * workbook with one agency per sheet), or the reason there are none. Never both, never neither.
 *
 * @param input   the input
 * @param format  the detected format, or {@code null} when detection failed
 * @param pages   pages (PDF, Word) or sheets (workbooks) the input has, 0 where the format has none
 * @param reports the reports, empty when the input failed
 * @param failure why there is no report, or {@code null}
 */
public record Outcome(Input input, String format, int pages, List<Report> reports, XxgkException failure) {

    public Outcome {
        reports = reports == null ? List.of() : List.copyOf(reports);
        if (reports.isEmpty() == (failure == null)) {
            throw new IllegalArgumentException("an outcome has reports or a failure");
        }
    }

    public static Outcome of(Input input, String format, int pages, List<Report> reports) {
        return new Outcome(input, format, pages, reports, null);
    }

    public static Outcome failed(Input input, String format, XxgkException failure) {
        return new Outcome(input, format, 0, List.of(), failure);
    }

    public boolean failed() {
        return failure != null;
    }
}
