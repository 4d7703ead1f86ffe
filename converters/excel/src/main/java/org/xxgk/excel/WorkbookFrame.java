package org.xxgk.excel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import org.xxgk.excel.StreamedReads.Fallback;

/**
 * What a workbook's structure says, apart from its cells: the package's and the workbook part's
 * relationships, the sheets (name, visibility), the defined names and where they point, the date
 * system, the styles' number formats. Read from the package relationships, the workbook part, its
 * relationships and the styles part, and from nothing else — so every workbook whose four parts are
 * the same bytes has the same frame. Workbooks filled from our template all do; their frame is read
 * once and shared ({@link #of}), which saves a third of the time of reading each of them.
 *
 * <p>Shared between threads: everything is read when made, except the styles and the answers to
 * lookups, which are kept in concurrent maps.
 */
final class WorkbookFrame {

    /** A sheet of the workbook part, in order. */
    record SheetEntry(String name, String relationId, boolean visible) {
    }

    /** A style's number format: its index and its pattern ({@code null} for an unknown built-in index). */
    record NumberFormat(short index, String pattern) {
    }

    /** The namespace of the {@code r:id} attributes that name a relationship. */
    private static final String RELATION_ID = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String ROOT_RELATIONS = "_rels/.rels";
    /** Frames kept, most recently used last: a run meets few distinct structures. */
    private static final int SHARED = 16;
    private static final Map<ZipParts.Identity, WorkbookFrame> FRAMES = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ZipParts.Identity, WorkbookFrame> eldest) {
            return size() > SHARED;
        }
    };

    private final String workbookPart;
    /** The workbook part's relationships: id to type and target part. */
    private final Map<String, String[]> relations;
    private final List<SheetEntry> sheets = new ArrayList<>();
    private final Map<String, Optional<SheetEntry>> sheetsByName = new ConcurrentHashMap<>();
    /** Defined names by lower-cased name (POI looks names up regardless of case), the first one defined. */
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Optional<TemplateCells.Place>> places = new ConcurrentHashMap<>();
    private final Optional<String> stylesPart;
    /** The parts this frame was read from. */
    private final List<String> parts;
    private boolean date1904;
    private volatile List<Short> cellFormats;
    private final Map<Short, String> numberFormats = new ConcurrentHashMap<>();
    private final Map<Integer, Boolean> dateStyles = new ConcurrentHashMap<>();

    private WorkbookFrame(ZipParts zip) {
        this.workbookPart = relations(zip, "").entrySet().stream()
                .filter(e -> PackageRelationshipTypes.CORE_DOCUMENT.equals(e.getValue()[0])).map(e -> e.getValue()[1])
                .findFirst().orElseThrow(() -> new StreamedTemplate.Unsupported(Fallback.UNUSUAL_PACKAGE, "no office document"));
        this.relations = relations(zip, workbookPart);
        this.stylesPart = relatedByType(XSSFRelation.STYLES.getRelation());
        List<String> read = new ArrayList<>(List.of(ROOT_RELATIONS, workbookPart, relationsPart(workbookPart)));
        stylesPart.ifPresent(read::add);
        this.parts = List.copyOf(read);
        Xml.read(zip.part(workbookPart), workbookPart, Xml.SPREADSHEET, this::readWorkbook);
    }

    /**
     * The frame of a workbook: one read before from the same bytes of the same parts, or a new one.
     * The parts a frame came from are known only once it is read; a frame is shared when they are
     * those of the usual layout ({@code xl/workbook.xml} …), which is how the cache can be asked before
     * reading.
     */
    static WorkbookFrame of(ZipParts zip) {
        List<String> usualParts = usualParts(zip);
        Optional<ZipParts.Identity> usual = zip.identity(usualParts);
        if (usual.isPresent()) {
            synchronized (FRAMES) {
                WorkbookFrame known = FRAMES.get(usual.get());
                if (known != null) {
                    return known;
                }
            }
        }
        WorkbookFrame frame = new WorkbookFrame(zip);
        if (usual.isPresent() && frame.parts.equals(usualParts)) {
            synchronized (FRAMES) {
                FRAMES.put(usual.get(), frame);
            }
        }
        return frame;
    }

    /** The parts of the usual layout, the styles only when the workbook has them. */
    private static List<String> usualParts(ZipParts zip) {
        List<String> usual = new ArrayList<>(List.of(ROOT_RELATIONS, "xl/workbook.xml", "xl/_rels/workbook.xml.rels"));
        if (zip.has("xl/styles.xml")) {
            usual.add("xl/styles.xml");
        }
        return usual;
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

    /** Where a defined name points, or empty when it is missing, broken, or names no sheet of the workbook. */
    Optional<TemplateCells.Place> place(String name) {
        return places.computeIfAbsent(name, n -> name(n).flatMap(f -> NamedCells.reference(f, SpreadsheetVersion.EXCEL2007))
                .flatMap(r -> sheet(r.sheet()).map(s -> new TemplateCells.Place(s.name(), r.row(), r.column(), r.rows(), r.columns()))));
    }

    /** The part holding a sheet's cells. */
    String sheetPart(SheetEntry sheet) {
        return related(sheet.relationId(), XSSFRelation.WORKSHEET.getRelation());
    }

    /** The shared strings part, if the workbook has one. */
    Optional<String> sharedStringsPart() {
        return relatedByType(XSSFRelation.SHARED_STRINGS.getRelation());
    }

    /**
     * Whether a cell style formats numbers as dates, judged as {@link CellText} judges it from POI's
     * {@code CellStyle.getDataFormat} and {@code getDataFormatString}; a format POI cannot judge is not
     * a date. The styles are read from {@code zip} the first time (any workbook of this frame has the
     * same styles part).
     */
    boolean isDateStyle(ZipParts zip, int style) {
        Boolean known = dateStyles.get(style);
        if (known == null) {
            NumberFormat f = numberFormat(zip, style);
            try {
                known = DateUtil.isADateFormat(f.index(), f.pattern());
            } catch (RuntimeException e) {
                known = false;
            }
            dateStyles.put(style, known);
        }
        return known;
    }

    private NumberFormat numberFormat(ZipParts zip, int style) {
        List<Short> formats = cellFormats;
        if (formats == null) {
            synchronized (this) {
                if (cellFormats == null) {
                    String part = stylesPart.orElseThrow(() -> new StreamedTemplate.Unsupported(Fallback.UNUSUAL_PACKAGE, "no styles"));
                    cellFormats = Xml.read(zip.part(part), part, Xml.SPREADSHEET, this::readStyles);
                }
                formats = cellFormats;
            }
        }
        if (style < 0 || style >= formats.size()) {
            throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_CELL, "cell style " + style + " not in the styles part");
        }
        short id = formats.get(style);
        String format = numberFormats.get(id);
        return new NumberFormat(id, format != null ? format : BuiltinFormats.getBuiltinFormat(id));
    }

    /** The target part of one of the workbook part's relationships, which must be of the type given. */
    private String related(String id, String type) {
        String[] rel = relations.get(id);
        if (rel == null || !type.equals(rel[0])) {
            throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_PACKAGE, "relationship " + id + " is not " + type);
        }
        return rel[1];
    }

    private Optional<String> relatedByType(String type) {
        return relations.values().stream().filter(r -> type.equals(r[0])).map(r -> r[1]).findFirst();
    }

    private static String relationsPart(String partName) {
        int slash = partName.lastIndexOf('/');
        return partName.substring(0, slash + 1) + "_rels/" + partName.substring(slash + 1) + ".rels";
    }

    /**
     * A part's relationships ({@code _rels/NAME.rels} beside it): each internal relationship's id to its
     * type and its target resolved against the part; none when the part has no relationships part.
     */
    private static Map<String, String[]> relations(ZipParts zip, String partName) {
        String rels = relationsPart(partName);
        Map<String, String[]> found = new HashMap<>();
        if (!zip.has(rels)) {
            return found;
        }
        URI source = partUri(partName);
        Xml.read(zip.part(rels), rels, Xml.RELATIONSHIPS, xml -> {
            while (xml.nextChild()) {
                if (xml.is("Relationship") && !"External".equals(xml.attribute("TargetMode"))) {
                    String target = target(source, xml.required("Target", Fallback.UNUSUAL_PACKAGE));
                    found.put(xml.required("Id", Fallback.UNUSUAL_PACKAGE), new String[] {xml.required("Type", Fallback.UNUSUAL_PACKAGE), target});
                }
                xml.skip();
            }
            return found;
        });
        return found;
    }

    private static URI partUri(String partName) {
        try {
            return new URI(null, null, "/" + partName, null);
        } catch (URISyntaxException e) {
            throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_PACKAGE, "part name " + partName);
        }
    }

    /** A relationship's target as a part name, resolved against the part it belongs to. */
    private static String target(URI source, String target) {
        String path;
        try {
            path = source.resolve(new URI(target)).getPath();
        } catch (URISyntaxException e) {
            throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_PACKAGE, "relationship target " + target);
        }
        if (path == null) {
            throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_PACKAGE, "relationship target " + target);
        }
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** workbook.xml: the date system, the sheets in order, the defined names. */
    private Void readWorkbook(Xml xml) throws XMLStreamException {
        while (xml.nextChild()) {
            switch (xml.name()) {
                case "workbookPr" -> {
                    date1904 = isTrue(xml.attribute("date1904"));
                    xml.skip();
                }
                case "sheets" -> readSheets(xml);
                case "definedNames" -> readNames(xml);
                default -> xml.skip();
            }
        }
        return null;
    }

    private void readSheets(Xml xml) throws XMLStreamException {
        while (xml.nextChild()) {
            if (xml.is("sheet")) {
                String state = xml.attribute("state");
                sheets.add(new SheetEntry(xml.required("name", Fallback.UNUSUAL_PACKAGE), xml.attribute(RELATION_ID, "id"),
                        !"hidden".equals(state) && !"veryHidden".equals(state)));
            }
            xml.skip();
        }
    }

    private void readNames(Xml xml) throws XMLStreamException {
        while (xml.nextChild()) {
            if (xml.is("definedName")) {
                String key = xml.required("name", Fallback.UNUSUAL_PACKAGE).toLowerCase(Locale.ENGLISH);
                String text = xml.text();
                if (!names.containsKey(key)) {
                    names.put(key, text.isEmpty() ? null : text);
                }
            } else {
                xml.skip();
            }
        }
    }

    private static boolean isTrue(String xmlBoolean) {
        return "1".equals(xmlBoolean) || "true".equals(xmlBoolean);
    }

    /**
     * styles.xml: the custom number formats, and each cell style's format index in order. The rest (fonts,
     * fills, named and differential styles) is only parsed, so that a part POI's parser would refuse is
     * refused here too.
     */
    private List<Short> readStyles(Xml xml) throws XMLStreamException {
        List<Short> formats = new ArrayList<>();
        while (xml.nextChild()) {
            String name = xml.name();
            if (name.equals("numFmts")) {
                while (xml.nextChild()) {
                    if (xml.is("numFmt")) {
                        numberFormats.put(formatId(xml.required("numFmtId", Fallback.UNUSUAL_CELL)), xml.attribute("formatCode"));
                    }
                    xml.skip();
                }
            } else if (name.equals("cellXfs")) {
                while (xml.nextChild()) {
                    if (xml.is("xf")) {
                        String id = xml.attribute("numFmtId");
                        formats.add(id == null ? 0 : formatId(id));
                    }
                    xml.skip();
                }
            } else {
                xml.skip();
            }
        }
        return formats;
    }

    private static short formatId(String id) {
        try {
            return (short) Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_CELL, "number format id " + id);
        }
    }

}
