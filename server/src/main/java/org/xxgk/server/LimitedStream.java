package org.xxgk.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body that fails with {@link TooLarge} as soon as it passes a limit. */
final class LimitedStream extends FilterInputStream {

    /** The body went past the limit. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("over the limit");
        }
    }

    private final long limit;
    private long read;

    LimitedStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) throws TooLarge {
        read += n;
        if (read > limit) {
            throw new TooLarge();
        }
    }
}
