package org.xxgk.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * An .xlsx read part by part instead of being loaded whole: the zip's parts inflated on demand
 * ({@link ZipParts}, within the limits POI's {@code ZipSecureFile} keeps), each XML part read by a
 * strict {@link XmlScanner}; the workbook's structure from its {@link WorkbookFrame} (shared by
 * workbooks of the same structure), the shared strings, and each sheet's cells when first asked for.
 *
 * <p>Not POI's {@code XSSFReader}: it needs an {@code OPCPackage}, whose opening parses the content
 * types, every relationship part and the document properties into DOM trees. Not POI's
 * {@code ReadOnlySharedStringsTable} either: it makes an XMLBeans rich text object for every string.
 * Not the JDK's SAX parser: for parts of a few kilobytes its set-up and symbol tables cost more than
 * the reading. It answers what POI's usermodel would for the same file, and refuses
 * ({@link StreamedTemplate.Unsupported}) what it could not answer the same way.
 */
final class StreamedWorkbook {

    private final ZipParts zip;
    private final WorkbookFrame frame;
    private final Map<String, StreamedSheet> parsed = new HashMap<>();
    private List<String> strings;

    /** Reads the zip's directory within POI's limits, and the workbook's frame (or finds it read before). */
    StreamedWorkbook(byte[] bytes) {
        this.zip = ZipParts.of(bytes);
        if (!zip.has("[Content_Types].xml")) {
            throw new StreamedTemplate.Unsupported("no content types: not an OPC package");
        }
        this.frame = WorkbookFrame.of(zip);
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
            done = StreamedSheet.read(new XmlScanner(zip.part(frame.sheetPart(sheet))));
            parsed.put(sheet.relationId(), done);
        }
        return done;
    }

    /** The shared string at an index, as POI's usermodel gives it. */
    String sharedString(int index) {
        if (strings == null) {
            String part = frame.sharedStringsPart().orElseThrow(() -> new StreamedTemplate.Unsupported("no shared strings"));
            strings = sharedStrings(new XmlScanner(zip.part(part)));
        }
        String s = index >= 0 && index < strings.size() ? strings.get(index) : null;
        if (s == null) {
            throw new StreamedTemplate.Unsupported("shared string " + index + " missing or without text");
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

    /**
     * sharedStrings.xml, each item's text as POI's usermodel reads it ({@code XSSFRichTextString.getString}):
     * the text of its runs when it has runs, else its own text; phonetic guides left out. {@code null}
     * for an item with neither.
     */
    private static List<String> sharedStrings(XmlScanner xml) {
        List<String> found = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        StringBuilder runs = new StringBuilder();
        String own = null;
        boolean hasRuns = false;
        boolean inRun = false;
        boolean inPhonetic = false;
        boolean inT = false;
        for (XmlScanner.Event e = xml.next(); e != XmlScanner.Event.EOF; e = xml.next()) {
            if (e == XmlScanner.Event.TEXT) {
                if (inT) {
                    text.append(xml.text());
                }
            } else if (e == XmlScanner.Event.START) {
                if (xml.is("si")) {
                    own = null;
                    hasRuns = false;
                    runs.setLength(0);
                } else if (xml.is("r")) {
                    inRun = true;
                    hasRuns = true;
                } else if (xml.is("rPh")) {
                    inPhonetic = true;
                } else if (xml.is("t")) {
                    inT = !inPhonetic;
                    text.setLength(0);
                }
            } else if (xml.is("t")) {
                if (inT && inRun) {
                    runs.append(text);
                } else if (inT) {
                    own = text.toString();
                }
                inT = false;
            } else if (xml.is("r")) {
                inRun = false;
            } else if (xml.is("rPh")) {
                inPhonetic = false;
            } else if (xml.is("si")) {
                found.add(hasRuns ? runs.toString() : own);
            }
        }
        return found;
    }
}
