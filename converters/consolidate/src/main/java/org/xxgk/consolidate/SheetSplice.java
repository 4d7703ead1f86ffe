package org.xxgk.consolidate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a workbook written by POI and streams more rows into one of its sheets, just before the
 * sheet's {@code </sheetData>}: POI writes the sheet's frame (header rows, merged cells, frozen
 * panes, filter, column widths) and {@link SheetRows} the rows, without POI holding or formatting a
 * cell of them. The technique of POI's own {@code BigGridDemo} example.
 */
final class SheetSplice {

    private static final byte[] END_OF_ROWS = "</sheetData>".getBytes(StandardCharsets.US_ASCII);

    /**
     * The rows to stream into a sheet.
     *
     * @param dimension the sheet's used range once they are in, such as {@code A1:HW1002}, which
     *                  replaces the range POI recorded for its own rows
     * @param writer    writes the rows
     */
    record Rows(String dimension, Writer writer) {
    }

    /** Writes rows, in order, after the sheet's own. */
    @FunctionalInterface
    interface Writer {
        void write(SheetRows out) throws IOException;
    }

    private SheetSplice() {
    }

    /**
     * Copies {@code workbook} to {@code out}, the part named {@code sheetPart} (such as
     * {@code xl/worksheets/sheet7.xml}) with {@code rows} added after its own rows. The rows go out at
     * the fastest compression: they are most of the file's bytes and time, and compress well anyway.
     */
    static void copy(Path workbook, String sheetPart, Rows rows, OutputStream out) throws IOException {
        boolean spliced = false;
        try (ZipFile in = new ZipFile(workbook.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                boolean target = entry.getName().equals(sheetPart);
                zip.setLevel(target ? Deflater.BEST_SPEED : Deflater.DEFAULT_COMPRESSION);
                zip.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream part = in.getInputStream(entry)) {
                    if (target) {
                        splice(part.readAllBytes(), rows, zip);
                        spliced = true;
                    } else {
                        part.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
            zip.finish();
        }
        if (!spliced) {
            throw new IllegalStateException("sheet part " + sheetPart + " not in the workbook");
        }
    }

    private static void splice(byte[] sheet, Rows rows, OutputStream out) throws IOException {
        int at = lastIndexOf(sheet, END_OF_ROWS);
        if (at < 0) {
            throw new IllegalStateException("sheet without </sheetData>: it must have rows of its own");
        }
        String head = new String(sheet, 0, at, StandardCharsets.UTF_8);
        out.write(head.replaceFirst("<dimension ref=\"[A-Z0-9:]*\"/>", "<dimension ref=\"" + rows.dimension() + "\"/>")
                .getBytes(StandardCharsets.UTF_8));
        SheetRows writer = new SheetRows(out);
        rows.writer().write(writer);
        writer.flush();
        out.write(sheet, at, sheet.length - at);
    }

    private static int lastIndexOf(byte[] in, byte[] what) {
        for (int i = in.length - what.length; i >= 0; i--) {
            int k = 0;
            while (k < what.length && in[i + k] == what[k]) {
                k++;
            }
            if (k == what.length) {
                return i;
            }
        }
        return -1;
    }
}
