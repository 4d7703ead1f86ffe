package org.xxgk.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.excel.StreamedReads.Fallback;

/** The parts of a zip by name, within POI's limits, declined by reason where they cannot be checked. */
class ZipPartsTest {

    private static final byte[] SHEET = "<worksheet><sheetData><row r=\"1\"/></sheetData></worksheet>".repeat(50)
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] TYPES = "<Types/>".getBytes(StandardCharsets.UTF_8);

    @Test
    void readsDeflatedAndStoredPartsByName() throws Exception {
        ZipParts parts = ZipParts.of(zip(false), "t.xlsx");
        assertTrue(parts.has("xl/worksheets/sheet1.xml"));
        assertFalse(parts.has("xl/worksheets/sheet2.xml"));
        assertArrayEquals(SHEET, parts.part("xl/worksheets/sheet1.xml"));
        assertArrayEquals(TYPES, parts.part("[Content_Types].xml"));
    }

    @Test
    void aMissingPartIsDeclined() throws Exception {
        ZipParts parts = ZipParts.of(zip(false), "t.xlsx");
        assertDeclined(Fallback.UNUSUAL_PACKAGE, () -> parts.part("xl/workbook.xml"));
    }

    @Test
    void aDamagedPartIsDeclined() throws Exception {
        byte[] zip = zip(false);
        byte[] name = "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII);
        int data = indexOf(zip, name) + name.length;
        zip[data + 3] ^= 0x55;
        assertDeclined(Fallback.DAMAGED_ZIP, () -> ZipParts.of(zip, "t.xlsx").part("xl/worksheets/sheet1.xml"));
    }

    @Test
    void aStoredPartWithAChangedByteFailsItsChecksum() throws Exception {
        byte[] zip = zip(false);
        int data = indexOf(zip, TYPES);
        zip[data + 1] = 'X';
        assertDeclined(Fallback.DAMAGED_ZIP, () -> ZipParts.of(zip, "t.xlsx").part("[Content_Types].xml"));
    }

    @Test
    void aTruncatedZipIsDeclined() throws Exception {
        byte[] zip = zip(false);
        assertDeclined(Fallback.DAMAGED_ZIP, () -> ZipParts.of(Arrays.copyOf(zip, zip.length - 10), "t.xlsx"));
        assertDeclined(Fallback.DAMAGED_ZIP, () -> ZipParts.of(new byte[0], "t.xlsx"));
    }

    @Test
    void aZipBombIsRefusedInOneLineBeforeInflating() throws Exception {
        CorruptFileException e = assertThrows(CorruptFileException.class, () -> ZipParts.of(zip(true), "炸弹.xlsx"));
        assertTrue(e.oneLine().startsWith("炸弹.xlsx：") && e.oneLine().contains("zip 炸弹"), e.oneLine());
    }

    @Test
    void anEncryptedEntryIsDeclined() throws Exception {
        byte[] zip = zip(false);
        int directory = indexOf(zip, new byte[] {'P', 'K', 1, 2});
        zip[directory + 8] |= 1;
        assertDeclined(Fallback.UNUSUAL_PACKAGE, () -> ZipParts.of(zip, "t.xlsx"));
    }

    @Test
    void aNameGivenTwiceIsDeclined() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            for (byte[] content : new byte[][] {SHEET, TYPES}) {
                out.putArchiveEntry(new ZipArchiveEntry("xl/worksheets/sheet1.xml"));
                out.write(content);
                out.closeArchiveEntry();
            }
        }
        assertDeclined(Fallback.UNUSUAL_PACKAGE, () -> ZipParts.of(bytes.toByteArray(), "t.xlsx"));
    }

    @Test
    void equalPartsHaveEqualIdentitiesAndOthersNot() throws Exception {
        List<String> names = List.of("[Content_Types].xml", "xl/worksheets/sheet1.xml");
        try (ZipParts a = ZipParts.of(zip(false), "a.xlsx"); ZipParts b = ZipParts.of(zip(false), "b.xlsx")) {
            assertEquals(a.identity(names), b.identity(names));
            assertNotEquals(a.identity(names), a.identity(List.of("xl/worksheets/sheet1.xml", "[Content_Types].xml")));
            assertTrue(a.identity(List.of("xl/workbook.xml")).isEmpty());
        }
        byte[] changed = zip(false);
        changed[indexOf(changed, TYPES) + 1] = 'X';
        try (ZipParts a = ZipParts.of(zip(false), "a.xlsx"); ZipParts c = ZipParts.of(changed, "c.xlsx")) {
            assertNotEquals(a.identity(names), c.identity(names));
        }
    }

    private static void assertDeclined(Fallback reason, Executable reading) {
        assertEquals(reason, assertThrows(StreamedTemplate.Unsupported.class, reading).reason());
    }

    /** A zip of a stored content-types part and a deflated sheet; with {@code bomb}, a 20 MB part of zeros. */
    private static byte[] zip(boolean bomb) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry types = new ZipEntry("[Content_Types].xml");
            types.setMethod(ZipEntry.STORED);
            types.setSize(TYPES.length);
            CRC32 crc = new CRC32();
            crc.update(TYPES);
            types.setCrc(crc.getValue());
            out.putNextEntry(types);
            out.write(TYPES);
            out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            out.write(SHEET);
            if (bomb) {
                out.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                out.write(new byte[20 * 1024 * 1024]);
            }
        }
        return bytes.toByteArray();
    }

    private static int indexOf(byte[] in, byte[] what) {
        for (int i = 0; i + what.length <= in.length; i++) {
            if (Arrays.equals(in, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
