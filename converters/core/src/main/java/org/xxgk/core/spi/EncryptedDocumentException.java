package org.xxgk.core.spi;

/** The input is protected by a password that the toolkit does not have. */
public class EncryptedDocumentException extends XxgkException {

    public EncryptedDocumentException(String source, String message) {
        super(source, message);
    }

    public EncryptedDocumentException(String source, String message, Throwable cause) {
        super(source, message, cause);
    }
}
