package org.xxgk.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * One input as detectors see it: its name and its bytes, with the questions detectors ask of them
 * answered once (is it a zip, which entries does its directory list, does an OLE2 container name a
 * stream). Reading a zip's directory inflates nothing.
 */
public final class Detection {

    /** How many leading bytes the text and OLE2 questions look at. */
    public static final int PREFIX = 64 * 1024;
    /** A zip directory with more entries than this is not looked into (no document of ours has so many). */
    static final int MAX_ZIP_ENTRIES = 10_000;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final String name;
    private final byte[] bytes;
    private List<String> entries;

    /**
     * @param name  the file name as given (for the extension), may be empty
     * @param bytes the whole input
     */
    public Detection(String name, byte[] bytes) {
        this.name = name == null ? "" : name;
        this.bytes = bytes;
    }

    public String name() {
        return name;
    }

    /** The extension in lower case without the dot, or "". */
    public String extension() {
        String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether the extension is one of these (lower case, without the dot). */
    public boolean extensionIs(String... candidates) {
        return Arrays.asList(candidates).contains(extension());
    }

    /** The whole input; not a copy: detectors must not change it. */
    public byte[] bytes() {
        return bytes;
    }

    public boolean startsWith(byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    public boolean startsWith(String ascii) {
        return startsWith(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    public boolean isZip() {
        return startsWith(ZIP);
    }

    public boolean isOle2() {
        return startsWith(OLE2);
    }

    /**
     * The entry names of a zip's central directory, in directory order; empty for anything that is not a
     * readable zip (a truncated file, a directory over {@value #MAX_ZIP_ENTRIES} entries).
     */
    public List<String> zipEntries() {
        if (entries == null) {
            entries = isZip() ? readZipDirectory() : List.of();
        }
        return entries;
    }

    public boolean hasZipEntry(String entry) {
        return zipEntries().contains(entry);
    }

    /**
     * The text (ASCII) of a small zip entry such as OpenDocument's {@code mimetype}, or "" when the input
     * is not a readable zip, has no such entry, or the entry is larger than {@code max} bytes.
     */
    public String zipEntryText(String entry, int max) {
        if (!hasZipEntry(entry)) {
            return "";
        }
        try (ZipFile zip = open()) {
            ZipArchiveEntry e = zip.getEntry(entry);
            if (e == null || e.getSize() < 0 || e.getSize() > max) {
                return "";
            }
            try (InputStream in = zip.getInputStream(e)) {
                return new String(in.readNBytes(max), StandardCharsets.US_ASCII);
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Whether an OLE2 container names a stream: its directory, within the first {@value #PREFIX} bytes, holds the name. */
    public boolean oleNames(String stream) {
        return isOle2() && contains(stream.getBytes(StandardCharsets.UTF_16LE), Math.min(bytes.length, PREFIX));
    }

    /** Whether the first {@value #PREFIX} bytes hold an ASCII text anywhere. */
    public boolean containsAscii(String ascii) {
        return contains(ascii.getBytes(StandardCharsets.US_ASCII), Math.min(bytes.length, PREFIX));
    }

    private boolean contains(byte[] needle, int limit) {
        for (int i = 0; i + needle.length <= limit; i++) {
            if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    private List<String> readZipDirectory() {
        try (ZipFile zip = open()) {
            List<String> names = new ArrayList<>();
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                if (names.size() >= MAX_ZIP_ENTRIES) {
                    return List.of();
                }
                names.add(e.getName());
            }
            return List.copyOf(names);
        } catch (IOException | RuntimeException e) {
            // Not a readable zip: no detector can tell its kind from its parts; its reader will say what is wrong.
            return List.of();
        }
    }

    private ZipFile open() throws IOException {
        return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).setIgnoreLocalFileHeader(true).get();
    }
}
