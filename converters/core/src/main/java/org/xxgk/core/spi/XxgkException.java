package org.xxgk.core.spi;

/**
 * An input that cannot be read or recognised, or an output that cannot be written. The message is one
 * Chinese sentence a user can act on; {@link #source()} names the file.
 */
public class XxgkException extends Exception {

    private final String source;

    public XxgkException(String source, String message) {
        super(message);
        this.source = source;
    }

    public XxgkException(String source, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
    }

    /** The file the problem is about, as the user named it. */
    public String source() {
        return source;
    }

    /** The one line shown to users: the file, then what is wrong. */
    public String oneLine() {
        return source + "：" + getMessage();
    }
}
