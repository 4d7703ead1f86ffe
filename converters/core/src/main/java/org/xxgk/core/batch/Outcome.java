package org.xxgk.core.batch;

import java.util.Optional;

import org.xxgk.core.model.Report;
import org.xxgk.core.spi.XxgkException;

/**
 * What became of one input: a report, or the reason there is none. Never both, never neither.
 *
 * @param input   the input
 * @param format  the detected format, or {@code null} when detection failed
 * @param report  the report, or {@code null}
 * @param failure why there is no report, or {@code null}
 */
public record Outcome(Input input, String format, Report report, XxgkException failure) {

    public Outcome {
        if ((report == null) == (failure == null)) {
            throw new IllegalArgumentException("an outcome has a report or a failure");
        }
    }

    public Optional<Report> findReport() {
        return Optional.ofNullable(report);
    }

    public boolean failed() {
        return failure != null;
    }
}
