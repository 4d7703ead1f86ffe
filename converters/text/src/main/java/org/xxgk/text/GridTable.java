package org.xxgk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;

/**
 * A grid table ({@code +---+---+} borders, {@code |} between cells), merged cells included: each cell is
 * found by following its border from its top-left corner round to it (the method of docutils'
 * grid-table parser), so that a cell spanning rows or columns is one cell with its spans.
 */
final class GridTable {

    /** A cell's box: border rows and columns of its corners. */
    private record Box(int top, int left, int bottom, int right) {
    }

    private final int[][] m;

    private GridTable(int[][] m) {
        this.m = m;
    }

    static Optional<PandocTables.Found> parse(String[] lines, int first, SourceLocation file) {
        int indent = lines[first].indexOf('+');
        int end = first;
        while (end < lines.length && lines[end].length() > indent && lines[end].startsWith("+", indent)
                || end < lines.length && lines[end].length() > indent && lines[end].startsWith("|", indent)) {
            end++;
        }
        int[][] m = new int[end - first][];
        for (int i = first; i < end; i++) {
            m[i - first] = Columns.cells(lines[i].substring(indent));
        }
        Optional<Grid> grid = new GridTable(m).grid(first, file);
        int next = end;
        return grid.map(g -> new PandocTables.Found(g, next));
    }

    private Optional<Grid> grid(int firstLine, SourceLocation file) {
        List<Box> boxes = new ArrayList<>();
        for (int r = 0; r + 1 < m.length; r++) {
            for (int c = 0; c + 1 < m[r].length; c++) {
                if (at(r, c) == '+' && isRule(at(r, c + 1)) && isSide(at(r + 1, c))) {
                    scanRight(r, c).ifPresent(boxes::add);
                }
            }
        }
        if (boxes.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<Integer> rowEdges = new TreeSet<>();
        TreeSet<Integer> colEdges = new TreeSet<>();
        boxes.forEach(b -> {
            rowEdges.add(b.top());
            rowEdges.add(b.bottom());
            colEdges.add(b.left());
            colEdges.add(b.right());
        });
        List<Integer> rows = List.copyOf(rowEdges);
        List<Integer> cols = List.copyOf(colEdges);
        Cell[][] cells = new Cell[rows.size() - 1][cols.size() - 1];
        for (Box b : boxes) {
            int r0 = rows.indexOf(b.top());
            int c0 = cols.indexOf(b.left());
            int rowSpan = rows.indexOf(b.bottom()) - r0;
            int colSpan = cols.indexOf(b.right()) - c0;
            Cell cell = new Cell(text(b), rowSpan, colSpan, false,
                    file.withLine(firstLine + b.top() + 2).withCell(r0 + 1, c0 + 1, null));
            for (int r = r0; r < r0 + rowSpan; r++) {
                for (int c = c0; c < c0 + colSpan; c++) {
                    cells[r][c] = r == r0 && c == c0 ? cell : cell.coveredCopy();
                }
            }
        }
        List<List<Cell>> out = new ArrayList<>();
        for (int r = 0; r < cells.length; r++) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < cells[r].length; c++) {
                row.add(cells[r][c] != null ? cells[r][c] : Cell.of("", file.withLine(firstLine + 1)));
            }
            out.add(row);
        }
        return Optional.of(new Grid(out, true));
    }

    private Optional<Box> scanRight(int top, int left) {
        for (int c = left + 1; c < m[top].length; c++) {
            int ch = at(top, c);
            if (ch == '+') {
                Optional<Box> box = scanDown(top, left, c);
                if (box.isPresent()) {
                    return box;
                }
            } else if (!isRule(ch)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<Box> scanDown(int top, int left, int right) {
        for (int r = top + 1; r < m.length; r++) {
            int ch = at(r, right);
            if (ch == '+') {
                if (closes(top, left, r, right)) {
                    return Optional.of(new Box(top, left, r, right));
                }
            } else if (!isSide(ch)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether the bottom edge from {@code right} back to {@code left}, and the left edge up to {@code top}, are whole. */
    private boolean closes(int top, int left, int bottom, int right) {
        for (int c = right - 1; c > left; c--) {
            int ch = at(bottom, c);
            if (ch != '+' && !isRule(ch)) {
                return false;
            }
        }
        if (at(bottom, left) != '+') {
            return false;
        }
        for (int r = bottom - 1; r > top; r--) {
            int ch = at(r, left);
            if (ch != '+' && !isSide(ch)) {
                return false;
            }
        }
        return true;
    }

    private String text(Box b) {
        List<String> parts = new ArrayList<>();
        for (int r = b.top() + 1; r < b.bottom(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = b.left() + 1; c < b.right() && c < m[r].length; c++) {
                if (m[r][c] != 0) {
                    line.appendCodePoint(m[r][c]);
                }
            }
            parts.add(line.toString().strip());
        }
        return PandocTables.joinCellLines(parts);
    }

    private int at(int r, int c) {
        return r < m.length && c < m[r].length ? m[r][c] : ' ';
    }

    private static boolean isRule(int ch) {
        return ch == '-' || ch == '=' || ch == ':';
    }

    private static boolean isSide(int ch) {
        return ch == '|' || ch == '+';
    }
}
