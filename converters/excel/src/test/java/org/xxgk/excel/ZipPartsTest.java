package org.xxgk.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class ZipPartsTest {

    private static final byte[] SHEET = "<worksheet><sheetData><row r=\"1\"/></sheetData></worksheet>".repeat(50)
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] TYPES = "<Types/>".getBytes(StandardCharsets.UTF_8);

    @Test
    void readsDeflatedAndStoredPartsByName() throws IOException {
        ZipParts parts = ZipParts.of(zip(false));
        assertTrue(parts.has("xl/worksheets/sheet1.xml"));
        assertFalse(parts.has("xl/worksheets/sheet2.xml"));
        assertArrayEquals(SHEET, parts.part("xl/worksheets/sheet1.xml"));
        assertArrayEquals(TYPES, parts.part("[Content_Types].xml"));
    }

    @Test
    void aMissingPartIsDeclined() throws IOException {
        ZipParts parts = ZipParts.of(zip(false));
        assertThrows(StreamedTemplate.Unsupported.class, () -> parts.part("xl/workbook.xml"));
    }

    @Test
    void aDamagedPartIsDeclined() throws IOException {
        byte[] zip = zip(false);
        byte[] name = "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII);
        int data = indexOf(zip, name) + name.length;
        zip[data + 3] ^= 0x55;
        assertThrows(StreamedTemplate.Unsupported.class, () -> ZipParts.of(zip).part("xl/worksheets/sheet1.xml"));
    }

    @Test
    void aStoredPartWithAChangedByteFailsItsChecksum() throws IOException {
        byte[] zip = zip(false);
        int data = indexOf(zip, TYPES);
        zip[data + 1] = 'X';
        assertThrows(StreamedTemplate.Unsupported.class, () -> ZipParts.of(zip).part("[Content_Types].xml"));
    }

    @Test
    void aTruncatedZipIsDeclined() throws IOException {
        byte[] zip = zip(false);
        assertThrows(StreamedTemplate.Unsupported.class, () -> ZipParts.of(Arrays.copyOf(zip, zip.length - 10)));
        assertThrows(StreamedTemplate.Unsupported.class, () -> ZipParts.of(new byte[0]));
    }

    @Test
    void aZipBombIsDeclinedBeforeInflating() throws IOException {
        assertThrows(StreamedTemplate.Unsupported.class, () -> ZipParts.of(zip(true)));
    }

    @Test
    void anEncryptedEntryIsDeclined() throws IOException {
        byte[] zip = zip(false);
        int directory = indexOf(zip, new byte[] {'P', 'K', 1, 2});
        zip[directory + 8] |= 1;
        assertThrows(StreamedTemplate.Unsupported.class, () -> ZipParts.of(zip));
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
