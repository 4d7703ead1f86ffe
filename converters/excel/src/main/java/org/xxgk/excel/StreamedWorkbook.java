package org.xxgk.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx read part by part with SAX instead of being loaded whole: the zip's entries through POI's
 * {@link ZipInputStreamZipEntrySource} (so POI's {@code ZipSecureFile} limits on entry size and
 * inflation ratio hold as for any workbook), the relationships that lead from the package to the
 * workbook part and from it to the sheets, styles and shared strings, the workbook part's sheets (name,
 * visibility), defined names and date system, the styles' number formats, the shared strings, and
 * each sheet's cells when first asked for.
 *
 * <p>Not POI's {@code XSSFReader}: it needs an {@code OPCPackage}, whose opening parses the content
 * types, every relationship part and the document properties into DOM trees — four tenths of the time
 * of this whole reading. Not POI's {@code ReadOnlySharedStringsTable} either: it makes an XMLBeans rich
 * text object for every string asked for, a tenth of the time. It answers what POI's usermodel would for the same file, and refuses
 * ({@link StreamedTemplate.Unsupported}) what it could not answer the same way.
 */
final class StreamedWorkbook implements AutoCloseable {

    /** A sheet of the workbook part, in order. */
    record SheetEntry(String name, String relationId, boolean visible) {
    }

    /** A style's number format: its index and its pattern ({@code null} for an unknown built-in index). */
    record NumberFormat(short index, String pattern) {
    }

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Ends a parse early once what is needed has been read. */
    private static final SAXException ENOUGH = new SAXException("enough read") {
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    };
    /** One SAX parser per thread: making one costs more than parsing a sheet. */
    private static final ThreadLocal<XMLReader> PARSER = new ThreadLocal<>();

    private final ZipInputStreamZipEntrySource zip;
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

    /** Opens the zip within POI's limits and reads the workbook part; the caller closes it. */
    StreamedWorkbook(byte[] bytes) throws IOException, SAXException {
        this.zip = new ZipInputStreamZipEntrySource(ZipHelper.openZipStream(new ByteArrayInputStream(bytes)));
        if (zip.getEntry("[Content_Types].xml") == null) {
            throw new StreamedTemplate.Unsupported("no content types: not an OPC package");
        }
        this.workbookPart = relations("", Map.of()).entrySet().stream()
                .filter(e -> PackageRelationshipTypes.CORE_DOCUMENT.equals(e.getValue()[0])).map(e -> e.getValue()[1])
                .findFirst().orElseThrow(() -> new StreamedTemplate.Unsupported("no office document"));
        relations.putAll(relations(workbookPart, Map.of()));
        try (InputStream in = part(workbookPart)) {
            parse(in, new WorkbookHandler());
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
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

    /** A sheet's cells, parsed on first use. */
    StreamedSheet cells(SheetEntry sheet) throws IOException, SAXException {
        StreamedSheet done = parsed.get(sheet.relationId());
        if (done != null) {
            return done;
        }
        StreamedSheet cells = new StreamedSheet();
        try (InputStream in = part(related(sheet.relationId(), XSSFRelation.WORKSHEET.getRelation()))) {
            parse(in, cells);
        }
        parsed.put(sheet.relationId(), cells);
        return cells;
    }

    /** The shared string at an index, as POI's usermodel gives it. */
    String sharedString(int index) throws IOException, SAXException {
        if (strings == null) {
            String part = relatedByType(XSSFRelation.SHARED_STRINGS.getRelation())
                    .orElseThrow(() -> new StreamedTemplate.Unsupported("no shared strings"));
            SharedStringsHandler handler = new SharedStringsHandler();
            try (InputStream in = part(part)) {
                parse(in, handler);
            }
            strings = handler.found;
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
    boolean isDateStyle(int style) throws IOException, SAXException {
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

    private NumberFormat numberFormat(int style) throws IOException, SAXException {
        if (cellFormats == null) {
            cellFormats = new ArrayList<>();
            String part = relatedByType(XSSFRelation.STYLES.getRelation())
                    .orElseThrow(() -> new StreamedTemplate.Unsupported("no styles"));
            try (InputStream in = part(part)) {
                parse(in, new StylesHandler());
            } catch (SAXException e) {
                if (e != ENOUGH) {
                    throw e;
                }
            }
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

    /** A part's relationships ({@code _rels/NAME.rels} beside it): id to type and resolved target. */
    private Map<String, String[]> relations(String partName, Map<String, String[]> none) throws IOException, SAXException {
        int slash = partName.lastIndexOf('/');
        String rels = partName.substring(0, slash + 1) + "_rels/" + partName.substring(slash + 1) + ".rels";
        if (zip.getEntry(rels) == null) {
            return none;
        }
        RelationshipsHandler handler = new RelationshipsHandler(partName);
        try (InputStream in = part(rels)) {
            parse(in, handler);
        }
        return handler.found;
    }

    private InputStream part(String name) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new StreamedTemplate.Unsupported("part " + name + " missing");
        }
        return zip.getInputStream(entry);
    }

    private static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
        XMLReader xml = PARSER.get();
        if (xml == null) {
            try {
                xml = XMLHelper.newXMLReader();
            } catch (ParserConfigurationException e) {
                throw new SAXException(e);
            }
            PARSER.set(xml);
        }
        xml.setContentHandler(handler);
        try {
            xml.parse(new InputSource(in));
        } finally {
            xml.setContentHandler(null);
        }
    }

    /** A relationships part: each internal relationship's id, type and target, resolved against its source part. */
    private static final class RelationshipsHandler extends DefaultHandler {
        private final URI source;
        private final Map<String, String[]> found = new HashMap<>();

        RelationshipsHandler(String sourcePart) {
            this.source = URI.create("/" + sourcePart);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            if ("Relationship".equals(localName) && !"External".equals(atts.getValue("TargetMode"))) {
                String target = source.resolve(URI.create(atts.getValue("Target"))).getPath();
                found.put(atts.getValue("Id"), new String[] {atts.getValue("Type"), target.startsWith("/") ? target.substring(1) : target});
            }
        }
    }

    /**
     * sharedStrings.xml, each item's text as POI's usermodel reads it ({@code XSSFRichTextString.getString}):
     * the text of its runs when it has runs, else its own text; phonetic guides left out. {@code null}
     * for an item with neither.
     */
    private static final class SharedStringsHandler extends DefaultHandler {
        private final List<String> found = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder runs = new StringBuilder();
        private String own;
        private boolean hasRuns;
        private boolean inRun;
        private boolean inPhonetic;
        private boolean inT;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "si" -> {
                    own = null;
                    hasRuns = false;
                    runs.setLength(0);
                }
                case "r" -> {
                    inRun = true;
                    hasRuns = true;
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> {
                    inT = !inPhonetic;
                    text.setLength(0);
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inT) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "t" -> {
                    if (inT && inRun) {
                        runs.append(text);
                    } else if (inT) {
                        own = text.toString();
                    }
                    inT = false;
                }
                case "r" -> inRun = false;
                case "rPh" -> inPhonetic = false;
                case "si" -> found.add(hasRuns ? runs.toString() : own);
                default -> {
                }
            }
        }
    }

    /** workbook.xml: the date system, the sheets in order, the defined names. */
    private final class WorkbookHandler extends DefaultHandler {
        private final StringBuilder text = new StringBuilder();
        private String name;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "workbookPr" -> date1904 = isTrue(atts.getValue("date1904"));
                case "sheet" -> sheets.add(new SheetEntry(atts.getValue("name"),
                        atts.getValue(RELATIONSHIPS, "id"),
                        !"hidden".equals(atts.getValue("state")) && !"veryHidden".equals(atts.getValue("state"))));
                case "definedName" -> {
                    name = atts.getValue("name");
                    text.setLength(0);
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (name != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("definedName".equals(localName)) {
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

    /** styles.xml: the custom number formats and each cell style's format index, in order. */
    private final class StylesHandler extends DefaultHandler {
        private boolean inCellXfs;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "numFmt" -> numberFormats.put((short) Long.parseLong(atts.getValue("numFmtId")), atts.getValue("formatCode"));
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs) {
                        String id = atts.getValue("numFmtId");
                        cellFormats.add(id == null ? 0 : (short) Long.parseLong(id));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if ("cellXfs".equals(localName)) {
                throw ENOUGH; // what follows (cell styles, differential formats, colours) is not needed
            }
        }
    }
}
