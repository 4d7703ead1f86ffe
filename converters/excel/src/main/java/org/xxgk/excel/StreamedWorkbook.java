package org.xxgk.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.xssf.usermodel.XSSFRichTextString;

import org.xxgk.core.spi.XxgkException;
import org.xxgk.excel.StreamedReads.Fallback;

/**
 * An .xlsx read part by part instead of being loaded whole: the zip's parts inflated on demand
 * ({@link ZipParts}, within the limits POI's {@code ZipSecureFile} keeps), each XML part parsed by
 * {@link Xml}; the workbook's structure from its {@link WorkbookFrame} (shared by workbooks of the
 * same structure), the shared strings, and each sheet's cells when first asked for.
 *
 * <p>Not POI's {@code XSSFReader}: it needs an {@code OPCPackage}, whose opening parses the content
 * types, every relationship part and the document properties into DOM trees. Not POI's
 * {@code ReadOnlySharedStringsTable} either: it makes an XMLBeans rich text object for every string.
 * It answers what POI's usermodel would for the same file, and declines
 * ({@link StreamedTemplate.Unsupported}) what it could not answer the same way.
 */
final class StreamedWorkbook implements AutoCloseable {

    private final ZipParts zip;
    private final WorkbookFrame frame;
    private final Map<String, StreamedSheet> parsed = new HashMap<>();
    private List<String> strings;

    /**
     * Reads the zip's directory within POI's limits, and the workbook's frame (or finds it read before).
     *
     * @throws XxgkException a zip bomb
     */
    StreamedWorkbook(byte[] bytes, String source) throws XxgkException {
        this.zip = ZipParts.of(bytes, source);
        try {
            if (!zip.has("[Content_Types].xml")) {
                throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_PACKAGE, "no content types: not an OPC package");
            }
            this.frame = WorkbookFrame.of(zip);
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    @Override
    public void close() {
        zip.close();
    }

    List<WorkbookFrame.SheetEntry> sheets() {
        return frame.sheets();
    }

    boolean date1904() {
        return frame.date1904();
    }

    /** The sheet of that name, regardless of case, as POI's {@code Workbook.getSheet} finds it (the first such). */
    Optional<WorkbookFrame.SheetEntry> sheet(String name) {
        return frame.sheet(name);
    }

    /** Where a defined name points. */
    Optional<TemplateCells.Place> place(String name) {
        return frame.place(name);
    }

    /** A sheet's cells, read on first use. */
    StreamedSheet cells(WorkbookFrame.SheetEntry sheet) {
        StreamedSheet done = parsed.get(sheet.relationId());
        if (done == null) {
            String part = frame.sheetPart(sheet);
            done = Xml.read(zip.part(part), part, Xml.SPREADSHEET, StreamedSheet::read);
            parsed.put(sheet.relationId(), done);
        }
        return done;
    }

    /** The shared string at an index, as POI's usermodel gives it. */
    String sharedString(int index) {
        if (strings == null) {
            String part = frame.sharedStringsPart()
                    .orElseThrow(() -> new StreamedTemplate.Unsupported(Fallback.UNUSUAL_PACKAGE, "no shared strings"));
            strings = Xml.read(zip.part(part), part, Xml.SPREADSHEET, StreamedWorkbook::sharedStrings);
        }
        String s = index >= 0 && index < strings.size() ? strings.get(index) : null;
        if (s == null) {
            throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_CELL, "shared string " + index + " missing or without text");
        }
        return decode(s);
    }

    /** Text as POI's rich text gives it: {@code _x000D_} escapes decoded (only text holding one needs the work). */
    static String decode(String s) {
        return s == null || !s.contains("_x") ? s : new XSSFRichTextString(s).getString();
    }

    /** Whether a cell style formats numbers as dates ({@link WorkbookFrame#isDateStyle}). */
    boolean isDateStyle(int style) {
        return frame.isDateStyle(zip, style);
    }

    /** sharedStrings.xml, each item's text as POI's usermodel reads it ({@link Xml#richText}). */
    private static List<String> sharedStrings(Xml xml) throws XMLStreamException {
        List<String> found = new ArrayList<>();
        while (xml.nextChild()) {
            if (xml.is("si")) {
                found.add(xml.richText());
            } else {
                xml.skip();
            }
        }
        return found;
    }
}
