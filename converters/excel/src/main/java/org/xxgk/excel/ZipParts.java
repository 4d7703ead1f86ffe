package org.xxgk.excel;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The parts of an .xlsx held in memory, found through the zip's central directory and inflated only
 * when asked for. Our template has thirteen parts and the streamed reading needs eight of them;
 * inflating every entry into a fresh stream buffer, as POI's {@code ZipInputStreamZipEntrySource}
 * does, was a fifth of the time of reading a workbook.
 *
 * <p>It keeps the limits {@link Workbooks} sets for POI ({@code ZipSecureFile}): no part larger than
 * the maximum entry size, none inflating beyond the minimum ratio once past POI's grace size. It reads
 * only what it can check: a zip64, encrypted, multi-volume or spanned archive, a method other than
 * stored or deflated, a name given twice, a local header that disagrees with the directory, a size or
 * checksum that does not hold — all end the streamed reading ({@link StreamedTemplate.Unsupported}),
 * and POI's usermodel opens the file and names what is wrong with it.
 */
final class ZipParts {

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int LOCAL_HEADER = 0x04034b50;
    /** What POI's {@code ZipArchiveThresholdInputStream} inflates before it checks the ratio. */
    private static final long GRACE_BYTES = 100 * 1024;

    /** Where an entry's data is and what it should inflate to. */
    private record Entry(int dataOffset, int compressedSize, int size, boolean deflated, int crc) {
    }

    private final byte[] zip;
    private final Map<String, Entry> entries = new HashMap<>();

    private ZipParts(byte[] zip) {
        this.zip = zip;
    }

    /** The directory of a zip held in memory; {@link StreamedTemplate.Unsupported} when it is not one this class reads. */
    static ZipParts of(byte[] zip) {
        ZipParts parts = new ZipParts(zip);
        parts.readDirectory();
        return parts;
    }

    /**
     * The stored bytes of some parts as a key: two zips whose keys are equal hold the same contents in
     * those parts. Empty when a part is missing.
     */
    Optional<Identity> identity(List<String> names) {
        int length = 0;
        for (String name : names) {
            Entry e = entries.get(name);
            if (e == null) {
                return Optional.empty();
            }
            length += 9 + e.compressedSize();
        }
        ByteBuffer stored = ByteBuffer.allocate(length);
        for (String name : names) {
            Entry e = entries.get(name);
            stored.put((byte) (e.deflated() ? 8 : 0)).putInt(e.size()).putInt(e.crc()).put(zip, e.dataOffset(), e.compressedSize());
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

    boolean has(String name) {
        return entries.containsKey(name);
    }

    /** A part's bytes, inflated and checked. */
    byte[] part(String name) {
        Entry e = entries.get(name);
        if (e == null) {
            throw new StreamedTemplate.Unsupported("part " + name + " missing");
        }
        byte[] out = new byte[e.size()];
        if (e.deflated()) {
            inflate(e, out, name);
        } else if (e.compressedSize() != e.size()) {
            throw new StreamedTemplate.Unsupported("stored part " + name + " with two sizes");
        } else {
            System.arraycopy(zip, e.dataOffset(), out, 0, e.size());
        }
        CRC32 crc = new CRC32();
        crc.update(out);
        if ((int) crc.getValue() != e.crc()) {
            throw new StreamedTemplate.Unsupported("checksum of " + name);
        }
        return out;
    }

    private void inflate(Entry e, byte[] out, String name) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, e.dataOffset(), e.compressedSize());
            int n = 0;
            while (n < out.length && !inflater.finished()) {
                int got = inflater.inflate(out, n, out.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n != out.length || !inflater.finished() && hasMore(inflater)) {
                throw new StreamedTemplate.Unsupported("size of " + name);
            }
        } catch (DataFormatException ex) {
            throw new StreamedTemplate.Unsupported("deflate data of " + name);
        } finally {
            inflater.end();
        }
    }

    /** Whether the inflater would give more than the directory said: one byte more is enough to tell. */
    private static boolean hasMore(Inflater inflater) throws DataFormatException {
        return inflater.inflate(new byte[1]) > 0;
    }

    private void readDirectory() {
        int end = findEndOfDirectory();
        if (u16(end + 4) != 0 || u16(end + 6) != 0 || u16(end + 8) != u16(end + 10)) {
            throw new StreamedTemplate.Unsupported("multi-volume zip");
        }
        int count = u16(end + 10);
        long size = u32(end + 12);
        long offset = u32(end + 16);
        if (offset + size > end || count == 0xFFFF || offset == 0xFFFFFFFFL) {
            throw new StreamedTemplate.Unsupported("zip64 or damaged directory");
        }
        int at = (int) offset;
        for (int i = 0; i < count; i++) {
            at = readEntry(at, end);
        }
    }

    /** One central directory record at {@code at}; the offset of the next. */
    private int readEntry(int at, int limit) {
        if (at + 46 > limit || i32(at) != DIRECTORY_ENTRY) {
            throw new StreamedTemplate.Unsupported("directory record");
        }
        int flags = u16(at + 8);
        int method = u16(at + 10);
        int crc = i32(at + 16);
        long compressed = u32(at + 20);
        long size = u32(at + 24);
        int nameLength = u16(at + 28);
        int next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
        long local = u32(at + 42);
        if ((flags & 1) != 0 || method != 0 && method != 8 || next > limit) {
            throw new StreamedTemplate.Unsupported("encrypted entry or unknown method");
        }
        checkLimits(compressed, size);
        String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
        int data = localData(local, name, nameLength, at + 46, compressed);
        if (entries.put(name, new Entry(data, (int) compressed, (int) size, method == 8, crc)) != null) {
            throw new StreamedTemplate.Unsupported("entry " + name + " twice");
        }
        return next;
    }

    /** The limits POI's {@code ZipSecureFile} applies to a part of this size and compressed size. */
    private static void checkLimits(long compressed, long size) {
        if (size > Workbooks.MAX_ENTRY_BYTES || size > Integer.MAX_VALUE) {
            throw new StreamedTemplate.Unsupported("part too large");
        }
        if (size > GRACE_BYTES && (double) compressed / size < Workbooks.MIN_INFLATE_RATIO) {
            throw new StreamedTemplate.Unsupported("inflation ratio");
        }
    }

    /** Where the entry's data starts, after a local header that must name it as the directory does. */
    private int localData(long local, String name, int nameLength, int directoryName, long compressed) {
        if (local + 30 > zip.length || i32((int) local) != LOCAL_HEADER || u16((int) local + 26) != nameLength) {
            throw new StreamedTemplate.Unsupported("local header of " + name);
        }
        int header = (int) local;
        for (int i = 0; i < nameLength; i++) {
            if (zip[header + 30 + i] != zip[directoryName + i]) {
                throw new StreamedTemplate.Unsupported("local header of " + name);
            }
        }
        long data = local + 30 + nameLength + u16(header + 28);
        if (data + compressed > zip.length) {
            throw new StreamedTemplate.Unsupported("entry " + name + " beyond the end");
        }
        return (int) data;
    }

    /** The end-of-directory record: the last one, at most a 64 KB comment before the end. */
    private int findEndOfDirectory() {
        int stop = Math.max(0, zip.length - 22 - 0xFFFF);
        for (int i = zip.length - 22; i >= stop; i--) {
            if (i32(i) == END_OF_DIRECTORY && i + 22 + u16(i + 20) == zip.length) {
                return i;
            }
        }
        throw new StreamedTemplate.Unsupported("no end of central directory");
    }

    private int u16(int at) {
        return (zip[at] & 0xFF) | (zip[at + 1] & 0xFF) << 8;
    }

    private int i32(int at) {
        return u16(at) | u16(at + 2) << 16;
    }

    private long u32(int at) {
        return i32(at) & 0xFFFFFFFFL;
    }
}
