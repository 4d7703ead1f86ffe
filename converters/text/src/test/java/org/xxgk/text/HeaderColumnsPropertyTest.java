package org.xxgk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.Severity;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableView;

/**
 * 表四 as {@code pdftotext -layout} prints it: the header's words wrapped over two lines at their columns'
 * starts, one line of numbers a little right of them, zeros left blank (a whole group too). Random
 * column widths and offsets, labels from the schema. Every reading is either exact, with nothing
 * inferred, or says it is unsure (a warning, and every value that differs flagged inferred): never a
 * silent wrong value.
 */
class HeaderColumnsPropertyTest {

    private static final Recognizer RECOGNIZER = new Recognizer();
    private static final TableView T4 = Schema.official().view("t4", Generation.V2021);
    private static final TableView T2 = Schema.official().view("t2", Generation.V2021);
    private static final int RUNS = 300;

    @Test
    void blankCellsStayInTheirColumns() throws Exception {
        int exact = 0;
        for (long seed = 1; seed <= RUNS; seed++) {
            Random rng = new Random(seed);
            Map<String, BigDecimal> values = values(rng);
            while (values.values().stream().allMatch(n -> n.signum() == 0)) {
                values = values(rng); // a table of blanks prints no numbers at all: nothing to place
            }
            String text = render(values, rng);
            Report read = RECOGNIZER.recognize(TextReportReader.parse(text, "t4.txt"));
            boolean unsure = read.problems().stream().anyMatch(p -> p.severity() == Severity.WARNING
                    && (p.rule().startsWith("layout.") || p.rule().startsWith("compacted.")));
            boolean same = true;
            for (var e : values.entrySet()) {
                CellValue v = read.values().get(e.getKey());
                assertTrue(v != null, "seed " + seed + ": " + e.getKey() + " read\n" + text);
                if (v.number().compareTo(e.getValue()) != 0) {
                    same = false;
                    assertTrue(unsure && v.has(CellValue.Flag.INFERRED),
                            "seed " + seed + ": " + e.getKey() + " read " + v.number() + " instead of " + e.getValue()
                                    + " without saying so\n" + text);
                }
            }
            if (same && !unsure) {
                exact++;
                assertEquals(List.of(), read.values().entrySet().stream().filter(e -> e.getValue().has(CellValue.Flag.INFERRED))
                        .map(Map.Entry::getKey).toList(), "seed " + seed + ": read by the layout, nothing inferred");
            }
        }
        // the header gives the columns on most of them; the rest fall back to the rules, under a warning
        assertTrue(exact >= RUNS * 8 / 10, exact + " of " + RUNS + " read exactly; the first:\n" + render(values(new Random(1)), new Random(1))
                + RECOGNIZER.recognize(TextReportReader.parse(render(values(new Random(1)), new Random(1)), "t4.txt")).problems());
    }

    /** Random outcomes per group, some left blank (0), a group all blank now and then; totals kept. */
    private static Map<String, BigDecimal> values(Random rng) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        List<TableView.Column> columns = T4.columns();
        String row = T4.rows().get(0).key();
        int sum = 0;
        boolean blankGroup = false;
        for (int c = 0; c < columns.size(); c++) {
            String code = T4.code(row, columns.get(c).key());
            if (c % 5 == 0) {
                blankGroup = rng.nextInt(5) == 0;
                sum = 0;
            }
            if (c % 5 == 4) {
                v.put(code, BigDecimal.valueOf(sum));
            } else {
                int n = blankGroup || rng.nextInt(4) == 0 ? 0 : 1 + rng.nextInt(rng.nextBoolean() ? 9 : 60);
                sum += n;
                v.put(code, BigDecimal.valueOf(n));
            }
        }
        return v;
    }

    private static String render(Map<String, BigDecimal> values, Random rng) {
        List<TableView.Column> columns = T4.columns();
        int[] start = new int[columns.size()];
        int x = rng.nextInt(3);
        for (int c = 0; c < columns.size(); c++) {
            start[c] = x;
            x += 5 + rng.nextInt(8);
        }
        List<StringBuilder> header = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            header.add(new StringBuilder());
        }
        for (int c = 0; c < columns.size(); c++) {
            List<String> path = columns.get(c).path();
            for (int level = 0; level < path.size() - 1; level++) {
                boolean first = c == 0 || !columns.get(c - 1).path().subList(0, level + 1).equals(path.subList(0, level + 1));
                if (first) {
                    put(header.get(level), start[c] + 1, path.get(level));
                }
            }
            String leaf = path.get(path.size() - 1);
            put(header.get(2), start[c], leaf.substring(0, Math.min(2, leaf.length())));
            if (leaf.length() > 2) {
                put(header.get(3), start[c], leaf.substring(2));
            }
        }
        StringBuilder numbers = new StringBuilder();
        String row = T4.rows().get(0).key();
        for (int c = 0; c < columns.size(); c++) {
            BigDecimal n = values.get(T4.code(row, columns.get(c).key()));
            if (n.signum() != 0) {
                put(numbers, start[c] + rng.nextInt(3), n.toPlainString());
            }
        }
        // a page laid out in columns: two one-number rows of 表二 before it
        StringBuilder out = new StringBuilder();
        T2.rows().stream().filter(r -> r.columns().size() == 1).limit(2)
                .forEach(r -> out.append(r.node().label()).append("                    7\n"));
        out.append(Schema.official().requireTable("t4").title()).append("\n\n");
        header.forEach(h -> out.append(h).append('\n'));
        out.append(numbers).append('\n');
        return out.toString();
    }

    /** Writes the word at a character position, at least two spaces after what the line holds. */
    private static void put(StringBuilder line, int at, String word) {
        int pos = line.length() == 0 ? at : Math.max(at, line.length() + 2);
        while (line.length() < pos) {
            line.append(' ');
        }
        line.append(word);
    }
}
