package org.xxgk.core.spi;

/** The input claims a format but its bytes are broken or truncated, or it exceeds the safety limits (a zip bomb). */
public class CorruptFileException extends XxgkException {

    public CorruptFileException(String source, String message) {
        super(source, message);
    }

    public CorruptFileException(String source, String message, Throwable cause) {
        super(source, message, cause);
    }
}
