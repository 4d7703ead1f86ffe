package org.xxgk.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import org.xxgk.core.spi.XxgkException;
import org.xxgk.excel.StreamedReads.Fallback;

/**
 * The parts of an .xlsx held in memory, read with commons-compress's {@link ZipFile} from the zip's
 * central directory, each inflated only when asked for: the streamed reading needs eight of our
 * template's thirteen parts.
 *
 * <p>It keeps the limits {@link Workbooks} sets for POI ({@code ZipSecureFile}), before inflating
 * anything: a part larger than the maximum entry size, or inflating beyond the minimum ratio once past
 * POI's grace size, is a zip bomb and refused in one line, as POI refuses it. It reads only what it
 * can check: an encrypted entry or an unknown method, a name given twice ({@link Fallback#UNUSUAL_PACKAGE}),
 * a part that does not inflate to the size and checksum the directory gives ({@link Fallback#DAMAGED_ZIP})
 * end the streamed reading, and POI's usermodel opens the file and names what is wrong with it.
 */
final class ZipParts implements AutoCloseable {

    /** What POI's {@code ZipArchiveThresholdInputStream} inflates before it checks the ratio. */
    private static final long GRACE_BYTES = 100 * 1024;

    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> entries = new HashMap<>();

    private ZipParts(ZipFile zip) {
        this.zip = zip;
    }

    /**
     * The directory of a zip held in memory, every entry within POI's limits.
     *
     * @throws XxgkException a zip bomb, in the words POI's path uses
     */
    static ZipParts of(byte[] bytes, String source) throws XxgkException {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).setIgnoreLocalFileHeader(true).get();
        } catch (IOException e) {
            throw new StreamedTemplate.Unsupported(Fallback.DAMAGED_ZIP, "zip directory: " + e.getMessage());
        }
        ZipParts parts = new ZipParts(zip);
        try {
            parts.index(source, bytes.length);
        } catch (XxgkException | RuntimeException e) {
            parts.close();
            throw e;
        }
        return parts;
    }

    private void index(String source, long zipLength) throws XxgkException {
        for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
            long size = e.getSize();
            long compressed = e.getCompressedSize();
            if (size > Workbooks.MAX_ENTRY_BYTES || size > GRACE_BYTES && (double) compressed / size < Workbooks.MIN_INFLATE_RATIO) {
                throw Workbooks.zipBomb(source);
            }
            // The directory's word is all there is (local headers are not read): a compressed size beyond the file
            // itself would have identity() allocate it (a 15 KB file claimed a gigabyte).
            if (compressed > zipLength) {
                throw new StreamedTemplate.Unsupported(Fallback.DAMAGED_ZIP, "entry " + e.getName() + ": compressed size beyond the file");
            }
            if (size < 0 || compressed < 0 || !zip.canReadEntryData(e)) {
                throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_PACKAGE, "entry " + e.getName() + ": encrypted, unknown method or size");
            }
            if (entries.put(e.getName(), e) != null) {
                throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_PACKAGE, "entry " + e.getName() + " twice");
            }
        }
    }

    boolean has(String name) {
        return entries.containsKey(name);
    }

    /** A part's bytes, inflated and checked against the directory's size and checksum. */
    byte[] part(String name) {
        ZipArchiveEntry e = entry(name);
        byte[] out;
        try (InputStream in = zip.getInputStream(e)) {
            out = in.readNBytes((int) e.getSize() + 1);
        } catch (IOException ex) {
            throw new StreamedTemplate.Unsupported(Fallback.DAMAGED_ZIP, "part " + name + ": " + ex.getMessage());
        }
        CRC32 crc = new CRC32();
        crc.update(out);
        if (out.length != e.getSize() || crc.getValue() != e.getCrc()) {
            throw new StreamedTemplate.Unsupported(Fallback.DAMAGED_ZIP, "size or checksum of " + name);
        }
        return out;
    }

    /**
     * The stored bytes of some parts as a key: two zips whose keys are equal hold the same contents in
     * those parts. Empty when a part is missing.
     */
    Optional<Identity> identity(List<String> names) {
        int length = 0;
        for (String name : names) {
            ZipArchiveEntry e = entries.get(name);
            if (e == null) {
                return Optional.empty();
            }
            length += 9 + (int) e.getCompressedSize();
        }
        ByteBuffer stored = ByteBuffer.allocate(length);
        for (String name : names) {
            ZipArchiveEntry e = entries.get(name);
            // The method and the directory's size and checksum beside the data, so that equal keys inflate alike.
            stored.put((byte) e.getMethod()).putInt((int) e.getSize()).putInt((int) e.getCrc());
            try (InputStream in = zip.getRawInputStream(e)) {
                int n = (int) e.getCompressedSize();
                if (in.readNBytes(stored.array(), stored.position(), n) != n) {
                    throw new StreamedTemplate.Unsupported(Fallback.DAMAGED_ZIP, "part " + name + " cut short");
                }
                stored.position(stored.position() + n);
            } catch (IOException ex) {
                throw new StreamedTemplate.Unsupported(Fallback.DAMAGED_ZIP, "part " + name + ": " + ex.getMessage());
            }
        }
        return Optional.of(new Identity(List.copyOf(names), stored.array()));
    }

    /** What {@link #identity} gives: part names and their stored bytes, compared whole. */
    static final class Identity {
        private final List<String> names;
        private final byte[] stored;
        private final int hash;

        private Identity(List<String> names, byte[] stored) {
            this.names = names;
            this.stored = stored;
            this.hash = 31 * names.hashCode() + Arrays.hashCode(stored);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && hash == other.hash && names.equals(other.names) && Arrays.equals(stored, other.stored);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private ZipArchiveEntry entry(String name) {
        ZipArchiveEntry e = entries.get(name);
        if (e == null) {
            throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_PACKAGE, "part " + name + " missing");
        }
        return e;
    }

    @Override
    public void close() {
        // An in-memory channel: closing it releases nothing that could fail.
        ZipFile.closeQuietly(zip);
    }
}
