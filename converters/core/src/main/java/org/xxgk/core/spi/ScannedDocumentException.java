package org.xxgk.core.spi;

/** The input holds only images of pages: it needs OCR before its tables can be read. */
public class ScannedDocumentException extends XxgkException {

    public ScannedDocumentException(String source, String message) {
        super(source, message);
    }

    public ScannedDocumentException(String source, String message, Throwable cause) {
        super(source, message, cause);
    }
}
