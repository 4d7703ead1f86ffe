package org.xxgk.core.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xxgk.core.validate.Equation;
import org.xxgk.core.validate.Term;

/**
 * Puts back the columns of rows that lost their empty cells when a table was copied out of a web page
 * ({@code 一、本年新收… | 1 | 1 | |||||||}): the values keep their order, so each reading is a choice of
 * columns in ascending order. Readings that break the table's rules are dropped, first row by row
 * (总计 = the sum of the applicants), then jointly (the column balances) by a search that checks the
 * bounds of every equation after each row is placed; among the readings left, the natural one
 * (leftmost columns first, row by row) wins.
 */
final class CompactedRows {

    /** A row that lost cells: its column codes in order and the values it kept, in order. */
    record Row(List<String> codes, List<BigDecimal> values) {
    }

    /**
     * The reading chosen for every row: the column index of each value.
     *
     * @param positions  per row, the column of each kept value
     * @param ambiguous  true when more than one reading satisfies the rules, or the search gave up
     * @param consistent true when the chosen reading satisfies every rule that involves these rows
     */
    record Outcome(List<int[]> positions, boolean ambiguous, boolean consistent) {
    }

    /**
     * Search steps before settling for what was found. The project's fixtures need at most some 73,000
     * (a 表三 of nineteen compacted rows); a step costs some 6 µs, so a search that cannot settle stops
     * within a second.
     */
    private static final int BUDGET = 100_000;

    private final List<Row> rows;
    private final Map<String, BigDecimal> fixed;
    private final List<Equation> equations;
    private final List<List<Map<String, BigDecimal>>> candidates = new ArrayList<>();
    private final List<List<int[]>> positions = new ArrayList<>();
    /** The code's row, for codes of compacted rows. */
    private final Map<String, Integer> rowOf = new HashMap<>();
    /** Per row, the equations that involve it. */
    private final List<List<Equation>> touching = new ArrayList<>();
    private final Map<String, BigDecimal> min = new HashMap<>();
    private final Map<String, BigDecimal> max = new HashMap<>();
    private final int[] choice;
    private final boolean[] assigned;
    private final List<int[]> solutions = new ArrayList<>();
    private int steps;

    private CompactedRows(List<Row> rows, Map<String, BigDecimal> fixed, List<Equation> equations) {
        this.rows = rows;
        this.fixed = fixed;
        this.equations = equations;
        this.choice = new int[rows.size()];
        this.assigned = new boolean[rows.size()];
    }

    /**
     * @param rows      the rows that lost cells
     * @param fixed     the values of the table's other cells, by code
     * @param equations the table's rules, this year's only
     */
    static Outcome solve(List<Row> rows, Map<String, BigDecimal> fixed, List<Equation> equations) {
        return new CompactedRows(rows, fixed, equations).solve();
    }

    private Outcome solve() {
        boolean rowsConsistent = true;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            row.codes().forEach(c -> rowOf.put(c, rows.indexOf(row)));
            List<int[]> fit = readings(row);
            if (fit.isEmpty()) {
                rowsConsistent = false;
                fit = List.of(Combinations.of(row.codes().size(), row.values().size()).get(0));
            }
            positions.add(fit);
            candidates.add(fit.stream().map(p -> place(row, p)).toList());
        }
        List<Equation> joint = jointEquations();
        for (int i = 0; i < rows.size(); i++) {
            int r = i;
            touching.add(joint.stream().filter(e -> e.codes().stream().anyMatch(c -> Integer.valueOf(r).equals(rowOf.get(c)))).toList());
            bounds(i);
        }
        search(order(), 0);
        boolean gaveUp = steps >= BUDGET;
        List<int[]> chosen = new ArrayList<>();
        int[] pick = solutions.isEmpty() ? new int[rows.size()] : solutions.get(0);
        for (int i = 0; i < rows.size(); i++) {
            chosen.add(positions.get(i).get(pick[i]));
        }
        boolean choices = candidates.stream().anyMatch(c -> c.size() > 1);
        return new Outcome(chosen, solutions.size() > 1 || gaveUp && choices, rowsConsistent && !solutions.isEmpty());
    }

    /** The distinct readings of one row that satisfy the rules lying wholly inside it, natural first. */
    private List<int[]> readings(Row row) {
        Set<Map<String, String>> kinds = new HashSet<>();
        List<int[]> out = new ArrayList<>();
        List<Equation> local = equations.stream().filter(e -> row.codes().containsAll(e.codes())).toList();
        for (int[] p : Combinations.of(row.codes().size(), row.values().size())) {
            Map<String, BigDecimal> cells = place(row, p);
            // Two readings that give every cell the same number are one reading (zeros moved among zeros).
            if (kinds.add(signature(cells)) && local.stream().allMatch(e -> holds(e, cells))) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Rows holding the largest numbers first, and among equals the ones with the fewest readings:
     * the totals row then comes early and bounds every column, and placing the rest into those
     * totals is bin packing, where largest-first fails soonest.
     */
    private int[] order() {
        Integer[] idx = new Integer[rows.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparing((Integer i) -> largest(rows.get(i)), Comparator.reverseOrder())
                .thenComparingInt(i -> candidates.get(i).size())
                .thenComparingInt(i -> i));
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    private static BigDecimal largest(Row row) {
        return row.values().stream().max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
    }

    private void search(int[] order, int depth) {
        if (solutions.size() > 1 || steps >= BUDGET) {
            return;
        }
        if (depth == order.length) {
            solutions.add(choice.clone());
            return;
        }
        int r = order[depth];
        assigned[r] = true;
        for (int c = 0; c < candidates.get(r).size() && solutions.size() < 2 && steps < BUDGET; c++) {
            steps++;
            choice[r] = c;
            if (touching.get(r).stream().allMatch(this::feasible)) {
                search(order, depth + 1);
            }
        }
        assigned[r] = false;
    }

    /** Whether the equation can still hold, given the rows placed so far and the bounds of the others. */
    private boolean feasible(Equation e) {
        BigDecimal[] left = range(e.left());
        BigDecimal[] right = range(e.right());
        return left[0].compareTo(right[1]) <= 0 && right[0].compareTo(left[1]) <= 0;
    }

    private BigDecimal[] range(List<Term> terms) {
        BigDecimal lo = BigDecimal.ZERO;
        BigDecimal hi = BigDecimal.ZERO;
        for (Term t : terms) {
            BigDecimal a;
            BigDecimal b;
            Integer r = rowOf.get(t.code());
            if (r == null) {
                a = b = fixed.getOrDefault(t.code(), BigDecimal.ZERO);
            } else if (assigned[r]) {
                a = b = candidates.get(r).get(choice[r]).get(t.code());
            } else {
                a = min.get(t.code());
                b = max.get(t.code());
            }
            if (t.negative()) {
                lo = lo.subtract(b);
                hi = hi.subtract(a);
            } else {
                lo = lo.add(a);
                hi = hi.add(b);
            }
        }
        return new BigDecimal[] {lo, hi};
    }

    /** The smallest and largest value each cell of a row takes over the row's readings. */
    private void bounds(int i) {
        for (String code : rows.get(i).codes()) {
            BigDecimal lo = null;
            BigDecimal hi = null;
            for (Map<String, BigDecimal> c : candidates.get(i)) {
                BigDecimal v = c.get(code);
                lo = lo == null || v.compareTo(lo) < 0 ? v : lo;
                hi = hi == null || v.compareTo(hi) > 0 ? v : hi;
            }
            min.put(code, lo);
            max.put(code, hi);
        }
    }

    /** The rules that touch these rows and whose every cell is known. */
    private List<Equation> jointEquations() {
        Set<String> known = new HashSet<>(fixed.keySet());
        known.addAll(rowOf.keySet());
        return equations.stream()
                .filter(e -> known.containsAll(e.codes()) && e.codes().stream().anyMatch(rowOf::containsKey))
                .toList();
    }

    private static Map<String, BigDecimal> place(Row row, int[] positions) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        row.codes().forEach(code -> cells.put(code, BigDecimal.ZERO));
        for (int v = 0; v < positions.length; v++) {
            cells.put(row.codes().get(positions[v]), row.values().get(v));
        }
        return cells;
    }

    private static Map<String, String> signature(Map<String, BigDecimal> cells) {
        Map<String, String> s = new HashMap<>();
        cells.forEach((code, n) -> s.put(code, n.stripTrailingZeros().toPlainString()));
        return s;
    }

    private static boolean holds(Equation e, Map<String, BigDecimal> cells) {
        return sum(e.left(), cells).compareTo(sum(e.right(), cells)) == 0;
    }

    private static BigDecimal sum(List<Term> terms, Map<String, BigDecimal> cells) {
        BigDecimal total = BigDecimal.ZERO;
        for (Term t : terms) {
            BigDecimal v = cells.getOrDefault(t.code(), BigDecimal.ZERO);
            total = t.negative() ? total.subtract(v) : total.add(v);
        }
        return total;
    }
}
