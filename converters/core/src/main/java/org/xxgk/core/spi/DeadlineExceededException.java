package org.xxgk.core.spi;

/** Reading an input took longer than the batch allows one file: it is left out, and the batch goes on. */
public class DeadlineExceededException extends XxgkException {

    public DeadlineExceededException(String source, String message) {
        super(source, message);
    }
}
