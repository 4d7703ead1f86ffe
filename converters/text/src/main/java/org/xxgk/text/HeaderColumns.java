package org.xxgk.text;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.schema.TableSpec;

/**
 * The columns of a table's only row of numbers, found from its header: {@code pdftotext -layout} prints
 * 表四 (and 2019's 政府集中采购) as one line of numbers under the header's words, so the numbers alone
 * give no column positions, and a cell left blank leaves only a wider gap.
 *
 * <p>The header's words that are pieces of the table's value-column headings (结果 / 维持, 总计, from the
 * schema) stand where their columns are; those at the same place on several lines are one column's
 * heading wrapped. When there are as many of them as a row of the table has columns, the numbers are
 * placed in order on the columns they stand nearest to, among the placements that keep the rules
 * inside the row (表四's group totals). pdftotext's positions are rough (it assigns columns page-wide),
 * so a placement is taken only when it is clearly nearer than every other one that keeps the rules;
 * otherwise nothing is placed, and the reader reads the numbers in order and says so.
 */
final class HeaderColumns {

    /** Header words whose starts differ by at most this belong to one column. */
    private static final int SAME_COLUMN = 1;
    /** How much nearer (in characters, summed over the numbers) the best placement must be than the next. */
    static final int MARGIN = 2;
    /** Placements tried at most (columns choose numbers): a wide table with few numbers is left alone. */
    private static final long MAX_PLACEMENTS = 50_000;

    private final SchemaFacts facts = SchemaFacts.OFFICIAL;

    private HeaderColumns() {
    }

    /** The row's cells, one per column (blank where it has no number), or empty when they cannot be told. */
    static Optional<List<Cell>> place(List<AlignedText.Line> header, AlignedText.Line row, TableSpec table, SourceLocation file) {
        return new HeaderColumns().placeRow(header, row, table, file);
    }

    private record Best(int[] columns, int width, int cost, int second) {
    }

    private Optional<List<Cell>> placeRow(List<AlignedText.Line> header, AlignedText.Line row, TableSpec table, SourceLocation file) {
        List<AlignedText.Token> values = row.tokens().stream().filter(AlignedText.Token::value).toList();
        BigDecimal[] numbers = new BigDecimal[values.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = number(values.get(i).text());
            if (numbers[i] == null) {
                return Optional.empty();
            }
        }
        Best best = null;
        for (int m = 0; m < 2; m++) {
            List<Integer> anchors = anchors(header, table, m);
            int width = anchors.size();
            Set<List<List<Integer>>> shapes = facts.rowShapes(table, width);
            if (width <= values.size() || shapes.isEmpty() || placements(width, values.size(), MAX_PLACEMENTS) > MAX_PLACEMENTS) {
                continue;
            }
            Best b = search(anchors, values, numbers, shapes, m);
            if (b != null && (best == null || b.cost() < best.cost())) {
                best = b;
            }
        }
        if (best == null || best.second() - best.cost() < MARGIN) {
            return Optional.empty();
        }
        Cell[] cells = new Cell[best.width()];
        for (int i = 0; i < values.size(); i++) {
            cells[best.columns()[i]] = Cell.of(values.get(i).text(), file.withLine(row.number()));
        }
        List<Cell> out = new ArrayList<>();
        for (Cell c : cells) {
            out.add(c != null ? c : Cell.of("", file.withLine(row.number())));
        }
        return Optional.of(out);
    }

    /**
     * Where the columns start in one measure: the header words that are pieces of a value column's
     * heading, those that start at about one place taken as one column.
     */
    private List<Integer> anchors(List<AlignedText.Line> header, TableSpec table, int m) {
        List<Integer> starts = new ArrayList<>();
        for (AlignedText.Line l : header) {
            for (AlignedText.Token t : l.tokens()) {
                if (!t.value() && facts.isColumnFragment(table, t.text())) {
                    starts.add(t.start()[m]);
                }
            }
        }
        starts.sort(null);
        List<Integer> anchors = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int s = starts.get(k);
            if (k == 0 || s - starts.get(k - 1) > SAME_COLUMN) {
                anchors.add(s);
            }
        }
        return anchors;
    }

    /** The nearest placement that keeps the rules of some row so wide, with the cost of the next nearest. */
    private Best search(List<Integer> anchors, List<AlignedText.Token> values, BigDecimal[] numbers,
                        Set<List<List<Integer>>> shapes, int m) {
        int[] current = new int[values.size()];
        int[][] best = {null};
        int[] costs = {Integer.MAX_VALUE, Integer.MAX_VALUE};
        walk(0, 0, 0, current, anchors, values, numbers, shapes, m, best, costs);
        if (best[0] == null) {
            return null;
        }
        return new Best(best[0], anchors.size(), costs[0], costs[1]);
    }

    private void walk(int i, int from, int cost, int[] current, List<Integer> anchors, List<AlignedText.Token> values,
                      BigDecimal[] numbers, Set<List<List<Integer>>> shapes, int m, int[][] best, int[] costs) {
        if (cost >= costs[1]) {
            return; // neither the best nor the next best
        }
        if (i == values.size()) {
            if (!keepsRules(current, numbers, anchors.size(), shapes)) {
                return;
            }
            if (cost < costs[0]) {
                costs[1] = costs[0];
                costs[0] = cost;
                best[0] = current.clone();
            } else {
                costs[1] = cost;
            }
            return;
        }
        for (int c = from; c <= anchors.size() - (values.size() - i); c++) {
            current[i] = c;
            walk(i + 1, c + 1, cost + Math.abs(values.get(i).start()[m] - anchors.get(c)), current, anchors, values,
                    numbers, shapes, m, best, costs);
        }
    }

    /** Whether the numbers so placed (blanks as 0) satisfy every rule inside some row of this width. */
    private static boolean keepsRules(int[] columns, BigDecimal[] numbers, int width, Set<List<List<Integer>>> shapes) {
        BigDecimal[] row = new BigDecimal[width];
        java.util.Arrays.fill(row, BigDecimal.ZERO);
        for (int i = 0; i < columns.length; i++) {
            row[columns[i]] = numbers[i];
        }
        return keepsRules(row, shapes);
    }

    /** Whether a row's numbers (blanks as 0) satisfy every rule inside some row of its width. */
    static boolean keepsRules(BigDecimal[] row, Set<List<List<Integer>>> shapes) {
        int width = row.length;
        for (List<List<Integer>> shape : shapes) {
            boolean all = true;
            for (List<Integer> rule : shape) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int c = 0; c < width; c++) {
                    sum = sum.add(row[c].multiply(BigDecimal.valueOf(rule.get(c))));
                }
                all &= sum.signum() == 0;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ways of placing {@code k} numbers in {@code n} columns in order (n choose k), or some number
     * above {@code cap} as soon as it is exceeded.
     */
    static long placements(int n, int k, long cap) {
        long r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
            if (r > cap) {
                return r;
            }
        }
        return r;
    }

    /** A cell's number (full-width digits and thousands separators allowed), or {@code null}. */
    static BigDecimal number(String text) {
        try {
            return new BigDecimal(Normalizer.normalize(text, Normalizer.Form.NFKC).replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
