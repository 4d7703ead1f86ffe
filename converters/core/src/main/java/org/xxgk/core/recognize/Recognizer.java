package org.xxgk.core.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.xxgk.core.layout.OfficialLayout;
import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.Severity;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.schema.CellSpec;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableSpec;
import org.xxgk.core.schema.TableView;
import org.xxgk.core.spi.NotAReportException;
import org.xxgk.core.validate.Validator;

/**
 * Turns any document's grids into a report: finds the official tables, decides each one's generation
 * from the labels it shows, maps rows and columns to codes, reads the numbers, and checks the rules.
 * The one recognizer that every input format meets. Thread-safe.
 */
public final class Recognizer {

    private final Schema schema;
    private final LabelMatcher matcher;
    private final Validator validator;
    private final ReportSplitter splitter;
    private final Map<Grid.Official, Map<String, int[]>> positions = new ConcurrentHashMap<>();
    /** How a location names a sheet ({@link SourceLocation#describe()}), to tell which part a reader's problem is about. */
    private static final String SHEET_WORD = new SourceLocation("", null, "", null, null, null, null).describe().replace("”", "");

    public Recognizer() {
        this(Schema.official());
    }

    public Recognizer(Schema schema) {
        this.schema = schema;
        this.matcher = new LabelMatcher(schema);
        this.validator = new Validator(schema);
        this.splitter = new ReportSplitter(schema, matcher);
    }

    /**
     * Recognises every report a document holds: one for most documents; one per part when at least two
     * parts (a workbook's sheets, where cities keep one agency per sheet) each hold a whole 表三 or
     * statistics table of their own, each named after its part when its text names no agency; one per
     * report when the document holds several one after the other, each with its own title and tables
     * (see {@link ReportSplitter}), each read on its own so that no value passes from one to another.
     *
     * @throws NotAReportException when the document holds none of the official tables
     */
    public List<Report> recognizeAll(Document doc) throws NotAReportException {
        List<Report> parts = reportsByPart(doc);
        if (!parts.isEmpty()) {
            return parts;
        }
        List<Document> reports = splitter.split(doc);
        if (reports.size() < 2) {
            return List.of(recognize(doc));
        }
        List<Report> out = new ArrayList<>();
        try {
            for (Document d : reports) {
                out.add(recognize(d));
            }
        } catch (NotAReportException e) {
            return List.of(recognize(doc)); // a piece without a table of its own: the cut was wrong, read it whole
        }
        return out;
    }

    /** The reports of a document's parts when at least two of them are whole reports; otherwise none. */
    private List<Report> reportsByPart(Document doc) {
        if (doc.parts().size() < 2) {
            return List.of();
        }
        List<Report> out = new ArrayList<>();
        for (Document.Part part : doc.parts()) {
            try {
                Report r = recognize(withOwnProblems(doc, part));
                if (r.generations().containsKey("t3") || r.generations().containsKey("legacy")) {
                    out.add(r.agency() != null ? r : new Report(r.source(), r.format(), part.name(), r.year(), r.published(),
                            r.generations(), r.values(), r.problems()));
                }
            } catch (NotAReportException e) {
                // A sheet of notes or a cover: not a report of its own.
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** A part as a document, with the reader's problems about it (those that name its sheet, or no sheet). */
    private static Document withOwnProblems(Document doc, Document.Part part) {
        Document d = doc.partAsDocument(part);
        String sheet = new SourceLocation(doc.source(), null, part.name(), null, null, null, null).describe();
        List<Problem> own = doc.problems().stream()
                .filter(p -> p.location().contains(sheet) || !p.location().contains(SHEET_WORD)).toList();
        return new Document(d.source(), d.format(), d.grids(), d.lines(), d.pages(), own);
    }

    /**
     * Recognises the report in a document, taken as one report whatever its parts.
     *
     * @throws NotAReportException when the document holds none of the official tables
     */
    public Report recognize(Document doc) throws NotAReportException {
        Map<String, Grid> official = new LinkedHashMap<>();
        for (Grid g : doc.grids()) {
            if (g.official() != null && !official.containsKey(g.official().table()) && fits(g)) {
                official.put(g.official().table(), g);
            }
        }
        Segmenter segmenter = new Segmenter(matcher, schema.units());
        doc.grids().stream().filter(g -> g.official() == null || official.get(g.official().table()) != g).forEach(segmenter::read);
        Map<String, Generation> generations = new LinkedHashMap<>();
        Map<String, CellValue> values = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (TableSpec table : schema.tables()) {
            Grid grid = official.get(table.id());
            if (grid != null) {
                Generation g = grid.official().generation();
                TableReader reader = new TableReader(schema, schema.view(table.id(), g), List.of());
                reader.readOfficial(grid, positions(grid.official()));
                generations.put(table.id(), g);
                values.putAll(reader.values());
                problems.addAll(located(reader.problems(), table, values));
                continue;
            }
            List<Segment> segments = segmenter.segments().stream().filter(s -> s.table == table).toList();
            if (segments.isEmpty()) {
                continue;
            }
            Generation g = generation(table, segmenter.seen()).orElseGet(() -> neighbour(table, generations));
            TableReader reader = new TableReader(schema, schema.view(table.id(), g), segmenter.history());
            reader.read(segments);
            if (!reader.values().isEmpty()) {
                generations.put(table.id(), g);
                values.putAll(reader.values());
                problems.addAll(located(reader.problems(), table, values));
            }
        }
        if (generations.isEmpty()) {
            throw new NotAReportException(doc.source(), "没有找到政府信息公开年度报告的统计表（表二、表三、表四或政府信息公开情况统计表）");
        }
        problems.addAll(0, missingTables(generations));
        problems.addAll(0, doc.problems());
        Metadata meta = Metadata.of(doc.lines(), doc.title());
        problems.addAll(meta.problems());
        Report report = new Report(doc.source(), doc.format(), meta.agency(), meta.year(), meta.published(),
                generations, values, problems);
        return report.withProblems(validator.validate(report));
    }

    /** A table reader's problems with their table, each at its first cell's place when it names none. */
    private static List<Problem> located(List<Problem> found, TableSpec table, Map<String, CellValue> values) {
        return found.stream().map(p -> p.inTable(table.id()).at(p.cells().stream().map(values::get)
                .filter(v -> v != null && v.location() != null).map(CellValue::location).findFirst().orElse(null))).toList();
    }

    /**
     * Whether a grid vouched for as an official layout can be read by position: its table has that
     * generation, and every code of it has a cell in the layout that lies within the grid. Otherwise
     * its labels decide, as for any grid.
     */
    private boolean fits(Grid grid) {
        Optional<TableView> view = schema.findView(grid.official().table(), grid.official().generation());
        if (view.isEmpty()) {
            return false;
        }
        Map<String, int[]> at = positions(grid.official());
        for (CellSpec cell : view.get().cells()) {
            int[] p = at.get(cell.code());
            if (p == null || p[0] >= grid.rowCount() || p[1] >= grid.rows().get(p[0]).size()) {
                return false;
            }
        }
        return true;
    }

    /** Where each code's value cell is in a table's official layout: row and column, made once per table and generation. */
    private Map<String, int[]> positions(Grid.Official table) {
        return positions.computeIfAbsent(table, t -> {
            Map<String, int[]> at = new HashMap<>();
            OfficialLayout.of(schema.view(t.table(), t.generation())).cells().stream().filter(c -> c.code() != null)
                    .forEach(c -> at.putIfAbsent(c.code(), new int[] {c.row(), c.column()}));
            return Map.copyOf(at);
        });
    }

    /**
     * The generation whose headings the document shows the largest share of; on a tie, the one with
     * more of them (表三 of 2021 has the three rows under （六）其他处理 that 2019's lacks). Empty when
     * the labels cannot tell (表四 is the same in 2019 and 2021).
     */
    private Optional<Generation> generation(TableSpec table, Set<LabelMatcher.Entry> seen) {
        Generation best = null;
        double bestShare = -1;
        long bestCount = -1;
        boolean tie = false;
        for (Generation g : table.generations()) {
            List<LabelMatcher.Entry> entries = matcher.entriesOf(table, g);
            long count = entries.stream().filter(seen::contains).count();
            double share = entries.isEmpty() ? 0 : (double) count / entries.size();
            boolean sameShare = Math.abs(share - bestShare) <= 1e-9;
            if (share > bestShare + 1e-9 || sameShare && count > bestCount) {
                best = g;
                bestShare = share;
                bestCount = count;
                tie = false;
            } else if (sameShare && count == bestCount) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.of(best);
    }

    /** For a table whose labels cannot tell: the generation of the table read before it, else the newest. */
    private static Generation neighbour(TableSpec table, Map<String, Generation> decided) {
        List<Generation> found = new ArrayList<>(decided.values());
        for (int i = found.size() - 1; i >= 0; i--) {
            if (table.generations().contains(found.get(i))) {
                return found.get(i);
            }
        }
        return table.generations().get(0);
    }

    /** A report in the 2019 or 2021 format has three tables; name the ones the source lost. */
    private List<Problem> missingTables(Map<String, Generation> found) {
        if (found.containsKey("legacy")) {
            return List.of();
        }
        List<Problem> out = new ArrayList<>();
        for (TableSpec t : schema.tablesIn(Generation.V2021)) {
            if (!found.containsKey(t.id())) {
                out.add(Problem.of(Severity.WARNING, "missing_table", List.of(), t.name(),
                        "没有找到" + t.name() + "（" + t.title() + "），其数据未读取").inTable(t.id()));
            }
        }
        return out;
    }
}
