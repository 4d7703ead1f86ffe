package org.xxgk.ofd;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.EncryptedDocumentException;
import org.xxgk.core.spi.XxgkException;

/**
 * An OFD package unpacked into a temporary folder for ofdrw, which reads parts from files. ofdrw's own
 * unpacking has no limits and trusts entry names; here the zip's central directory is read, every entry
 * name must stay inside the folder, and the inflated bytes are counted as they come (per entry, in total,
 * and against the compressed size), so that a zip bomb stops early. Closing deletes the folder.
 */
final class OfdPackage implements AutoCloseable {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_ENTRY = 64L * 1024 * 1024;
    static final long MAX_TOTAL = 256L * 1024 * 1024;
    /** An entry may inflate to this many times its compressed size (POI's ZipSecureFile allows 100 too). */
    static final long MAX_RATIO = 100;
    /** Small entries may inflate further: a part of a few kilobytes of zeros is no bomb. */
    private static final long RATIO_FREE = 1024 * 1024;

    private static final String DAMAGED = "OFD 文件已损坏或不完整（可能没有下载完），无法打开";

    private final Path root;

    private OfdPackage(Path root) {
        this.root = root;
    }

    /** The folder with the package's parts; OFD.xml at its root. */
    Path root() {
        return root;
    }

    /** Unpacks an OFD's bytes; refuses what is not an OFD package, an encrypted one, and a bomb. */
    static OfdPackage unpack(byte[] bytes, String source) throws XxgkException, IOException {
        Path root = Files.createTempDirectory("xxgk-ofd-");
        OfdPackage pkg = new OfdPackage(root);
        try {
            pkg.extract(bytes, source);
            return pkg;
        } catch (XxgkException | IOException | RuntimeException e) {
            pkg.close();
            throw e;
        }
    }

    private void extract(byte[] bytes, String source) throws XxgkException, IOException {
        try (ZipFile zip = open(bytes, source)) {
            if (zip.getEntry("OFD.xml") == null) {
                throw new CorruptFileException(source, "文件不是 OFD 或已损坏：压缩包里没有 OFD.xml，无法打开");
            }
            if (zip.getEntry("Encryptions.xml") != null) {
                throw new EncryptedDocumentException(source, "OFD 已加密（GM/T 0099），需要先在 OFD 阅读器中解密另存后再读取");
            }
            long[] total = {0};
            int count = 0;
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                if (++count > MAX_ENTRIES) {
                    throw new CorruptFileException(source, "OFD 压缩包的文件数超过 " + MAX_ENTRIES + " 个，不像是一份报告，拒绝读取");
                }
                write(zip, e, total, source);
            }
        }
    }

    private static ZipFile open(byte[] bytes, String source) throws CorruptFileException {
        try {
            return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).setIgnoreLocalFileHeader(true).get();
        } catch (IOException | RuntimeException e) {
            throw new CorruptFileException(source, DAMAGED, e);
        }
    }

    private void write(ZipFile zip, ZipArchiveEntry e, long[] total, String source) throws XxgkException, IOException {
        Path target = target(e.getName(), source);
        try {
            if (e.isDirectory() || target.equals(root)) {
                Files.createDirectories(target);
                return;
            }
            Files.createDirectories(target.getParent());
        } catch (FileSystemException ex) {
            // A file where a folder must be (or the other way round): not a package that a producer writes.
            throw new CorruptFileException(source, DAMAGED + "（" + org.xxgk.core.text.Quote.of(e.getName()) + "）", ex);
        }
        try (InputStream in = entry(zip, e, source); OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            copy(in, out, e, total, source);
        } catch (FileAlreadyExistsException ex) {
            throw new CorruptFileException(source, "OFD 压缩包里有重名的文件（" + org.xxgk.core.text.Quote.of(e.getName()) + "），无法确定读哪一个", ex);
        }
    }

    private static InputStream entry(ZipFile zip, ZipArchiveEntry e, String source) throws CorruptFileException {
        try {
            return zip.getInputStream(e);
        } catch (IOException | RuntimeException ex) {
            throw new CorruptFileException(source, DAMAGED + "（" + org.xxgk.core.text.Quote.of(e.getName()) + "）", ex);
        }
    }

    /** Where an entry goes: inside the folder, or the package is refused (a name with ".." or a root). */
    private Path target(String name, String source) throws CorruptFileException {
        try {
            Path target = root.resolve(name).normalize();
            if (target.startsWith(root)) {
                return target;
            }
        } catch (InvalidPathException e) {
            // falls through to the refusal
        }
        throw new CorruptFileException(source, "OFD 压缩包里有不合法或指向包外的文件名（" + org.xxgk.core.text.Quote.of(name) + "），拒绝读取");
    }

    /** Copies an entry, counting what it inflates to; a failure to inflate is damage, a failure to write is not. */
    private static void copy(InputStream in, OutputStream out, ZipArchiveEntry e, long[] total, String source)
            throws IOException, CorruptFileException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        long compressed = Math.max(e.getCompressedSize(), 1);
        for (int n; (n = read(in, buffer, e, source)) > 0; ) {
            written += n;
            total[0] += n;
            if (written > MAX_ENTRY || total[0] > MAX_TOTAL
                    || written > RATIO_FREE && written > compressed * MAX_RATIO) {
                throw new CorruptFileException(source, "OFD 解压后过大（" + org.xxgk.core.text.Quote.of(e.getName()) + "，可能是压缩炸弹），拒绝读取");
            }
            out.write(buffer, 0, n);
        }
    }

    private static int read(InputStream in, byte[] buffer, ZipArchiveEntry e, String source) throws CorruptFileException {
        try {
            return in.read(buffer);
        } catch (IOException | RuntimeException ex) {
            throw new CorruptFileException(source, DAMAGED + "（" + org.xxgk.core.text.Quote.of(e.getName()) + "）", ex);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder left behind is the system's to clean; the reading itself is done.
            root.toFile().deleteOnExit();
        }
    }
}
