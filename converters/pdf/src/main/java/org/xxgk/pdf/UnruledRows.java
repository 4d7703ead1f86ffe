package org.xxgk.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;

/**
 * The rows of a table drawn without lines, by position: a row for each text line that holds values,
 * its values in the columns of the header above ({@link UnruledColumns}, or the previous page's when
 * the table runs on without a header), blank where a column has none, and its label first — the label
 * that wraps over the lines around the values, or, for a value set at the bottom or middle of a tall
 * cell below or above its label, the label next to it. Labels written down a column stand before the
 * first row beside them, apart from the row labels.
 */
final class UnruledRows {

    /** A label and a value line further apart than this many font sizes are not one row. */
    private static final double ROW_REACH = 3.0;
    /** Words further right of the last column than this many font sizes are not in the table. */
    private static final double BEYOND = 3.0;

    private record Band(int end, UnruledColumns columns) {
    }

    private record Row(double y, List<StreamTables.Word> labels, String[] values) {
    }

    private final List<List<StreamTables.Word>> words;
    private final List<StreamTables.Word> stacks;
    private final Landmarks landmarks;
    private final UnruledColumns carried;
    private final boolean[] header;
    private final boolean[] data;
    private final Band[] band;
    private UnruledColumns last;

    UnruledRows(List<List<StreamTables.Word>> words, List<StreamTables.Word> stacks, Landmarks landmarks, UnruledColumns carried) {
        this.words = words;
        this.stacks = stacks;
        this.landmarks = landmarks;
        this.carried = carried;
        this.header = new boolean[words.size()];
        this.data = new boolean[words.size()];
        this.band = new Band[words.size()];
    }

    /** The columns in force at the end of the page. */
    UnruledColumns last() {
        return last;
    }

    /** The positional grid, or {@code null} when some values have no columns to stand in (no header read). */
    Grid grid(SourceLocation page) {
        if (!bands()) {
            return null;
        }
        List<List<StreamTables.Word>> labelsOf = new ArrayList<>();
        List<StreamTables.Word> pending = new ArrayList<>();
        String[][] values = new String[words.size()][];
        for (int i = 0; i < words.size(); i++) {
            labelsOf.add(new ArrayList<>());
            if (data[i] && (values[i] = values(i)) == null) {
                return null;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            for (StreamTables.Word w : roots(i)) {
                if (!header[i] && isLabel(w, i)) {
                    int d = firstData(w.firstLine, w.lastLine);
                    if (d >= 0) {
                        labelsOf.get(d).add(w);
                    } else {
                        pending.add(w);
                    }
                }
            }
        }
        pair(labelsOf, pending);
        return build(labelsOf, pending, values, page);
    }

    /** Finds the header bands and the data lines; false when a data line has no columns. */
    private boolean bands() {
        List<double[]> headings = new ArrayList<>();
        int bandEnd = -1;
        Band active = carried == null ? null : new Band(-1, carried);
        for (int i = 0; i < words.size(); i++) {
            List<StreamTables.Word> roots = roots(i);
            List<StreamTables.Word> found = roots.stream().filter(w -> !w.numeric() && landmarks.isColumnHeading(w.whole())).toList();
            if (!found.isEmpty()) {
                found.forEach(w -> headings.add(new double[] {w.left, w.right, w.middle, w.size}));
                header[i] = true;
                bandEnd = i;
            } else if (roots.stream().anyMatch(StreamTables.Word::numeric)) {
                if (!headings.isEmpty()) {
                    UnruledColumns columns = UnruledColumns.of(headings);
                    if (columns != null) {
                        active = new Band(bandEnd, columns);
                        // The lines between the header and its first values (a label set above them) are the table's.
                        for (int j = bandEnd + 1; j < i; j++) {
                            band[j] = active;
                        }
                    }
                    headings.clear();
                }
                if (active == null) {
                    return false;
                }
                data[i] = true;
            }
            band[i] = active;
        }
        last = active == null ? carried : active.columns();
        return true;
    }

    private List<StreamTables.Word> roots(int line) {
        return words.get(line).stream().filter(w -> w.joined == null).toList();
    }

    private boolean isLabel(StreamTables.Word w, int line) {
        return band[line] != null ? band[line].columns().isLabelSide(w.centre()) : !w.numeric();
    }

    /** The line's values by column; {@code null} when two fall in one column (the header was misread). */
    private String[] values(int line) {
        UnruledColumns columns = band[line].columns();
        String[] out = new String[columns.count()];
        for (StreamTables.Word w : roots(line)) {
            if (columns.isLabelSide(w.centre()) || w.centre() > columns.end() + BEYOND * w.size) {
                continue;
            }
            int c = columns.columnOf(w.centre());
            if (out[c] != null) {
                return null;
            }
            out[c] = w.whole();
        }
        return out;
    }

    private int firstData(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (data[i]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Gives each value line without a label the nearest label without values, all below their labels or
     * all above them, whichever pairs more: values at the bottom of tall cells whose labels stand at the
     * top, or the other way round. Headings over other rows are never given values.
     */
    private void pair(List<List<StreamTables.Word>> labelsOf, List<StreamTables.Word> pending) {
        List<Integer> orphans = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (data[i] && labelsOf.get(i).stream().allMatch(w -> landmarks.isParentHeading(w.whole()))) {
                orphans.add(i);
            }
        }
        List<StreamTables.Word> rows = pending.stream().filter(w -> !landmarks.isParentHeading(w.whole())).toList();
        if (orphans.isEmpty() || rows.isEmpty()) {
            return;
        }
        List<StreamTables.Word[]> down = pairs(orphans, rows, true);
        List<StreamTables.Word[]> up = pairs(orphans, rows, false);
        for (StreamTables.Word[] p : up.size() > down.size() ? up : down) {
            // p[0] stands for the value line (its first word), p[1] for the label.
            int line = p[0].firstLine;
            for (StreamTables.Word w : rows) {
                if (w.firstLine == p[1].firstLine) {
                    labelsOf.get(line).add(w);
                    pending.remove(w);
                }
            }
        }
    }

    private List<StreamTables.Word[]> pairs(List<Integer> orphans, List<StreamTables.Word> labels, boolean below) {
        List<StreamTables.Word[]> out = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        for (int d : orphans) {
            StreamTables.Word best = null;
            for (StreamTables.Word w : labels) {
                int from = below ? w.lastLine : d;
                int to = below ? d : w.firstLine;
                if (from >= to || used.contains(w.firstLine) || firstData(from + 1, to - 1) >= 0
                        || band[w.firstLine] != band[d] || (band[d].end() >= 0 && w.firstLine <= band[d].end())
                        || Math.abs(y(d) - w.middle) > ROW_REACH * w.size) {
                    continue;
                }
                if (best == null || (below ? w.lastLine > best.lastLine : w.firstLine < best.firstLine)) {
                    best = w;
                }
            }
            if (best != null) {
                used.add(best.firstLine);
                out.add(new StreamTables.Word[] {roots(d).get(0), best});
            }
        }
        return out;
    }

    private double y(int line) {
        return words.get(line).get(0).middle;
    }

    private Grid build(List<List<StreamTables.Word>> labelsOf, List<StreamTables.Word> pending, String[][] values,
                       SourceLocation page) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).isEmpty()) {
                continue;
            }
            if (data[i]) {
                rows.add(new Row(y(i), sorted(labelsOf.get(i)), values[i]));
                continue;
            }
            int line = i;
            List<StreamTables.Word> rest = roots(i).stream()
                    .filter(w -> header[line] || !isLabel(w, line) || pending.contains(w)).toList();
            if (!rest.isEmpty()) {
                rows.add(new Row(y(i), sorted(rest), null));
            }
        }
        rows.sort(Comparator.comparingDouble(Row::y));
        for (StreamTables.Word s : stacks) {
            Row at = rows.stream().filter(r -> r.y() >= s.middle - s.size / 2).findFirst().orElse(null);
            if (at != null) {
                at.labels().add(0, s);
            } else {
                rows.add(new Row(s.middle, new ArrayList<>(List.of(s)), null));
            }
        }
        List<List<Cell>> grid = new ArrayList<>();
        for (Row r : rows) {
            List<Cell> cells = new ArrayList<>();
            for (StreamTables.Word w : r.labels()) {
                cells.add(Cell.of(w.whole(), page.withCell(grid.size() + 1, cells.size() + 1, null)));
            }
            if (r.values() != null) {
                for (String v : r.values()) {
                    cells.add(Cell.of(v == null ? "" : v, page.withCell(grid.size() + 1, cells.size() + 1, null)));
                }
            }
            grid.add(cells);
        }
        return new Grid(grid, true);
    }

    private static List<StreamTables.Word> sorted(List<StreamTables.Word> ws) {
        List<StreamTables.Word> out = new ArrayList<>(ws);
        out.sort(Comparator.comparingDouble(w -> w.left));
        return out;
    }
}
