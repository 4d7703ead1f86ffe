package org.xxgk.core.spi;

/**
 * Reading failed in a way no reader foresaw (a library's exception or error that escaped its reader):
 * the file is reported and the batch goes on. Always a defect to fix in the reader; the cause is kept
 * for {@code --verbose}.
 */
public class InternalErrorException extends XxgkException {

    public InternalErrorException(String source, String message, Throwable cause) {
        super(source, message, cause);
    }
}
