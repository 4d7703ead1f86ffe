package org.xxgk.excel;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * An .xlsx read part by part instead of being loaded whole: the zip's parts inflated on demand
 * ({@link ZipParts}, within the limits POI's {@code ZipSecureFile} keeps), each XML part read by a
 * strict {@link XmlScanner}; the relationships that lead from the package to the workbook part and
 * from it to the sheets, styles and shared strings, the workbook part's sheets (name, visibility),
 * defined names and date system, the styles' number formats, the shared strings, and each sheet's
 * cells when first asked for.
 *
 * <p>Not POI's {@code XSSFReader}: it needs an {@code OPCPackage}, whose opening parses the content
 * types, every relationship part and the document properties into DOM trees. Not POI's
 * {@code ReadOnlySharedStringsTable} either: it makes an XMLBeans rich text object for every string.
 * Not the JDK's SAX parser: for parts of a few kilobytes its set-up and symbol tables cost more than
 * the reading. It answers what POI's usermodel would for the same file, and refuses
 * ({@link StreamedTemplate.Unsupported}) what it could not answer the same way.
 */
final class StreamedWorkbook {

    /** A sheet of the workbook part, in order. */
    record SheetEntry(String name, String relationId, boolean visible) {
    }

    /** A style's number format: its index and its pattern ({@code null} for an unknown built-in index). */
    record NumberFormat(short index, String pattern) {
    }

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final ZipParts zip;
    private final String workbookPart;
    /** The workbook part's relationships: id to type and target part. */
    private final Map<String, String[]> relations = new HashMap<>();
    private final List<SheetEntry> sheets = new ArrayList<>();
    private final Map<String, Optional<SheetEntry>> sheetsByName = new HashMap<>();
    /** Defined names by lower-cased name (POI looks names up regardless of case), the first one defined. */
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, StreamedSheet> parsed = new HashMap<>();
    private boolean date1904;
    private List<Short> cellFormats;
    private final Map<Short, String> numberFormats = new HashMap<>();
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private List<String> strings;

    /** Reads the zip's directory within POI's limits, and the workbook part. */
    StreamedWorkbook(byte[] bytes) {
        this.zip = ZipParts.of(bytes);
        if (!zip.has("[Content_Types].xml")) {
            throw new StreamedTemplate.Unsupported("no content types: not an OPC package");
        }
        this.workbookPart = relations("").entrySet().stream()
                .filter(e -> PackageRelationshipTypes.CORE_DOCUMENT.equals(e.getValue()[0])).map(e -> e.getValue()[1])
                .findFirst().orElseThrow(() -> new StreamedTemplate.Unsupported("no office document"));
        relations.putAll(relations(workbookPart));
        readWorkbook(new XmlScanner(zip.part(workbookPart)));
    }

    List<SheetEntry> sheets() {
        return sheets;
    }

    boolean date1904() {
        return date1904;
    }

    /** The formula of a defined name, looked up as POI's {@code Workbook.getName} does. */
    Optional<String> name(String name) {
        return Optional.ofNullable(names.get(name.toLowerCase(Locale.ENGLISH)));
    }

    /** The sheet of that name, regardless of case, as POI's {@code Workbook.getSheet} finds it (the first such). */
    Optional<SheetEntry> sheet(String name) {
        return sheetsByName.computeIfAbsent(name, n -> sheets.stream().filter(s -> s.name().equalsIgnoreCase(n)).findFirst());
    }

    /** A sheet's cells, read on first use. */
    StreamedSheet cells(SheetEntry sheet) {
        StreamedSheet done = parsed.get(sheet.relationId());
        if (done == null) {
            done = StreamedSheet.read(new XmlScanner(zip.part(related(sheet.relationId(), XSSFRelation.WORKSHEET.getRelation()))));
            parsed.put(sheet.relationId(), done);
        }
        return done;
    }

    /** The shared string at an index, as POI's usermodel gives it. */
    String sharedString(int index) {
        if (strings == null) {
            String part = relatedByType(XSSFRelation.SHARED_STRINGS.getRelation())
                    .orElseThrow(() -> new StreamedTemplate.Unsupported("no shared strings"));
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

    /**
     * Whether a cell style formats numbers as dates, judged as {@link CellText} judges it from POI's
     * {@code CellStyle.getDataFormat} and {@code getDataFormatString}; a format POI cannot judge is not a date.
     */
    boolean isDateStyle(int style) {
        Boolean known = dateStyles.get(style);
        if (known == null) {
            NumberFormat f = numberFormat(style);
            try {
                known = DateUtil.isADateFormat(f.index(), f.pattern());
            } catch (RuntimeException e) {
                known = false;
            }
            dateStyles.put(style, known);
        }
        return known;
    }

    private NumberFormat numberFormat(int style) {
        if (cellFormats == null) {
            String part = relatedByType(XSSFRelation.STYLES.getRelation())
                    .orElseThrow(() -> new StreamedTemplate.Unsupported("no styles"));
            cellFormats = readStyles(new XmlScanner(zip.part(part)));
        }
        if (style < 0 || style >= cellFormats.size()) {
            throw new StreamedTemplate.Unsupported("cell style " + style + " not in the styles part");
        }
        short id = cellFormats.get(style);
        String format = numberFormats.get(id);
        return new NumberFormat(id, format != null ? format : BuiltinFormats.getBuiltinFormat(id));
    }

    /** The target part of one of the workbook part's relationships, which must be of the type given. */
    private String related(String id, String type) {
        String[] rel = relations.get(id);
        if (rel == null || !type.equals(rel[0])) {
            throw new StreamedTemplate.Unsupported("relationship " + id + " is not " + type);
        }
        return rel[1];
    }

    private Optional<String> relatedByType(String type) {
        return relations.values().stream().filter(r -> type.equals(r[0])).map(r -> r[1]).findFirst();
    }

    /**
     * A part's relationships ({@code _rels/NAME.rels} beside it): each internal relationship's id to its
     * type and its target resolved against the part; none when the part has no relationships part.
     */
    private Map<String, String[]> relations(String partName) {
        int slash = partName.lastIndexOf('/');
        String rels = partName.substring(0, slash + 1) + "_rels/" + partName.substring(slash + 1) + ".rels";
        Map<String, String[]> found = new HashMap<>();
        if (!zip.has(rels)) {
            return found;
        }
        URI source = URI.create("/" + partName);
        XmlScanner xml = new XmlScanner(zip.part(rels));
        for (XmlScanner.Event e = xml.next(); e != XmlScanner.Event.EOF; e = xml.next()) {
            if (e == XmlScanner.Event.START && xml.is("Relationship") && !"External".equals(xml.attribute("TargetMode"))) {
                String target = source.resolve(URI.create(required(xml, "Target"))).getPath();
                found.put(required(xml, "Id"), new String[] {required(xml, "Type"), target.startsWith("/") ? target.substring(1) : target});
            }
        }
        return found;
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

    /** workbook.xml: the date system, the sheets in order, the defined names. */
    private void readWorkbook(XmlScanner xml) {
        StringBuilder text = new StringBuilder();
        String name = null;
        for (XmlScanner.Event e = xml.next(); e != XmlScanner.Event.EOF; e = xml.next()) {
            if (e == XmlScanner.Event.TEXT) {
                if (name != null) {
                    text.append(xml.text());
                }
            } else if (e == XmlScanner.Event.START) {
                if (xml.is("workbookPr")) {
                    date1904 = isTrue(xml.attribute("date1904"));
                } else if (xml.is("sheet")) {
                    String state = xml.attribute("state");
                    sheets.add(new SheetEntry(xml.attribute("name"), xml.attribute(RELATIONSHIPS, "id"),
                            !"hidden".equals(state) && !"veryHidden".equals(state)));
                } else if (xml.is("definedName")) {
                    name = required(xml, "name");
                    text.setLength(0);
                }
            } else if (xml.is("definedName")) {
                String key = name.toLowerCase(Locale.ENGLISH);
                if (!names.containsKey(key)) {
                    names.put(key, text.isEmpty() ? null : text.toString());
                }
                name = null;
            }
        }
    }

    private static boolean isTrue(String xmlBoolean) {
        return "1".equals(xmlBoolean) || "true".equals(xmlBoolean);
    }

    /**
     * styles.xml: the custom number formats, and each cell style's format index in order. Reading stops
     * after the cell styles: what follows (named styles, differential formats, colours) is not needed.
     */
    private List<Short> readStyles(XmlScanner xml) {
        List<Short> formats = new ArrayList<>();
        boolean inCellXfs = false;
        for (XmlScanner.Event e = xml.next(); e != XmlScanner.Event.EOF; e = xml.next()) {
            if (e == XmlScanner.Event.START) {
                if (xml.is("numFmt")) {
                    numberFormats.put(formatId(required(xml, "numFmtId")), xml.attribute("formatCode"));
                } else if (xml.is("cellXfs")) {
                    inCellXfs = true;
                } else if (xml.is("xf") && inCellXfs) {
                    String id = xml.attribute("numFmtId");
                    formats.add(id == null ? 0 : formatId(id));
                }
            } else if (e == XmlScanner.Event.END && xml.is("cellXfs")) {
                break;
            }
        }
        return formats;
    }

    private static short formatId(String id) {
        try {
            return (short) Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new StreamedTemplate.Unsupported("number format id " + id);
        }
    }

    static String required(XmlScanner xml, String attribute) {
        String v = xml.attribute(attribute);
        if (v == null) {
            throw new StreamedTemplate.Unsupported("missing attribute " + attribute);
        }
        return v;
    }
}
