package org.xxgk.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.commons.io.input.BoundedInputStream;

/** A request body that fails with {@link TooLarge} as soon as it passes a limit (commons-io's bounded stream). */
final class LimitedStream {

    /** The body went past the limit. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("over the limit");
        }
    }

    private LimitedStream() {
    }

    /** {@code in}, read up to {@code limit} bytes; the byte after them is {@link TooLarge}. */
    static InputStream of(InputStream in, long limit) {
        try {
            return BoundedInputStream.builder().setInputStream(in).setMaxCount(limit + 1)
                    .setOnMaxCount((max, count) -> {
                        throw new TooLarge();
                    }).get();
        } catch (IOException e) { // declared by the builder; wrapping a stream that is given reads nothing
            throw new UncheckedIOException(e);
        }
    }
}
