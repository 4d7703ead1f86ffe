package org.xxgk.core.testkit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Report;
import org.xxgk.core.schema.CellSpec;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableView;

/**
 * Random reports that satisfy every rule, with non-zero values in every column, for property tests and
 * round trips. Seeded: the same seed gives the same report.
 */
public final class RandomReports {

    private static final String[] AGENCIES = {"临江市住房和城乡建设局", "临江市人民政府办公室", "临江市公安局",
        "临江市东城区人民政府", "临江市自然资源和规划局", "临江市市场监督管理局"};

    private final Schema schema = Schema.official();
    private final Random random;
    /** Chance that a 表三 result cell is not zero. */
    private final double density;

    /** Dense reports: most 表三 result cells are not zero. */
    public RandomReports(long seed) {
        this(seed, 0.75);
    }

    /**
     * @param density the chance that a 表三 result cell is not zero; real reports are sparse (0.1 to 0.2),
     *                which is what text that lost its empty cells mostly comes from
     */
    public RandomReports(long seed, double density) {
        this.random = new Random(seed);
        this.density = density;
    }

    /** A report of 表二, 表三 and 表四 in one generation, or the statistics table for {@link Generation#LEGACY}. */
    public Report next(Generation g) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        if (g == Generation.LEGACY) {
            legacy(v);
        } else {
            table2(g, v);
            table3(g, v);
            table4(g, v);
        }
        Map<String, CellValue> values = new LinkedHashMap<>();
        Map<String, Generation> generations = new LinkedHashMap<>();
        for (var t : schema.tablesIn(g)) {
            TableView view = schema.view(t.id(), g);
            generations.put(t.id(), g);
            view.cells().forEach(c -> values.put(c.code(), CellValue.of(v.get(c.code()))));
        }
        int year = g == Generation.LEGACY ? 2010 + random.nextInt(8) : g == Generation.V2019 ? 2019 + random.nextInt(2)
                : 2021 + random.nextInt(5);
        return new Report("random-" + g.id() + ".txt", "data", AGENCIES[random.nextInt(AGENCIES.length)], year, null,
                generations, values, List.of());
    }

    private void table2(Generation g, Map<String, BigDecimal> v) {
        for (CellSpec c : schema.view("t2", g).cells()) {
            BigDecimal n = switch (c.type()) {
                case AMOUNT -> BigDecimal.valueOf(random.nextInt(100_000), 2);
                case SIGNED -> BigDecimal.valueOf(random.nextInt(21) - 10);
                case COUNT -> BigDecimal.valueOf(1 + random.nextInt(60));
            };
            v.put(c.code(), n);
        }
    }

    /** Results per applicant column at random, then the totals and the balance that the rules imply. */
    private void table3(Generation g, Map<String, BigDecimal> v) {
        TableView view = schema.view("t3", g);
        List<TableView.Column> applicants = view.columns().stream().filter(c -> !c.key().equals("total")).toList();
        List<TableView.Row> results = view.rows().stream()
                .filter(r -> !List.of("new", "carried_in", "total", "carried_out").contains(r.key())).toList();
        for (TableView.Column c : applicants) {
            long total = 0;
            for (TableView.Row r : results) {
                long n = random.nextDouble() >= density ? 0 : 1 + random.nextInt(12);
                v.put(view.code(r.key(), c.key()), BigDecimal.valueOf(n));
                total += n;
            }
            long carriedOut = random.nextInt(6);
            long carriedIn = random.nextInt((int) Math.min(total + carriedOut, 8) + 1);
            v.put(view.code("total", c.key()), BigDecimal.valueOf(total));
            v.put(view.code("carried_out", c.key()), BigDecimal.valueOf(carriedOut));
            v.put(view.code("carried_in", c.key()), BigDecimal.valueOf(carriedIn));
            v.put(view.code("new", c.key()), BigDecimal.valueOf(total + carriedOut - carriedIn));
        }
        for (TableView.Row r : view.rows()) {
            BigDecimal sum = applicants.stream().map(c -> v.get(view.code(r.key(), c.key()))).reduce(BigDecimal.ZERO, BigDecimal::add);
            v.put(view.code(r.key(), "total"), sum);
        }
    }

    private void table4(Generation g, Map<String, BigDecimal> v) {
        for (String group : List.of("review", "suit_direct", "suit_after_review")) {
            long total = 0;
            for (String outcome : List.of("upheld", "corrected", "other", "pending")) {
                long n = random.nextInt(7);
                v.put("t4." + group + "." + outcome, BigDecimal.valueOf(n));
                total += n;
            }
            v.put("t4." + group + ".total", BigDecimal.valueOf(total));
        }
    }

    private void legacy(Map<String, BigDecimal> v) {
        for (CellSpec c : schema.view("legacy", Generation.LEGACY).cells()) {
            v.put(c.code(), c.type() == org.xxgk.core.schema.ValueType.AMOUNT
                    ? BigDecimal.valueOf(random.nextInt(10_000), 1) : BigDecimal.valueOf(1 + random.nextInt(300)));
        }
        sum(v, "l3.received", "l3.received.in_person", "l3.received.fax", "l3.received.online", "l3.received.letter");
        sum(v, "l3.closed", "l3.closed.on_time", "l3.closed.extended");
        sum(v, "l3.answered", "l3.answered.already_public", "l3.answered.granted", "l3.answered.partial",
                "l3.answered.denied", "l3.answered.not_this_agency", "l3.answered.not_exist", "l3.answered.amend",
                "l3.answered.other_channel");
        sum(v, "l4.review", "l4.review.upheld", "l4.review.corrected", "l4.review.other");
        sum(v, "l5.litigation", "l5.litigation.upheld", "l5.litigation.corrected", "l5.litigation.other");
        sum(v, "l8.staff", "l8.staff.full_time", "l8.staff.part_time");
    }

    private static void sum(Map<String, BigDecimal> v, String total, String... parts) {
        BigDecimal s = BigDecimal.ZERO;
        for (String p : parts) {
            s = s.add(v.get(p));
        }
        v.put(total, s);
    }
}
