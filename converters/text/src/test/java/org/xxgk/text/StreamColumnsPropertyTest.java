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
 * 表四 as plain {@code pdftotext} (without {@code -layout}) writes it: one cell a line, the header read a few
 * columns at a time, each run of heading words (two-line headings interleaved, group headings among them)
 * followed by the run's numbers in order, zeros left blank (a whole group too), then the next section and
 * the signature with its date. Every reading is exact, or says it is unsure (a warning, and every value
 * that differs flagged inferred): never a silent wrong value, and the date's numbers are never values.
 */
class StreamColumnsPropertyTest {

    private static final Recognizer RECOGNIZER = new Recognizer();
    private static final TableView T4 = Schema.official().view("t4", Generation.V2021);
    private static final int RUNS = 300;

    @Test
    void everyValueIsExactOrFlagged() throws Exception {
        int exact = 0;
        int full = 0;
        for (long seed = 1; seed <= RUNS; seed++) {
            Random rng = new Random(seed);
            Map<String, BigDecimal> values = values(rng);
            while (values.values().stream().allMatch(n -> n.signum() == 0)) {
                values = values(rng);
            }
            String text = render(values, rng);
            Report read = RECOGNIZER.recognize(TextReportReader.parse(text, "plain.txt"));
            boolean unsure = read.problems().stream().anyMatch(p -> p.severity() == Severity.WARNING
                    && (p.rule().startsWith("layout.") || p.rule().startsWith("compacted.")));
            boolean same = true;
            for (var e : values.entrySet()) {
                CellValue v = read.values().get(e.getKey());
                assertTrue(v != null, "seed " + seed + ": " + e.getKey() + " read\n" + text);
                if (v.number().compareTo(e.getValue()) != 0) {
                    same = false;
                    assertTrue(unsure && v.has(CellValue.Flag.INFERRED), "seed " + seed + ": " + e.getKey() + " read "
                            + v.number() + " instead of " + e.getValue() + " without saying so\n" + text + read.problems());
                }
            }
            if (same && !unsure) {
                exact++;
            }
            if (values.values().stream().allMatch(n -> n.signum() != 0)) {
                // no blank: every run has its numbers, read in order, nothing guessed
                full++;
                assertTrue(same && !unsure, "seed " + seed + ": a table without blanks read exactly\n" + text + read.problems());
                assertEquals(List.of(), read.values().entrySet().stream().filter(e -> e.getValue().has(CellValue.Flag.INFERRED))
                        .map(Map.Entry::getKey).toList(), "seed " + seed + ": nothing inferred");
            }
        }
        assertTrue(full > 0, "some tables without blanks");
        assertTrue(exact >= full, exact + " of " + RUNS + " read exactly");
    }

    /** Random outcomes per group, some left blank (0), a group all blank now and then; totals kept. */
    private static Map<String, BigDecimal> values(Random rng) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        List<TableView.Column> columns = T4.columns();
        String row = T4.rows().get(0).key();
        boolean noBlanks = rng.nextInt(4) == 0;
        int sum = 0;
        boolean blankGroup = false;
        for (int c = 0; c < columns.size(); c++) {
            String code = T4.code(row, columns.get(c).key());
            if (c % 5 == 0) {
                blankGroup = !noBlanks && rng.nextInt(5) == 0;
                sum = 0;
            }
            if (c % 5 == 4) {
                v.put(code, BigDecimal.valueOf(sum));
            } else {
                int n = blankGroup || !noBlanks && rng.nextInt(4) == 0 ? 0 : 1 + rng.nextInt(rng.nextBoolean() ? 9 : 60);
                sum += n;
                v.put(code, BigDecimal.valueOf(n));
            }
        }
        return v;
    }

    private static String render(Map<String, BigDecimal> values, Random rng) {
        StringBuilder out = new StringBuilder();
        // 表二's one-number rows before it, as plain pdftotext writes them
        out.append("二、主动公开政府信息情况\n第二十条第（五）项\n信息内容\n\n本年处理决定数量\n\n行政许可\n\n7\n");
        out.append("第二十条第（六）项\n\n信息内容\n\n本年处理决定数量\n\n行政处罚\n\n30\n\n行政强制\n\n47\n");
        out.append("第二十条第（八）项\n\n信息内容\n\n本年收费金额（单位：万元）\n\n行政事业性收费\n\n12.5\n\n");
        out.append(Schema.official().requireTable("t4").title()).append('\n');
        List<TableView.Column> columns = T4.columns();
        String row = T4.rows().get(0).key();
        int c = 0;
        while (c < columns.size()) {
            int end = Math.min(columns.size(), c + 1 + rng.nextInt(4));
            List<String> words = new ArrayList<>();
            for (int k = c; k < end; k++) {
                List<String> path = columns.get(k).path();
                for (int level = 0; level < path.size() - 1; level++) {
                    boolean first = k == 0 || !columns.get(k - 1).path().subList(0, level + 1).equals(path.subList(0, level + 1));
                    if (first) {
                        words.add(path.get(level)); // a group heading, on its own line before its columns' words
                    }
                }
            }
            // the leaves' two lines interleaved, each heading's top before its bottom
            List<List<String>> pieces = new ArrayList<>();
            for (int k = c; k < end; k++) {
                String leaf = columns.get(k).path().get(columns.get(k).path().size() - 1);
                pieces.add(leaf.length() > 2 ? new ArrayList<>(List.of(leaf.substring(0, 2), leaf.substring(2)))
                        : new ArrayList<>(List.of(leaf)));
            }
            while (pieces.stream().anyMatch(p -> !p.isEmpty())) {
                List<List<String>> left = pieces.stream().filter(p -> !p.isEmpty()).toList();
                List<String> p = left.get(rng.nextInt(left.size()));
                String word = p.remove(0);
                if (rng.nextInt(3) == 0 && !words.isEmpty()) {
                    words.set(words.size() - 1, words.get(words.size() - 1) + " " + word); // two words on a line
                } else {
                    words.add(word);
                }
            }
            words.forEach(w -> out.append(w).append('\n'));
            out.append('\n');
            for (int k = c; k < end; k++) {
                BigDecimal n = values.get(T4.code(row, columns.get(k).key()));
                if (n.signum() != 0) {
                    out.append(n.toPlainString()).append("\n\n");
                }
            }
            c = end;
        }
        out.append("五、存在的主要问题及改进情况\n加强政策解读和回应关切，规范信息发布。\n六、其他需要报告的事项\n本机关未收取信息处理费。\n");
        out.append("临江市生态环境局\n2024 年 1 月 22 日\n\n\f");
        return out.toString();
    }
}
