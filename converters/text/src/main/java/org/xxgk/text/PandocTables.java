package org.xxgk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;

/**
 * The tables of pandoc's Markdown that are not pipe tables: simple and multiline tables (columns given
 * by the runs of a dash line, cells by spacing) and grid tables ({@code +---+} borders, with merged
 * cells as pandoc 3 writes them). Columns are counted in display width, as pandoc pads them.
 * Every cell keeps its place, so the grids are positional.
 */
final class PandocTables {

    /** A table found at a line: its grid and the index of the first line after it. */
    record Found(Grid grid, int next) {
    }

    private PandocTables() {
    }

    /** The table that starts at line {@code i}, if one does. */
    static Optional<Found> at(String[] lines, int i, SourceLocation file) {
        if (isGridBorder(lines[i])) {
            return GridTable.parse(lines, i, file);
        }
        List<int[]> runs = dashRuns(lines[i]);
        if (runs.size() >= 2) {
            return dashTable(lines, i, i + 1, runs, true, file);
        }
        if (runs.size() == 1 && i + 1 < lines.length && !lines[i + 1].isBlank()) {
            return headedMultiline(lines, i, file);
        }
        if (!lines[i].isBlank() && i + 2 < lines.length && dashRuns(lines[i + 1]).size() >= 2 && !lines[i + 2].isBlank()
                && (i == 0 || lines[i - 1].isBlank())) {
            // A simple table with a header: the header line, the dash line, the rows up to a blank line.
            return dashTable(lines, i, i + 2, dashRuns(lines[i + 1]), false, file);
        }
        return Optional.empty();
    }

    /** A multiline table with a header: a full dash line, header lines, the column dash line, rows, a full dash line. */
    private static Optional<Found> headedMultiline(String[] lines, int i, SourceLocation file) {
        for (int j = i + 1; j < lines.length && j < i + 12 && !lines[j].isBlank(); j++) {
            List<int[]> runs = dashRuns(lines[j]);
            if (runs.size() >= 2) {
                List<List<Cell>> header = rows(lines, i + 1, j, runs, true, file);
                return dashTable(lines, i + 1, j + 1, runs, true, file).map(body -> {
                    List<List<Cell>> all = new ArrayList<>(header);
                    all.addAll(body.grid().rows());
                    return new Found(new Grid(all, true), body.next());
                });
            }
            if (!runs.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The rows from {@code body} to the closing dash line (or, when {@code closedByDashes} is false, to a
     * blank line). Rows are lines, or, when the body has blank lines, blocks of lines between them.
     */
    private static Optional<Found> dashTable(String[] lines, int first, int body, List<int[]> runs,
                                             boolean closedByDashes, SourceLocation file) {
        int end = body;
        while (end < lines.length && !(closedByDashes ? !dashRuns(lines[end]).isEmpty() : lines[end].isBlank())) {
            end++;
        }
        if (closedByDashes && end >= lines.length || end == body) {
            return Optional.empty();
        }
        List<List<Cell>> rows = new ArrayList<>();
        if (first < body - 1) {
            rows.addAll(rows(lines, first, body - 1, runs, false, file)); // the header line of a simple table
        }
        rows.addAll(rows(lines, body, end, runs, hasBlank(lines, body, end), file));
        return Optional.of(new Found(new Grid(rows, true), closedByDashes ? end + 1 : end));
    }

    private static boolean hasBlank(String[] lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lines[i].isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static List<List<Cell>> rows(String[] lines, int from, int to, List<int[]> runs, boolean multiline,
                                         SourceLocation file) {
        List<List<Cell>> rows = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            boolean rowEnds = i == to || !multiline || lines[i].isBlank();
            if (!rowEnds) {
                continue;
            }
            int last = multiline ? i : Math.min(i + 1, to);
            if (last > start) {
                rows.add(row(lines, start, last, runs, file));
            }
            start = i + 1;
        }
        return rows;
    }

    /** One row from lines {@code [from, to)}: each column's slices joined. */
    private static List<Cell> row(String[] lines, int from, int to, List<int[]> runs, SourceLocation file) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < runs.size(); c++) {
            int left = runs.get(c)[0];
            int right = c + 1 < runs.size() ? runs.get(c + 1)[0] : Integer.MAX_VALUE;
            List<String> parts = new ArrayList<>();
            for (int i = from; i < to; i++) {
                parts.add(Columns.slice(lines[i], left, right).strip());
            }
            cells.add(Cell.of(joinCellLines(parts), file.withLine(from + 1).withCell(null, c + 1, null)));
        }
        return cells;
    }

    /** A cell's lines as one text: hard line breaks ({@code \} at the end) kept as breaks, escapes undone. */
    static String joinCellLines(List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            String s = p.endsWith("\\") ? p.substring(0, p.length() - 1) : p;
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(unescape(s));
        }
        return out.toString();
    }

    /** Markdown's backslash escapes ({@code \*}, {@code \"}) as the characters they stand for. */
    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length() && isAsciiPunctuation(s.charAt(i + 1))) {
                ch = s.charAt(++i);
            }
            out.append(ch);
        }
        return out.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }

    /**
     * The runs of dashes of a line made of dashes and spaces only (colons allowed at a run's ends, as
     * alignment marks), each as [first, end) display columns; empty for any other line. A line of runs
     * shorter than three dashes is no table rule. Scanned by hand: no regular expression, whatever the length.
     */
    static List<int[]> dashRuns(String line) {
        List<int[]> runs = new ArrayList<>();
        int runStart = -1;
        int dashes = 0;
        int col = 0;
        for (int i = 0; i <= line.length(); i++) {
            char ch = i < line.length() ? line.charAt(i) : ' ';
            boolean mark = ch == '-' || ch == ':';
            if (mark) {
                if (runStart < 0) {
                    runStart = col;
                    dashes = 0;
                }
                dashes += ch == '-' ? 1 : 0;
            } else if (ch == ' ') {
                if (runStart >= 0) {
                    if (dashes < 3) {
                        return List.of();
                    }
                    runs.add(new int[] {runStart, col});
                    runStart = -1;
                }
            } else {
                return List.of();
            }
            col++;
        }
        return runs;
    }

    /** A grid table's border or separator: {@code +}, then dashes or equals signs and {@code +}, nothing else. */
    static boolean isGridBorder(String line) {
        String s = line.strip();
        if (s.length() < 3 || s.charAt(0) != '+' || s.charAt(s.length() - 1) != '+') {
            return false;
        }
        boolean dash = false;
        for (int i = 1; i < s.length() - 1; i++) {
            char ch = s.charAt(i);
            if (ch == '-' || ch == '=') {
                dash = true;
            } else if (ch != '+' && ch != ':') {
                return false;
            }
        }
        return dash;
    }
}
