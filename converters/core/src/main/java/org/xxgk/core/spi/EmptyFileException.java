package org.xxgk.core.spi;

/** The input has no content at all. */
public class EmptyFileException extends XxgkException {

    public EmptyFileException(String source, String message) {
        super(source, message);
    }

    public EmptyFileException(String source, String message, Throwable cause) {
        super(source, message, cause);
    }
}
