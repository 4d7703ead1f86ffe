package org.xxgk.core.spi;

/** The input is in a format no reader handles (or is binary data of an unknown kind). */
public class UnsupportedFormatException extends XxgkException {

    public UnsupportedFormatException(String source, String message) {
        super(source, message);
    }

    public UnsupportedFormatException(String source, String message, Throwable cause) {
        super(source, message, cause);
    }
}
