package org.xxgk.core.spi;

/** The input was read but holds none of the official tables. */
public class NotAReportException extends XxgkException {

    public NotAReportException(String source, String message) {
        super(source, message);
    }

    public NotAReportException(String source, String message, Throwable cause) {
        super(source, message, cause);
    }
}
