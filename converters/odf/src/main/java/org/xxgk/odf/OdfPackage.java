package org.xxgk.odf;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.EncryptedDocumentException;
import org.xxgk.core.spi.XxgkException;

/**
 * An OpenDocument file's zip, its parts inflated within limits: no part may grow past
 * {@value #MAX_PART_BYTES} bytes, nor inflate more than a hundredfold once past its first
 * {@value #GRACE_BYTES} bytes (the limits POI sets for Office files), so that a zip bomb is refused in
 * one line instead of filling the memory. Closed by its user.
 */
final class OdfPackage implements AutoCloseable {

    static final String CONTENT = "content.xml";
    static final String MANIFEST = "META-INF/manifest.xml";
    /** A report's content.xml is well under a megabyte; a sheet with every cell filled is a few. */
    static final long MAX_PART_BYTES = 32L * 1024 * 1024;
    /** The smallest compressed-to-inflated size ratio accepted (POI's default for Office files). */
    static final double MIN_INFLATE_RATIO = 0.01;
    private static final long GRACE_BYTES = 100 * 1024;

    private final ZipFile zip;
    private final String source;

    private OdfPackage(ZipFile zip, String source) {
        this.zip = zip;
        this.source = source;
    }

    /** Opens the zip in memory; a file that is no readable zip is damaged. */
    static OdfPackage open(byte[] bytes, String source) throws XxgkException {
        try {
            ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
            return new OdfPackage(zip, source);
        } catch (IOException | RuntimeException e) {
            throw new CorruptFileException(source, "OpenDocument 文件（.odt/.ods）已损坏或不完整（文件被截断或不是 zip 包），无法打开", e);
        }
    }

    /** Whether the manifest says that content.xml is encrypted (a file saved with a password). */
    boolean encrypted() throws XxgkException {
        ZipArchiveEntry manifest = zip.getEntry(MANIFEST);
        if (manifest == null) {
            return false;
        }
        try (InputStream in = part(manifest)) {
            return OdfXml.hasEncryptedEntry(in, source);
        } catch (IOException e) {
            throw damaged(MANIFEST, e);
        }
    }

    /** The content part, inflated within the limits, for the caller to read and close. */
    InputStream content() throws XxgkException {
        ZipArchiveEntry entry = zip.getEntry(CONTENT);
        if (entry == null) {
            throw new CorruptFileException(source, "不是完整的 OpenDocument 文件：缺少正文部件 content.xml");
        }
        if (encrypted()) {
            throw new EncryptedDocumentException(source,
                    "OpenDocument 文件有密码保护，请在 LibreOffice 或 WPS 中用密码打开、另存为不加密的文件后再读取");
        }
        try {
            return part(entry);
        } catch (IOException e) {
            throw damaged(CONTENT, e);
        }
    }

    private InputStream part(ZipArchiveEntry entry) throws IOException, XxgkException {
        if (entry.getSize() > MAX_PART_BYTES) {
            throw bomb(entry.getName());
        }
        InputStream raw = zip.getInputStream(entry);
        return new Bounded(raw, entry.getName());
    }

    private XxgkException bomb(String part) {
        return bomb(source, part, null);
    }

    static CorruptFileException bomb(String source, String part, Throwable cause) {
        return new CorruptFileException(source, "OpenDocument 文件解压后异常庞大（部件 " + part + " 超过 "
                + MAX_PART_BYTES / 1024 / 1024 + " MB 或压缩比超过 100 倍，疑似 zip 炸弹），已拒绝读取", cause);
    }

    /** A part that cannot be inflated (damaged data, or a compression method no office program writes), in our words. */
    private XxgkException damaged(String part, IOException e) {
        if (e instanceof TooLarge t) {
            return bomb(t.part);
        }
        return new CorruptFileException(source, "OpenDocument 文件已损坏：部件 " + part
                + " 无法解压（数据损坏或压缩方式不受支持），请在 LibreOffice 或 WPS 中打开并另存后再读取", e);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // In memory: nothing to release that matters.
        }
    }

    /** A part grew past the limits while it was inflated. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final String part;

        TooLarge(String part) {
            super("part too large: " + part);
            this.part = part;
        }
    }

    /** Counts what a part inflates to and stops it at the limits. */
    private static final class Bounded extends FilterInputStream {
        private final String part;
        private long read;

        Bounded(InputStream in, String part) {
            super(in);
            this.part = part;
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
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > MAX_PART_BYTES) {
                throw new TooLarge(part);
            }
            if (read > GRACE_BYTES && in instanceof InputStreamStatistics s
                    && (double) s.getCompressedCount() / s.getUncompressedCount() < MIN_INFLATE_RATIO) {
                throw new TooLarge(part);
            }
        }
    }
}
