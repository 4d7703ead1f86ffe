package org.xxgk.consolidate;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streaming workbook with a faster sheet writer. POI writes each streamed row's XML through a
 * {@code BufferedWriter}, which takes a lock for every character and attribute it is given: with ten
 * thousand agencies the 明细 sheet is two million cells, and that locking was most of the time it took
 * to write the regional workbook. Here the same characters go through a buffer without a lock; the
 * XML written is the same.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    StreamingWorkbook(XSSFWorkbook template, int window) {
        super(template, window);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetDataWriter(getSharedStringSource()) {
            @Override
            public Writer createWriter(File fd) throws IOException {
                FileOutputStream out = new FileOutputStream(fd);
                try {
                    return new UnlockedBufferedWriter(new OutputStreamWriter(decorateOutputStream(out), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    out.close();
                    throw e;
                }
            }
        };
    }

    /** A character buffer in front of a writer, for one thread: no lock per call, unlike {@link java.io.BufferedWriter}. */
    static final class UnlockedBufferedWriter extends Writer {
        private final Writer out;
        private final char[] buffer = new char[1 << 16];
        private int used;

        UnlockedBufferedWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (length > buffer.length - used) {
                drain();
                if (length > buffer.length) {
                    out.write(chars, offset, length);
                    return;
                }
            }
            System.arraycopy(chars, offset, buffer, used, length);
            used += length;
        }

        @Override
        public void write(String s, int offset, int length) throws IOException {
            if (length > buffer.length - used) {
                drain();
                if (length > buffer.length) {
                    out.write(s, offset, length);
                    return;
                }
            }
            s.getChars(offset, offset + length, buffer, used);
            used += length;
        }

        @Override
        public void write(String s) throws IOException {
            write(s, 0, s.length());
        }

        private void drain() throws IOException {
            if (used > 0) {
                out.write(buffer, 0, used);
                used = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                drain();
            } finally {
                out.close();
            }
        }
    }
}
