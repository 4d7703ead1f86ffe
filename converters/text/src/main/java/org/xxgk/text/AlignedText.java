package org.xxgk.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Severity;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.recognize.LabelText;

/**
 * Tables laid out with spaces, as {@code pdftotext -layout} prints them (or an editor's user aligns
 * them): the value columns are found from where the numbers stand, measured in characters (as
 * pdftotext places them) or in display columns (as a terminal or a CJK editor shows them: wide
 * characters count two), whichever lines the numbers up; row labels that wrap over lines are joined.
 *
 * <p>A band of rows whose numbers fall into columns cleanly, as many columns as some table's rows
 * have, is a positional grid: a blank where a column has no number is a blank cell in its place. A
 * band whose columns cannot be told (one row, numbers out of line) keeps only its numbers in order,
 * for the recognizer's compacted-row reading, and the reader says so at warning level.
 */
final class AlignedText {

    /** Characters, then display columns. */
    private static final int MEASURES = 2;
    private static final int MIN_GAP = 2;
    /** How far apart two fragments of one wrapped label may start. */
    private static final int SAME_COLUMN = 3;
    private static final int MAX_WRAP_GAP = 3;
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("[0-9０-９]{4}年[0-9０-９]{1,2}月([0-9０-９]{1,2}日)?");
    private static final java.util.Set<String> DASHES = java.util.Set.of("-", "--", "—", "——", "–", "---");

    private final SchemaFacts facts = SchemaFacts.OFFICIAL;
    private final SourceLocation file;
    private final List<Grid> grids = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    /** The table whose title stood last on the page before the band being read, if any. */
    private org.xxgk.core.schema.TableSpec table;
    /** The lines between the last band (or table title) and the band being read: its header. */
    private List<Line> header = List.of();

    /** A run of non-space characters: where it starts and ends in each measure (end exclusive). */
    record Token(String text, int line, int[] start, int[] end, boolean value) {
    }

    /** One line's tokens; {@code formFeed} when a page starts with it. */
    record Line(int number, List<Token> tokens, boolean formFeed) {
        boolean hasValues() {
            return tokens.stream().anyMatch(Token::value);
        }
    }

    /** A label joined from its fragments. */
    private static final class Label {
        final List<Token> parts = new ArrayList<>();
        final int start;

        Label(Token first) {
            parts.add(first);
            start = first.start()[0];
        }

        int firstLine() {
            return parts.get(0).line();
        }

        int lastLine() {
            return parts.get(parts.size() - 1).line();
        }

        String text() {
            StringBuilder s = new StringBuilder();
            parts.forEach(p -> s.append(p.text()));
            return s.toString();
        }
    }

    private AlignedText(SourceLocation file) {
        this.file = file;
    }

    /** The result of reading: grids in reading order and what the reader found doubtful. */
    record Read(List<Grid> grids, List<Problem> problems) {
    }

    /** Reads one page of laid-out text (positions do not carry over a page break). */
    static Read readPage(List<Line> page, SourceLocation file) {
        AlignedText t = new AlignedText(file);
        t.read(withoutVerticalLabels(page));
        return new Read(t.grids, t.problems);
    }

    /**
     * The page without the characters of labels written down a merged cell, one a line (三、本年度办理结果,
     * （三）不予公开 beside 表三's rows): such a character stands first on its line, alone, and another stands
     * at its place a line or two above or below. They name no row and would spoil the labels beside them;
     * a line left with nothing is dropped (it was no row and no gap).
     */
    static List<Line> withoutVerticalLabels(List<Line> page) {
        List<Token> candidates = new ArrayList<>();
        for (Line l : page) {
            for (Token t : l.tokens()) {
                if (t.text().codePointCount(0, t.text().length()) != 1 || isNumber(t.text())
                        || SchemaFacts.OFFICIAL.isUnit(t.text()) || DASHES.contains(t.text())) {
                    break;
                }
                candidates.add(t);
            }
        }
        java.util.Set<Token> vertical = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Token a : candidates) {
            for (Token b : candidates) {
                int lines = Math.abs(a.line() - b.line());
                if (lines >= 1 && lines <= MAX_WRAP_GAP - 1 && Math.abs(a.start()[0] - b.start()[0]) <= 1) {
                    vertical.add(a);
                }
            }
        }
        if (vertical.isEmpty()) {
            return page;
        }
        List<Line> out = new ArrayList<>();
        for (Line l : page) {
            List<Token> kept = l.tokens().stream().filter(t -> !vertical.contains(t)).toList();
            if (!kept.isEmpty() || l.tokens().isEmpty()) {
                out.add(kept.size() == l.tokens().size() ? l : new Line(l.number(), kept, l.formFeed()));
            }
        }
        return out;
    }

    /** Whether a page's lines look laid out in columns: at least two lines with a number standing apart after other text. */
    static boolean isLaidOut(List<Line> page) {
        return page.stream().filter(l -> l.hasValues() && l.tokens().size() >= 2).count() >= 2;
    }

    // ------------------------------------------------------------------ tokens

    /** A line's tokens; {@code number} is the 1-based line number. */
    static Line tokenize(String raw, int number) {
        boolean formFeed = raw.indexOf('\f') >= 0;
        String text = formFeed ? raw.replace("\f", "") : raw;
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int chars = 0;
        int display = 0;
        int startChars = -1;
        int startDisplay = -1;
        int from = 0;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean space = cp == ' ' || cp == '\t';
            if (!space && startChars < 0) {
                startChars = chars;
                startDisplay = display;
                from = i;
            } else if (space && startChars >= 0) {
                words.add(text.substring(from, i));
                spans.add(new int[] {startChars, chars, startDisplay, display});
                startChars = -1;
            }
            if (i == text.length()) {
                break;
            }
            chars += cp == '\t' ? 8 - chars % 8 : 1;
            display += cp == '\t' ? 8 - display % 8 : DisplayWidth.of(cp);
            i += Character.charCount(cp);
        }
        List<Token> tokens = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            int[] s = spans.get(k);
            // pdftotext may set a number one space after its unit (万元 73.62)
            boolean apartBefore = k == 0 || s[0] - spans.get(k - 1)[1] >= MIN_GAP
                    || SchemaFacts.OFFICIAL.isUnit(words.get(k - 1));
            boolean apartAfter = k == words.size() - 1 || spans.get(k + 1)[0] - s[1] >= MIN_GAP;
            boolean value = isNumber(words.get(k)) && apartBefore && apartAfter;
            tokens.add(new Token(words.get(k), number, new int[] {s[0], s[2]}, new int[] {s[1], s[3]}, value));
        }
        return new Line(number, tokens, formFeed);
    }

    /** Digits (ASCII or full-width), a sign, thousands separators and decimals; nothing else. Scanned by hand. */
    static boolean isNumber(String s) {
        int i = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
        boolean digit = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                digit = true;
            } else if (!(digit && (c == '.' || c == ',' || c == '．' || c == '，'))) {
                return false;
            }
        }
        return digit;
    }

    // ------------------------------------------------------------------ bands

    private void read(List<Line> page) {
        List<Line> others = new ArrayList<>();
        int i = 0;
        while (i < page.size()) {
            Line line = page.get(i);
            table = titled(line).orElse(table);
            if (!line.hasValues()) {
                others.add(line);
                i++;
                continue;
            }
            int first = i;
            int[] valueStart = valueStart(List.of(line));
            if (!others.isEmpty() && labelTokens(line).isEmpty() && labelOnly(others.get(others.size() - 1), valueStart)) {
                first = i - 1; // the row's label starts on the line above its numbers
                others.remove(others.size() - 1);
            }
            header = afterTitle(others);
            flushOthers(others);
            List<Line> band = new ArrayList<>(page.subList(first, i + 1));
            int j = extend(page, band, i + 1);
            while (j + 1 < page.size() && page.get(j).tokens().isEmpty() && valueLines(band) == 1 && page.get(j + 1).hasValues()) {
                // pdftotext leaves an empty line where a row stands farther from the next: one row alone gives
                // no columns, so it joins the rows below when their numbers line up with its own
                List<Line> joined = new ArrayList<>(band);
                int k = extend(page, joined, j + 1);
                if (k == j + 1 || !aligns(joined)) {
                    break;
                }
                band = joined;
                j = k;
            }
            readBand(band);
            for (Line l : band) {
                table = titled(l).orElse(table); // a title read into the band as a label fragment
            }
            i = j;
        }
        flushOthers(others);
    }

    /** Adds to the band the lines from {@code j} that continue it; returns the index of the first that does not. */
    private static int extend(List<Line> page, List<Line> band, int j) {
        while (j < page.size()) {
            Line next = page.get(j);
            int[] vs = valueStart(band);
            if (next.hasValues() && labelTokens(next).stream().noneMatch(t -> t.start()[0] >= vs[0])
                    || !next.hasValues() && !next.tokens().isEmpty() && labelOnly(next, vs)) {
                band.add(next);
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static long valueLines(List<Line> band) {
        return band.stream().filter(Line::hasValues).count();
    }

    /** Whether a band's numbers fall into columns cleanly, as many as some table's rows have. */
    private boolean aligns(List<Line> band) {
        List<Token> values = band.stream().flatMap(l -> l.tokens().stream()).filter(Token::value).toList();
        for (int m = 0; m < MEASURES; m++) {
            List<int[]> c = columns(values, band, m);
            if (valueLines(band) >= 2 && c != null && facts.rowWidths().contains(c.size())) {
                return true;
            }
        }
        return false;
    }

    /** The lines after the last table title among them (all of them when none is a title). */
    private List<Line> afterTitle(List<Line> lines) {
        int from = 0;
        for (int k = 0; k < lines.size(); k++) {
            if (titled(lines.get(k)).isPresent()) {
                from = k + 1;
            }
        }
        return List.copyOf(lines.subList(from, lines.size()));
    }

    /** The table a line is the title of. */
    private java.util.Optional<org.xxgk.core.schema.TableSpec> titled(Line l) {
        StringBuilder text = new StringBuilder();
        l.tokens().forEach(t -> text.append(t.text()));
        return text.length() > 0 ? facts.tableTitled(text.toString()) : java.util.Optional.empty();
    }

    /** Lines outside any band (headers, titles, prose): cells split where two or more spaces stand. */
    private void flushOthers(List<Line> others) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Line l : others) {
            if (!l.tokens().isEmpty()) {
                rows.add(spacedCells(l));
            }
        }
        if (!rows.isEmpty()) {
            grids.add(new Grid(rows, false));
        }
        others.clear();
    }

    /**
     * A line outside the bands, one cell per word: pdftotext sets neighbouring header cells one space apart
     * ({@code 科研 社会公 法律服务}), so a single space may stand between cells too.
     */
    private List<Cell> spacedCells(Line l) {
        List<Cell> cells = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        l.tokens().forEach(t -> joined.append(t.text()));
        if (DATE.matcher(joined).matches()) {
            // pdftotext sets a date's numbers apart from 年 月 日 (2024 年 1 月 22 日): one cell, never a row of numbers
            cells.add(Cell.of(joined.toString(), at(l.number(), 1)));
            return cells;
        }
        for (Token t : l.tokens()) {
            cells.add(Cell.of(t.text(), at(l.number(), cells.size() + 1)));
        }
        return cells;
    }

    /** In each measure, where the band's first value column starts. */
    private static int[] valueStart(List<Line> band) {
        int[] vs = {Integer.MAX_VALUE, Integer.MAX_VALUE};
        for (Line l : band) {
            for (Token t : l.tokens()) {
                if (t.value()) {
                    for (int m = 0; m < MEASURES; m++) {
                        vs[m] = Math.min(vs[m], t.start()[m]);
                    }
                }
            }
        }
        return vs;
    }

    /** A line all of whose words end before the values start (in either measure): label fragments only. */
    private static boolean labelOnly(Line l, int[] valueStart) {
        if (l.tokens().isEmpty() || l.hasValues()) {
            return false;
        }
        Token last = l.tokens().get(l.tokens().size() - 1);
        return last.end()[0] < valueStart[0] || last.end()[1] < valueStart[1];
    }

    private static List<Token> labelTokens(Line l) {
        return l.tokens().stream().filter(t -> !t.value()).toList();
    }

    // ------------------------------------------------------------------ one band

    private void readBand(List<Line> band) {
        List<Token> values = band.stream().flatMap(l -> l.tokens().stream()).filter(Token::value).toList();
        long valueLines = band.stream().filter(Line::hasValues).count();
        List<int[]> columns = null;
        int measure = -1;
        for (int m = 0; m < MEASURES; m++) {
            List<int[]> c = columns(values, band, m);
            if (c != null && (columns == null || spread(c) < spread(columns))) {
                columns = c;
                measure = m;
            }
        }
        boolean positional = valueLines >= 2 && columns != null && facts.rowWidths().contains(columns.size());
        List<Cell> anchored = null;
        if (!positional && valueLines == 1) {
            // one row of numbers (表四): its columns only the header's words can give
            Line only = band.stream().filter(Line::hasValues).findFirst().orElseThrow();
            anchored = HeaderColumns.place(header, only, table, file).orElse(null);
            positional = anchored != null;
        }
        int width = anchored != null ? anchored.size() : columns != null ? columns.size() : 0;
        List<Label> labels = labels(band, valueStart(band));
        TreeMap<Integer, List<Cell>> rows = new TreeMap<>();
        for (Line l : band) {
            if (l.hasValues()) {
                rows.put(l.number(), new ArrayList<>());
            }
        }
        for (Label label : labels) {
            Integer row = rows.ceilingKey(label.firstLine());
            if (row == null || row > label.lastLine()) {
                rows.put(label.firstLine(), new ArrayList<>());
                row = label.firstLine();
            }
            rows.get(row).add(Cell.of(label.text(), at(label.firstLine(), null)));
        }
        for (Line l : band) {
            if (!l.hasValues()) {
                continue;
            }
            List<Cell> cells = rows.get(l.number());
            if (positional) {
                cells.addAll(anchored != null ? anchored : placed(l, columns, measure));
            } else {
                int col = cells.size() + 1;
                for (Token t : l.tokens()) {
                    if (t.value()) {
                        cells.add(Cell.of(t.text(), at(l.number(), col++)));
                    }
                }
            }
        }
        if (positional) {
            for (var e : rows.entrySet()) {
                if (band.stream().noneMatch(l -> l.number() == e.getKey() && l.hasValues())) {
                    for (int c = 0; c < width; c++) {
                        e.getValue().add(Cell.of("", at(e.getKey(), null)));
                    }
                }
            }
        } else if (lostCells(band)) {
            problems.add(Problem.of(Severity.WARNING, "layout.columns_unknown", List.of(),
                    at(band.get(0).number(), null).describe(),
                    "第" + band.get(0).number() + "行起按空格对齐的表格无法确定各数所在的列，空白单元格的位置已丢失，"
                            + "已按数值顺序读取，请对照原文核实"));
        }
        grids.add(new Grid(List.copyOf(rows.values()), positional));
    }

    /** Whether a band's rows hold different numbers of values, so that some lost blank cells. */
    private static boolean lostCells(List<Line> band) {
        return band.stream().filter(Line::hasValues).mapToLong(l -> l.tokens().stream().filter(Token::value).count())
                .distinct().count() > 1 || band.stream().filter(Line::hasValues).count() == 1
                && !SchemaFacts.OFFICIAL.rowWidths().contains((int) band.stream().filter(Line::hasValues)
                .flatMap(l -> l.tokens().stream()).filter(Token::value).count());
    }

    /** A value row: each column's number, or a blank cell where it has none. */
    private List<Cell> placed(Line l, List<int[]> columns, int measure) {
        Cell[] cells = new Cell[columns.size()];
        for (Token t : l.tokens()) {
            if (t.value()) {
                int c = columnOf(columns, t, measure);
                cells[c] = Cell.of(t.text(), at(l.number(), null));
            }
        }
        List<Cell> out = new ArrayList<>();
        for (Cell c : cells) {
            out.add(c != null ? c : Cell.of("", at(l.number(), null)));
        }
        return out;
    }

    /**
     * The value columns in one measure, as [first, end) ranges: numbers less than two spaces apart share a
     * column. {@code null} when a row has two numbers in one column (the numbers do not line up).
     * Neighbouring columns that no row fills both are one column whose numbers stand a little apart.
     */
    private static List<int[]> columns(List<Token> values, List<Line> band, int m) {
        List<Token> sorted = values.stream().sorted(Comparator.comparingInt(t -> t.start()[m])).toList();
        List<int[]> cols = new ArrayList<>();
        for (Token t : sorted) {
            int[] last = cols.isEmpty() ? null : cols.get(cols.size() - 1);
            if (last != null && t.start()[m] - last[1] < MIN_GAP) {
                last[1] = Math.max(last[1], t.end()[m]);
            } else {
                cols.add(new int[] {t.start()[m], t.end()[m]});
            }
        }
        for (Line l : band) {
            boolean[] used = new boolean[cols.size()];
            for (Token t : l.tokens()) {
                if (t.value()) {
                    int c = columnOf(cols, t, m);
                    if (used[c]) {
                        return null;
                    }
                    used[c] = true;
                }
            }
        }
        return mergeNeverTogether(cols, band, m);
    }

    private static List<int[]> mergeNeverTogether(List<int[]> cols, List<Line> band, int m) {
        for (int c = 0; c + 1 < cols.size(); c++) {
            boolean together = false;
            for (Line l : band) {
                boolean a = false;
                boolean b = false;
                for (Token t : l.tokens()) {
                    if (t.value()) {
                        int k = columnOf(cols, t, m);
                        a |= k == c;
                        b |= k == c + 1;
                    }
                }
                together |= a && b;
            }
            if (!together && cols.get(c + 1)[0] - cols.get(c)[1] <= MIN_GAP) {
                List<int[]> merged = new ArrayList<>(cols);
                merged.set(c, new int[] {cols.get(c)[0], cols.get(c + 1)[1]});
                merged.remove(c + 1);
                return mergeNeverTogether(merged, band, m);
            }
        }
        return cols;
    }

    private static int columnOf(List<int[]> cols, Token t, int m) {
        for (int c = 0; c < cols.size(); c++) {
            if (t.start()[m] < cols.get(c)[1]) {
                return c;
            }
        }
        return cols.size() - 1;
    }

    /** How loosely the numbers stand in their columns: the lower, the better the measure lines them up. */
    private static int spread(List<int[]> cols) {
        return cols.stream().mapToInt(c -> c[1] - c[0]).sum();
    }

    // ------------------------------------------------------------------ labels

    /**
     * The band's words joined into labels: a fragment continues the label above it that starts at about
     * the same place, unless it starts a label of its own (an enumerator, {@code 其中}), both are on rows of
     * their own, or the label above is already a whole label of the schema that the fragment would spoil.
     */
    private List<Label> labels(List<Line> band, int[] valueStart) {
        List<Label> labels = new ArrayList<>();
        for (Line l : band) {
            boolean row = isRowLine(l);
            for (Token t : l.tokens()) {
                if (t.value()) {
                    continue;
                }
                Label above = above(labels, t);
                if (above != null && continues(above, t, row, band)) {
                    above.parts.add(t);
                } else {
                    labels.add(new Label(t));
                }
            }
        }
        return labels;
    }

    private static Label above(List<Label> labels, Token t) {
        for (int k = labels.size() - 1; k >= 0; k--) {
            Label l = labels.get(k);
            if (Math.abs(l.start - t.start()[0]) <= SAME_COLUMN) {
                return l.lastLine() < t.line() && t.line() - l.lastLine() <= MAX_WRAP_GAP ? l : null;
            }
        }
        return null;
    }

    private boolean continues(Label above, Token t, boolean rowLine, List<Line> band) {
        LabelText lt = LabelText.of(t.text());
        if (!lt.enumerator().isEmpty() || t.text().startsWith("其中") || isUnitOrDash(t.text())
                || isUnitOrDash(above.text())) {
            return false;
        }
        boolean aboveOnRow = band.stream().anyMatch(l -> l.number() == above.lastLine() && isRowLine(l));
        if (aboveOnRow && rowLine) {
            return false;
        }
        String joined = above.text() + t.text();
        return facts.isLabel(joined) || !facts.isLabel(above.text());
    }

    /** A line that is a row of its own: it holds numbers, or a unit word (or a dash for none) standing as a cell. */
    private boolean isRowLine(Line l) {
        return l.hasValues() || l.tokens().size() >= 2 && isUnitOrDash(l.tokens().get(l.tokens().size() - 1).text());
    }

    /** A unit word, or the dash the statistics table prints in the unit column of a heading. */
    private boolean isUnitOrDash(String text) {
        return facts.isUnit(text) || DASHES.contains(text);
    }

    private SourceLocation at(int line, Integer column) {
        return column == null ? file.withLine(line) : file.withLine(line).withCell(null, column, null);
    }
}
