package org.xxgk.pdf;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.EncryptedDocumentException;
import org.xxgk.core.spi.XxgkException;

/**
 * Opens a PDF with PDFBox and says in one line why it cannot be opened. A PDF encrypted with an owner
 * password only (printing or copying restricted) opens with the empty user password and is read.
 */
final class PdfFile {

    /** Files up to this size are parsed in memory; bigger ones spill to temporary files. */
    private static final long IN_MEMORY = 32L * 1024 * 1024;

    private PdfFile() {
    }

    /** The caller closes the document; the stream is consumed but not closed. */
    static PDDocument open(InputStream in, String source) throws XxgkException, IOException {
        WatchedStream watched = new WatchedStream(in);
        try {
            return PDDocument.load(watched, "", MemoryUsageSetting.setupMixed(IN_MEMORY));
        } catch (InvalidPasswordException e) {
            throw new EncryptedDocumentException(source, "PDF 已加密，需要密码才能打开；请用密码打开后另存为不加密的 PDF 再读取", e);
        } catch (IOException e) {
            if (watched.failure != null) {
                throw watched.failure;
            }
            throw new CorruptFileException(source, "PDF 文件已损坏或不完整（可能没有下载完），无法打开", e);
        }
    }

    /** Remembers a failure of the stream itself, so that it is not mistaken for a damaged file. */
    private static final class WatchedStream extends FilterInputStream {
        private IOException failure;

        WatchedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void close() {
            // The caller opened the stream and closes it.
        }
    }
}
