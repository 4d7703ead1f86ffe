package org.xxgk.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Severity;
import org.xxgk.core.recognize.LabelText;
import org.xxgk.core.schema.TableSpec;

/**
 * The columns of a table's only row of numbers (表四) in plain {@code pdftotext} output, where the header's
 * words and the numbers come one cell a line in reading order: pdftotext reads the header a few columns at
 * a time, each run of heading words followed by the run of those columns' numbers
 * ({@code 结果 维持 结果 纠正 其他 结果 2 6 尚未 总计 结果 审结 维持 2 10 2 …}). The headings of a run tell how
 * many columns it covers (their characters are those of so many consecutive columns of the official row);
 * a run with fewer numbers than columns holds blanks, which leave no trace.
 *
 * <p>A run with a number for each of its columns is read in the order pdftotext writes it (in every
 * rendering made so far a full run comes left to right; a long run that spans two groups beside a blank has
 * been seen out of order, and is a short run, so flagged). The blanks of the short runs are placed
 * where the rules inside the row (表四's group totals) allow, each run's numbers kept in their order: a
 * column that holds the same number (or the same blank) in every placement the rules allow is read so, and
 * every value of a short run is flagged {@code inferred} with a warning, since the text never said where
 * the blanks were. When more than one placement keeps the rules, the numbers of the undetermined columns
 * are read from the left, flagged, and the warning says so. When the headings cannot be told apart, a run
 * holds more numbers than columns, or no placement keeps the rules, nothing is placed, and the caller
 * reads the numbers in order as before.
 */
final class StreamColumns {

    /** Placements tried at most: a stream with more blanks than this allows is left alone. */
    private static final long MAX_PLACEMENTS = 200_000;

    private final SchemaFacts facts = SchemaFacts.OFFICIAL;

    private StreamColumns() {
    }

    /**
     * The row read from the stream: its cells, one per column (the values of short runs flagged
     * inferred), and the warning that says which were placed by the rules.
     */
    record Placed(List<Cell> cells, List<Problem> problems) {
    }

    /** A run of heading words and the numbers after it. */
    private record Run(List<Cell> words, List<Cell> numbers) {
    }

    /** The row's cells placed from the header words and numbers of a table's stream (its title left out). */
    static Optional<Placed> place(List<Cell> stream, TableSpec table) {
        return new StreamColumns().placeRow(stream, table);
    }

    private Optional<Placed> placeRow(List<Cell> stream, TableSpec table) {
        List<Run> runs = runs(stream, table);
        if (runs == null || runs.stream().allMatch(r -> r.numbers().isEmpty())) {
            return Optional.empty();
        }
        for (SchemaFacts.UnlabelledRow row : facts.unlabelledRows(table)) {
            Optional<Placed> placed = placeOn(runs, row, table);
            if (placed.isPresent()) {
                return placed;
            }
        }
        return Optional.empty();
    }

    /**
     * The stream cut into runs of heading words and numbers; the group headings (行政复议, 复议后起诉) are
     * left out. Null when something else stands among them or numbers come before any heading.
     */
    private List<Run> runs(List<Cell> stream, TableSpec table) {
        List<Run> runs = new ArrayList<>();
        for (Cell c : stream) {
            String text = c.text().strip();
            if (AlignedText.isNumber(text)) {
                if (runs.isEmpty()) {
                    return null;
                }
                runs.get(runs.size() - 1).numbers().add(c);
            } else if (facts.isColumnFragment(table, text)) {
                if (runs.isEmpty() || !runs.get(runs.size() - 1).numbers().isEmpty()) {
                    runs.add(new Run(new ArrayList<>(), new ArrayList<>()));
                }
                runs.get(runs.size() - 1).words().add(c);
            } else if (!facts.isColumnLabel(text)) {
                return null;
            }
        }
        return runs;
    }

    private Optional<Placed> placeOn(List<Run> runs, SchemaFacts.UnlabelledRow row, TableSpec table) {
        int width = row.headings().size();
        int[] first = new int[runs.size()];
        int[] widths = new int[runs.size()];
        int column = 0;
        for (int i = 0; i < runs.size(); i++) {
            first[i] = column;
            widths[i] = columnsOf(runs.get(i).words(), row.headings(), column);
            if (widths[i] <= 0 || widths[i] < runs.get(i).numbers().size()) {
                return Optional.empty();
            }
            column += widths[i];
        }
        if (column != width) {
            return Optional.empty();
        }
        BigDecimal[][] numbers = new BigDecimal[runs.size()][];
        long placements = 1;
        for (int i = 0; i < runs.size(); i++) {
            List<Cell> ns = runs.get(i).numbers();
            numbers[i] = new BigDecimal[ns.size()];
            for (int k = 0; k < ns.size(); k++) {
                numbers[i][k] = HeaderColumns.number(ns.get(k).text());
                if (numbers[i][k] == null) {
                    return Optional.empty();
                }
            }
            placements *= HeaderColumns.placements(widths[i], ns.size(), MAX_PLACEMENTS);
            if (placements > MAX_PLACEMENTS) {
                return Optional.empty();
            }
        }
        // every placement that keeps the rules: for each column, the run's number index it holds (-1 blank)
        Search s = new Search(runs.size(), width, first, widths, numbers, row.shapes());
        s.walk(0, new int[width]);
        if (s.found == null) {
            return Optional.empty();
        }
        List<Cell> cells = new ArrayList<>();
        List<String> inferred = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            boolean shortRun = runs.get(i).numbers().size() < widths[i];
            for (int c = first[i]; c < first[i] + widths[i]; c++) {
                int k = s.found[c];
                Cell at = k >= 0 ? runs.get(i).numbers().get(k)
                        : Cell.of("", runs.get(i).words().get(0).location());
                if (shortRun) {
                    at = at.withReading(EnumSet.of(CellValue.Flag.INFERRED), null);
                    inferred.add(row.codes().get(c));
                    if (!s.fixed[c]) {
                        open.add(row.codes().get(c));
                    }
                }
                cells.add(at);
            }
        }
        List<Problem> problems = new ArrayList<>();
        if (!inferred.isEmpty()) {
            String where = runs.get(0).words().get(0).location().describe();
            String table4 = table.name();
            if (open.isEmpty()) {
                problems.add(Problem.of(Severity.WARNING, "layout.blanks_inferred", inferred, where,
                        table4 + "在文本中一格一行、没有留下空白单元格的位置（常见于不带 -layout 的 pdftotext 输出），"
                                + "已按勾稽关系推断空白所在的列（只有这一种读法满足勾稽关系），请对照原文核实"));
            } else {
                problems.add(Problem.of(Severity.WARNING, "layout.blanks_ambiguous", inferred, where,
                        table4 + "在文本中一格一行、没有留下空白单元格的位置（常见于不带 -layout 的 pdftotext 输出），"
                                + "按勾稽关系有不止一种读法，无法确定的 " + open.size() + " 格已按从左到右读取，请对照原文核实"));
            }
        }
        return Optional.of(new Placed(cells, problems));
    }

    /**
     * How many consecutive columns from {@code from} the words are the headings of: their characters,
     * counted, are those of so many headings (pdftotext interleaves two-line headings: 尚未 总计 结果 审结 维持).
     * 0 when no number of columns fits.
     */
    private static int columnsOf(List<Cell> words, List<String> headings, int from) {
        Map<Integer, Integer> wanted = new HashMap<>();
        int chars = 0;
        for (Cell w : words) {
            String f = LabelText.fold(w.text());
            chars += f.codePointCount(0, f.length());
            f.codePoints().forEach(cp -> wanted.merge(cp, 1, Integer::sum));
        }
        Map<Integer, Integer> have = new HashMap<>();
        int count = 0;
        for (int c = from; c < headings.size(); c++) {
            String h = headings.get(c);
            for (int cp : h.codePoints().toArray()) {
                int n = have.merge(cp, 1, Integer::sum);
                if (n > wanted.getOrDefault(cp, 0)) {
                    return 0;
                }
                count++;
            }
            if (count == chars) {
                return c - from + 1;
            }
        }
        return 0;
    }

    /** The walk over the placements: each run's numbers in order on some of its columns. */
    private static final class Search {
        private final int runs;
        private final int width;
        private final int[] widths;
        private final BigDecimal[][] numbers;
        private final Set<List<List<Integer>>> shapes;
        private final int[] starts;
        /** The first placement found (numbers as far left as they go), or null. */
        int[] found;
        /** Whether each column holds the same in every placement found. */
        boolean[] fixed;

        Search(int runs, int width, int[] first, int[] widths, BigDecimal[][] numbers, Set<List<List<Integer>>> shapes) {
            this.runs = runs;
            this.width = width;
            this.starts = first;
            this.widths = widths;
            this.numbers = numbers;
            this.shapes = shapes;
            this.fixed = new boolean[width];
        }

        void walk(int run, int[] current) {
            if (run == runs) {
                BigDecimal[] row = new BigDecimal[width];
                int[] where = new int[width];
                for (int r = 0; r < runs; r++) {
                    for (int c = starts[r]; c < starts[r] + widths[r]; c++) {
                        where[c] = current[c];
                        row[c] = current[c] >= 0 ? numbers[r][current[c]] : BigDecimal.ZERO;
                    }
                }
                if (!HeaderColumns.keepsRules(row, shapes)) {
                    return;
                }
                if (found == null) {
                    found = where;
                    java.util.Arrays.fill(fixed, true);
                } else {
                    for (int c = 0; c < width; c++) {
                        fixed[c] &= found[c] == where[c];
                    }
                }
                return;
            }
            choose(run, 0, starts[run], current);
        }

        /** Places number {@code k} of the run at a column from {@code from} on, then the rest. */
        private void choose(int run, int k, int from, int[] current) {
            int n = numbers[run].length;
            int end = starts[run] + widths[run];
            if (k == n) {
                for (int c = from; c < end; c++) {
                    current[c] = -1;
                }
                walk(run + 1, current);
                return;
            }
            for (int c = from; c <= end - (n - k); c++) {
                for (int b = from; b < c; b++) {
                    current[b] = -1;
                }
                current[c] = k;
                choose(run, k + 1, c + 1, current);
            }
        }
    }
}
