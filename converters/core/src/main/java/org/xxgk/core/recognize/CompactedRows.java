package org.xxgk.core.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
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
 * (总计 = the sum of the applicants), then jointly (the column balances); among those left the
 * natural reading, leftmost columns first, wins.
 */
final class CompactedRows {

    /** A row that lost cells: its column codes in order and the values it kept, in order. */
    record Row(List<String> codes, List<BigDecimal> values) {
    }

    /**
     * The reading chosen for every row: the column index of each value.
     *
     * @param positions  per row, the column of each kept value
     * @param ambiguous  true when more than one reading satisfies the rules (or too many to check)
     * @param consistent true when the chosen reading satisfies every rule that involves these rows
     */
    record Outcome(List<int[]> positions, boolean ambiguous, boolean consistent) {
    }

    /** Readings to check before settling for the natural one; a real table needs far fewer. */
    private static final int BUDGET = 200_000;

    private final List<Row> rows;
    private final Map<String, BigDecimal> fixed;
    private final List<Equation> equations;
    private final List<List<int[]>> candidates = new ArrayList<>();
    private final int[] choice;
    private final List<int[]> solutions = new ArrayList<>();
    private int checked;

    private CompactedRows(List<Row> rows, Map<String, BigDecimal> fixed, List<Equation> equations) {
        this.rows = rows;
        this.fixed = fixed;
        this.equations = equations;
        this.choice = new int[rows.size()];
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
        for (Row row : rows) {
            List<int[]> fit = readings(row);
            if (fit.isEmpty()) {
                rowsConsistent = false;
                fit = List.of(firstReading(row));
            }
            candidates.add(fit);
        }
        List<Equation> joint = jointEquations();
        search(0, joint);
        boolean exhausted = checked >= BUDGET;
        if (solutions.isEmpty()) {
            return new Outcome(naturalReading(), exhausted || hasChoices(), false);
        }
        List<int[]> chosen = new ArrayList<>();
        int[] first = solutions.get(0);
        for (int i = 0; i < rows.size(); i++) {
            chosen.add(candidates.get(i).get(first[i]));
        }
        return new Outcome(chosen, solutions.size() > 1 || exhausted, rowsConsistent);
    }

    /** The distinct readings of one row that satisfy the rules lying wholly inside it, natural first. */
    private List<int[]> readings(Row row) {
        Set<Set<String>> kinds = new HashSet<>();
        List<int[]> out = new ArrayList<>();
        List<Equation> local = equations.stream().filter(e -> row.codes().containsAll(e.codes())).toList();
        for (int[] positions : Combinations.of(row.codes().size(), row.values().size())) {
            Map<String, BigDecimal> cells = place(row, positions);
            // Two readings that give every cell the same number are one reading (zeros moved among zeros).
            if (kinds.add(signature(cells)) && local.stream().allMatch(e -> holds(e, cells))) {
                out.add(positions);
            }
        }
        return out;
    }

    private void search(int i, List<Equation> joint) {
        if (solutions.size() > 1 || checked >= BUDGET) {
            return;
        }
        if (i == rows.size()) {
            checked++;
            Map<String, BigDecimal> all = new HashMap<>(fixed);
            for (int r = 0; r < rows.size(); r++) {
                all.putAll(place(rows.get(r), candidates.get(r).get(choice[r])));
            }
            if (joint.stream().allMatch(e -> holds(e, all))) {
                solutions.add(choice.clone());
            }
            return;
        }
        for (int c = 0; c < candidates.get(i).size() && solutions.size() < 2; c++) {
            choice[i] = c;
            search(i + 1, joint);
        }
    }

    /** The rules that touch these rows and whose every cell is known. */
    private List<Equation> jointEquations() {
        Set<String> known = new HashSet<>(fixed.keySet());
        Set<String> touched = new HashSet<>();
        rows.forEach(r -> {
            known.addAll(r.codes());
            touched.addAll(r.codes());
        });
        return equations.stream()
                .filter(e -> known.containsAll(e.codes()) && e.codes().stream().anyMatch(touched::contains))
                .toList();
    }

    private boolean hasChoices() {
        return candidates.stream().anyMatch(c -> c.size() > 1);
    }

    private List<int[]> naturalReading() {
        List<int[]> out = new ArrayList<>();
        candidates.forEach(c -> out.add(c.get(0)));
        return out;
    }

    private static int[] firstReading(Row row) {
        return Combinations.of(row.codes().size(), row.values().size()).get(0);
    }

    private static Map<String, BigDecimal> place(Row row, int[] positions) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        row.codes().forEach(code -> cells.put(code, BigDecimal.ZERO));
        for (int v = 0; v < positions.length; v++) {
            cells.put(row.codes().get(positions[v]), row.values().get(v));
        }
        return cells;
    }

    private static Set<String> signature(Map<String, BigDecimal> cells) {
        Set<String> s = new HashSet<>();
        cells.forEach((code, n) -> s.add(code + "=" + n.stripTrailingZeros().toPlainString()));
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
