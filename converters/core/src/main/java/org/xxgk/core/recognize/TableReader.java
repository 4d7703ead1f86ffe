package org.xxgk.core.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.CellValue.Flag;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Severity;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.schema.CellSpec;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableView;
import org.xxgk.core.text.Quote;
import org.xxgk.core.validate.Equation;
import org.xxgk.core.validate.Equations;

/**
 * Reads one table of one generation out of its segments: decides each segment's row, places the
 * values in columns (by position, in order, or by {@link CompactedRows} for rows that lost cells) and
 * turns cell texts into numbers.
 */
final class TableReader {

    /** A row of the table with the source cell of each column ({@code null}: no cell), as decided. */
    private record Placement(TableView.Row row, Segment segment, Cell[] cells, boolean inferred) {
    }

    private final Schema schema;
    private final TableView view;
    private final List<LabelMatcher.Entry> history;
    private final Map<TableView.Row, Placement> placements = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, CellValue> values = new LinkedHashMap<>();
    /**
     * Rows placed from a label with nothing after it before any row of the table had a number (a sheet
     * that lists the labels before the table): they give way when the row comes again with its numbers.
     * A blank row met after numbers is the table's own and never takes another copy's numbers.
     */
    private final Set<TableView.Row> placeholders = new HashSet<>();
    private boolean anyValues;
    /** Cells the reader found cut off by the page's edge, in reading order: not read, named in one problem. */
    private final Map<String, Cell> cut = new LinkedHashMap<>();

    TableReader(Schema schema, TableView view, List<LabelMatcher.Entry> history) {
        this.schema = schema;
        this.view = view;
        this.history = history;
    }

    /** Reads the segments; afterwards {@link #values()} and {@link #problems()} hold the result. */
    void read(List<Segment> segments) {
        Map<TableView.Row, List<Cell>> compacted = new LinkedHashMap<>();
        Map<TableView.Row, Segment> compactedSegments = new IdentityHashMap<>();
        for (Segment s : segments) {
            Optional<TableView.Row> row = resolve(s);
            if (row.isPresent() && placeholders.contains(row.get()) && s.hasValues()) {
                placements.remove(row.get()); // a heading row's empty cells first, the numbers after: keep the numbers
                placeholders.remove(row.get());
            }
            if (row.isPresent() && (placements.containsKey(row.get()) || compacted.containsKey(row.get()))) {
                Segment first = placements.containsKey(row.get()) ? placements.get(row.get()).segment() : compactedSegments.get(row.get());
                warnRepeated(row.get(), first, s);
                continue;
            }
            if (row.isEmpty()) {
                continue;
            }
            if (!s.hasValues() && !anyValues) {
                placeholders.add(row.get());
            }
            anyValues |= s.hasValues();
            List<Cell> kept = place(row.get(), s);
            if (kept != null) {
                compacted.put(row.get(), kept);
                compactedSegments.put(row.get(), s);
            }
        }
        solveCompacted(compacted, compactedSegments);
        for (TableView.Row row : view.rows()) {
            Placement p = placements.get(row);
            if (p != null) {
                convert(p);
            }
        }
        reportMissingRows();
        reportCut();
    }

    /**
     * Reads a grid its reader vouched is this table's official layout ({@link Grid#official()}): each
     * row's cells taken by position, then turned into values as {@link #read} turns placed cells, so
     * that the report is the one the labels would give. The caller has checked that every code has
     * its cell in the grid.
     *
     * @param positions each code's row and column in the layout
     */
    void readOfficial(Grid grid, Map<String, int[]> positions) {
        for (TableView.Row row : view.rows()) {
            List<String> codes = codes(row);
            Cell[] cells = new Cell[codes.size()];
            for (int i = 0; i < codes.size(); i++) {
                int[] at = positions.get(codes.get(i));
                cells[i] = grid.rows().get(at[0]).get(at[1]);
            }
            Placement p = new Placement(row, null, cells, false);
            placements.put(row, p);
            convert(p);
        }
        reportCut();
    }

    Map<String, CellValue> values() {
        return values;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The data row a segment's label stands for, using the headings seen before it to tell duplicates apart. */
    private Optional<TableView.Row> resolve(Segment s) {
        if (s.candidates.isEmpty()) {
            Optional<TableView.Row> unlabelled = view.rows().stream().filter(r -> r.node().label().isEmpty()).findFirst();
            if (s.unknown && (unlabelled.isEmpty() || placements.containsKey(unlabelled.get()) || !s.hasValues())) {
                reportUnrecognised(s);
                return Optional.empty();
            }
            return unlabelled;
        }
        List<LabelMatcher.Match> rows = s.candidates.stream()
                .filter(m -> m.entry().table() == view.table() && m.entry().belongsTo(view.generation()) && m.entry().isDataRow())
                .toList();
        double topScore = rows.stream().mapToDouble(LabelMatcher.Match::score).max().orElse(0);
        LabelMatcher.Entry best = null;
        int bestMark = -2;
        for (LabelMatcher.Match m : rows) {
            int mark = lastSeen(m.entry(), s.historyMark);
            if (m.score() >= topScore - 1e-9 && mark > bestMark) {
                best = m.entry();
                bestMark = mark;
            }
        }
        LabelMatcher.Entry chosen = best;
        return chosen == null ? Optional.empty()
                : view.rows().stream().filter(r -> r.node() == chosen.node() && r.block() == chosen.block()).findFirst();
    }

    /** A row whose label the schema does not know, with numbers: named, not read, and not an error. */
    private void reportUnrecognised(Segment s) {
        if (s.cells.stream().noneMatch(c -> !c.isBlank() && ParsedValue.parse(c.text(), schema.units()).isPresent())) {
            return;
        }
        String numbers = s.cells.stream().filter(c -> !c.isBlank()).map(c -> c.text().strip()).collect(Collectors.joining("、"));
        problems.add(Problem.of(Severity.INFO, "unrecognised_row", List.of(), where(s.label.location()),
                view.table().name() + "中有未识别的行" + Quote.of(s.label.text()) + "（" + Quote.cut(numbers) + "），未读取"));
    }

    /** Where the entry's parent heading was last seen before {@code mark}, or -1. */
    private int lastSeen(LabelMatcher.Entry e, int mark) {
        for (int i = Math.min(mark, history.size()) - 1; i >= 0; i--) {
            if (e.parent() != null && history.get(i).node() == e.parent()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Places a segment's cells in the row's columns. Returns {@code null} when done, or the kept
     * non-empty cells when the row lost cells and must be solved with the others.
     */
    private List<Cell> place(TableView.Row row, Segment s) {
        int n = row.columns().size();
        if (view.table().unitLabel() != null) {
            placements.put(row, new Placement(row, s, new Cell[] {lastValue(s)}, false));
            return null;
        }
        if (s.positional) {
            placeByPosition(row, s, n);
            return null;
        }
        List<Cell> kept = s.cells.stream().filter(c -> !c.isBlank()).toList();
        if (kept.size() >= n) {
            warnExtra(row, s, kept.subList(n, kept.size()));
            placements.put(row, new Placement(row, s, kept.subList(0, n).toArray(new Cell[0]), false));
            return null;
        }
        if (n == 1 || kept.isEmpty()) {
            Cell[] cells = new Cell[n];
            if (!kept.isEmpty()) {
                cells[0] = kept.get(0);
            }
            placements.put(row, new Placement(row, s, cells, false));
            return null;
        }
        return kept;
    }

    /**
     * A row of a grid whose empty cells hold their place: each cell is read in its column, blank ones as
     * 0, never by the rules. A row shorter than the table ends in empty places (a sheet stores no cell
     * after its last value); one longer is trimmed of the blank padding of lost spans, and when the padding
     * could have been taken from either end so that the numbers land in other columns, the reading is a
     * guess and says so.
     */
    private void placeByPosition(TableView.Row row, Segment s, int n) {
        List<Cell> cells = s.cells;
        // A row cut by the page's edge: its columns from the first cut cell on are not in the file.
        int cutAt = cells.size();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).flags().contains(Flag.CUT)) {
                cutAt = i;
                break;
            }
        }
        Cell cutCell = cutAt < cells.size() ? cells.get(cutAt) : null;
        cells = cells.subList(0, cutAt);
        boolean guessed = false;
        if (cells.size() > n) {
            int[] kept = trimSurplusBlanks(cells, n);
            guessed = kept[2] == 1;
            cutAt = kept[1] == cells.size() ? cutAt - kept[0] : n;
            cells = cells.subList(kept[0], kept[1]);
            warnExtra(row, s, cells.subList(n, cells.size()).stream().filter(c -> !c.isBlank()).toList());
        }
        Cell[] placed = new Cell[n];
        for (int i = 0; i < Math.min(n, cells.size()); i++) {
            placed[i] = cells.get(i);
        }
        for (int i = cutAt; cutCell != null && i < n; i++) {
            placed[i] = cutCell;
        }
        placements.put(row, new Placement(row, s, placed, guessed));
        if (guessed) {
            problems.add(Problem.of(Severity.WARNING, "padding.inferred", codes(row), where(s.label.location()),
                    view.table().name() + "“" + row.node().label() + "”行的空白单元格比列数多 " + (s.cells.size() - n)
                            + " 个，无法确定哪些是合并单元格留下的空位，已按靠右对齐读取，数值可能错列，请对照原文核实"));
        }
    }

    /**
     * A positional row with more cells than columns: blank cells before the values are the padding of
     * a merged label whose spans were lost (a browser's copy of a table), blank cells after them the
     * padding of a merged value cell. Drops them until the row fits, leading ones first.
     *
     * @return the kept range's start and end, and 1 when blanks at the other end could have been dropped
     *         instead so that a number would stand in another column (0 otherwise)
     */
    private static int[] trimSurplusBlanks(List<Cell> cells, int n) {
        int from = 0;
        int to = cells.size();
        while (to - from > n && cells.get(from).isBlank()) {
            from++;
        }
        while (to - from > n && cells.get(to - 1).isBlank()) {
            to--;
        }
        boolean numbers = cells.subList(from, to).stream().anyMatch(c -> !c.isBlank());
        // Leading blanks go first, so trailing ones were dropped only past a number: the choice was open
        // only when leading blanks went while the kept range still ends in a blank.
        boolean otherEnd = from > 0 && cells.get(to - 1).isBlank();
        return new int[] {from, to, numbers && otherEnd ? 1 : 0};
    }

    /** The statistics table's value: the last number after the label (the unit column comes before it). */
    private static Cell lastValue(Segment s) {
        for (int i = s.cells.size() - 1; i >= 0; i--) {
            if (!s.cells.get(i).isBlank()) {
                return s.cells.get(i);
            }
        }
        return null;
    }

    private void solveCompacted(Map<TableView.Row, List<Cell>> compacted, Map<TableView.Row, Segment> segments) {
        if (compacted.isEmpty()) {
            return;
        }
        List<TableView.Row> rows = new ArrayList<>(compacted.keySet());
        List<CompactedRows.Row> problem = rows.stream()
                .map(r -> new CompactedRows.Row(codes(r), compacted.get(r).stream().map(this::number).toList()))
                .toList();
        List<Equation> equations = Equations.of(schema, view).stream().filter(e -> !e.needsPrevious()).toList();
        CompactedRows.Outcome outcome = CompactedRows.solve(problem, fixedNumbers(), equations);
        for (int i = 0; i < rows.size(); i++) {
            TableView.Row row = rows.get(i);
            Cell[] cells = new Cell[row.columns().size()];
            int[] positions = outcome.positions().get(i);
            for (int v = 0; v < positions.length; v++) {
                cells[positions[v]] = compacted.get(row).get(v);
            }
            placements.put(row, new Placement(row, segments.get(row), cells, true));
        }
        if (!outcome.consistent()) {
            warnUnresolved(rows);
        } else if (outcome.ambiguous()) {
            warnAmbiguous(rows, compacted);
        } else {
            warnInferred(rows);
        }
    }

    /** The one reading the rules allow is still a reading the source did not give: said, as every guess is. */
    private void warnInferred(List<TableView.Row> rows) {
        Segment first = placements.get(rows.get(0)).segment();
        String names = rows.stream().map(r -> "“" + r.node().label() + "”").collect(Collectors.joining("、"));
        problems.add(Problem.of(Severity.WARNING, "compacted.inferred", rows.stream().flatMap(r -> codes(r).stream()).toList(),
                where(first.label.location()), view.table().name() + "的" + names + "行在复制时丢失了空白单元格，"
                        + "已按勾稽关系推断各数值所在的列（只有这一种读法满足勾稽关系），请对照原文核实"));
    }

    private void warnAmbiguous(List<TableView.Row> rows, Map<TableView.Row, List<Cell>> compacted) {
        List<TableView.Row> nonZero = rows.stream()
                .filter(r -> compacted.get(r).stream().map(this::number).anyMatch(n -> n.signum() != 0)).toList();
        List<String> codes = nonZero.stream().flatMap(r -> codes(r).stream()).toList();
        String names = nonZero.stream().map(r -> "“" + r.node().label() + "”").collect(Collectors.joining("、"));
        Segment first = placements.get(nonZero.isEmpty() ? rows.get(0) : nonZero.get(0)).segment();
        problems.add(Problem.of(Severity.WARNING, "compacted.ambiguous", codes, where(first.label.location()),
                view.table().name() + "的" + names + "行在复制时丢失了空白单元格，按勾稽关系有不止一种读法，"
                        + "已按从左到右（自然人优先）读取，请对照原文核实"));
    }

    private void warnUnresolved(List<TableView.Row> rows) {
        Segment first = placements.get(rows.get(0)).segment();
        problems.add(Problem.of(Severity.WARNING, "compacted.unresolved", rows.stream().flatMap(r -> codes(r).stream()).toList(),
                where(first.label.location()), view.table().name() + "有 " + rows.size() + " 行在复制时丢失了空白单元格，"
                        + "没有找到满足全部勾稽关系的读法，已按从左到右（自然人优先）读取，数值可能错列，请对照原文核实"));
    }

    private Map<String, BigDecimal> fixedNumbers() {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        placements.values().forEach(p -> {
            List<String> codes = codes(p.row());
            for (int i = 0; i < codes.size(); i++) {
                out.put(codes.get(i), p.cells()[i] == null ? BigDecimal.ZERO : number(p.cells()[i]));
            }
        });
        return out;
    }

    private BigDecimal number(Cell c) {
        return ParsedValue.parse(c.text(), schema.units()).map(v -> v.number()).orElse(BigDecimal.ZERO);
    }

    private List<String> codes(TableView.Row row) {
        return row.columns().stream().map(c -> view.code(row.key(), c.key())).toList();
    }

    /** Turns the placed cells into values, with a problem for each cell that is not a number it may hold. */
    private void convert(Placement p) {
        List<String> codes = codes(p.row());
        for (int i = 0; i < codes.size(); i++) {
            CellSpec spec = view.find(codes.get(i)).orElseThrow();
            Cell cell = p.cells()[i];
            SourceLocation at = cell != null ? cell.location() : p.segment().label.location();
            EnumSet<Flag> flags = p.inferred() ? EnumSet.of(Flag.INFERRED) : EnumSet.noneOf(Flag.class);
            Double confidence = cell == null ? null : cell.confidence();
            if (cell != null && cell.flags().contains(Flag.CUT)) {
                cut.putIfAbsent(spec.code(), cell);
                continue;
            }
            if (cell != null) {
                flags.addAll(cell.flags()); // what the reader says of its reading (OCR, unsure)
            }
            if (cell == null || cell.isBlank()) {
                flags.add(Flag.BLANK);
                values.put(spec.code(), new CellValue(BigDecimal.ZERO, "", at, flags, confidence));
                continue;
            }
            Optional<ParsedValue> parsed = ParsedValue.parse(cell.text(), schema.units());
            if (parsed.isEmpty()) {
                problems.add(cellProblem(Severity.ERROR, spec, cell, "invalid_number", "不是数字：“" + cell.text().strip() + "”"));
                continue;
            }
            ParsedValue v = parsed.get();
            BigDecimal n = v.in(spec.unit());
            if (v.kind() == ParsedValue.Kind.PLACEHOLDER) {
                flags.add(Flag.PLACEHOLDER);
            }
            if (v.isConvertedIn(spec.unit())) {
                flags.add(Flag.CONVERTED);
                problems.add(cellProblem(Severity.INFO, spec, cell, "unit_converted", "“" + cell.text().strip() + "”已按"
                        + spec.unit() + "换算为 " + n.toPlainString()));
            }
            if (n.signum() < 0 && !spec.type().allowsNegative()) {
                problems.add(cellProblem(Severity.ERROR, spec, cell, "nonnegative", "不能为负数：“" + cell.text().strip() + "”，该格未读取"));
                continue;
            }
            values.put(spec.code(), new CellValue(n, cell.text().strip(), at, flags, confidence));
        }
    }

    /**
     * A row met again with other numbers: only the first is read, and the report says so, so that a file
     * holding two reports never passes the second one's numbers off as the first's.
     */
    private void warnRepeated(TableView.Row row, Segment first, Segment again) {
        if (!again.hasValues() || first != null && numbersOf(first).equals(numbersOf(again))) {
            return;
        }
        problems.add(Problem.of(Severity.WARNING, "repeated_row", codes(row), where(again.label.location()),
                view.table().name() + "“" + row.node().label() + "”行出现了不止一次，只读取了第一次的数值，未读取再次出现的（"
                        + String.join("、", numbersOf(again)) + "）；文件可能含有多份报告或重复的表格，请核实"));
    }

    private static List<String> numbersOf(Segment s) {
        return s.cells.stream().filter(c -> !c.isBlank()).map(c -> c.text().strip()).toList();
    }

    private void warnExtra(TableView.Row row, Segment s, List<Cell> extra) {
        if (!extra.isEmpty()) {
            problems.add(Problem.of(Severity.WARNING, "extra_values", codes(row), where(extra.get(0).location()),
                    view.table().name() + "“" + row.node().label() + "”行多出 " + extra.size() + " 个数值（"
                            + extra.stream().map(c -> c.text().strip()).collect(Collectors.joining("、"))
                            + "），已忽略"));
        }
    }

    /** A table found with rows missing: what is there is read, what is not is named. */
    private void reportMissingRows() {
        List<TableView.Row> missing = view.rows().stream().filter(r -> !placements.containsKey(r)).toList();
        if (missing.isEmpty()) {
            return;
        }
        boolean legacy = view.table().unitLabel() != null;
        problems.add(Problem.of(legacy ? Severity.INFO : Severity.WARNING, "missing_rows",
                missing.stream().flatMap(r -> codes(r).stream()).toList(), view.table().name(),
                view.table().name() + "缺少 " + missing.size() + " 行，这些格未读取："
                        + missing.stream().map(r -> r.node().label()).collect(Collectors.joining("、"))));
    }

    /**
     * Columns the page's edge cut off (the reader flagged their cells {@link Flag#CUT}): one error naming the
     * page, the table and the columns, whose cells stay unread, so that no rule compares a number that is not there.
     */
    private void reportCut() {
        if (cut.isEmpty()) {
            return;
        }
        Set<String> all = new java.util.HashSet<>();
        view.rows().forEach(r -> codes(r).forEach(code -> all.add(view.find(code).orElseThrow().columnLabel())));
        Set<String> columns = new java.util.LinkedHashSet<>();
        cut.keySet().forEach(code -> columns.add(shortName(view.find(code).orElseThrow().columnLabel(), all)));
        Cell first = cut.values().iterator().next();
        String pages = cut.values().stream().map(c -> c.location() == null ? null : c.location().page())
                .filter(java.util.Objects::nonNull).distinct().sorted().map(String::valueOf).collect(Collectors.joining("、"));
        String table = view.table().name();
        problems.add(Problem.of(Severity.ERROR, "cut_off_columns", List.copyOf(cut.keySet()), where(first.location()),
                (pages.isEmpty() ? "" : "第" + pages + "页") + table + "超出页面右边缘，"
                        + columns.stream().map(c -> "“" + c + "”").collect(Collectors.joining())
                        + "列被截去（PDF 中没有页面以外的内容），这些格未读取").at(first.location()));
    }

    /** A column's heading path cut to its shortest tail that no other column of the table ends in (表四's 复议后起诉/总计). */
    private static String shortName(String path, Set<String> all) {
        String[] parts = path.split("/");
        for (int from = parts.length - 1; from > 0; from--) {
            String tail = String.join("/", java.util.Arrays.copyOfRange(parts, from, parts.length));
            if (all.stream().filter(c -> c.equals(tail) || c.endsWith("/" + tail)).count() <= 1) {
                return tail;
            }
        }
        return path;
    }

    private Problem cellProblem(Severity severity, CellSpec spec, Cell cell, String rule, String what) {
        String name = spec.rowLabel() + (spec.columnLabel().isEmpty() ? "" : "，" + spec.columnLabel());
        return new Problem(severity, rule, List.of(spec.code()), "", cell.text().strip(), where(cell.location()),
                view.table().name() + name + "：" + what).at(cell.location());
    }

    private String where(SourceLocation location) {
        String s = location == null ? "" : location.describe();
        return s.isEmpty() ? view.table().name() : s + "，" + view.table().name();
    }
}
