package org.xxgk.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
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
 * A region's worth of random valid reports for benchmarks: one agency per index with a name no other
 * index has (so that the consolidator counts every one), all for one year, every rule kept, sparse
 * like real reports. One in ten keeps the 2019 format. Report {@code i} depends only on the seed and
 * {@code i}, so that a benchmark can regenerate any of them, in any order, on any thread.
 *
 * <p>The value logic is the test kit's {@code RandomReports}, copied into main code because production
 * code must not depend on test jars.
 */
public final class SampleReports {

    static final int YEAR = 2024;
    private static final String[] DISTRICTS = {"", "东城区", "西城区", "南湖区", "北山区", "临江新区", "江北区", "高新区",
        "城关镇", "青石镇"};
    private static final String[] DEPARTMENTS = {"人民政府办公室", "发展和改革局", "教育局", "公安局", "民政局", "司法局",
        "财政局", "人力资源和社会保障局", "自然资源和规划局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局",
        "农业农村局", "商务局", "文化广电旅游局", "卫生健康委员会", "应急管理局", "市场监督管理局", "医疗保障局"};
    /** Chance that a 表三 result cell is not zero: real reports are sparse. */
    private static final double DENSITY = 0.2;

    private final Schema schema;
    private final long seed;

    public SampleReports(Schema schema, long seed) {
        this.schema = schema;
        this.seed = seed;
    }

    /** The report of agency {@code i}. */
    public Report report(int i) {
        Random random = new Random(seed * 1_000_003L + i);
        Generation g = i % 10 == 9 ? Generation.V2019 : Generation.V2021;
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        table2(g, v, random);
        table3(g, v, random);
        table4(v, random);
        Map<String, CellValue> values = new LinkedHashMap<>();
        Map<String, Generation> generations = new LinkedHashMap<>();
        for (var t : schema.tablesIn(g)) {
            generations.put(t.id(), g);
            schema.view(t.id(), g).cells().forEach(c -> values.put(c.code(), CellValue.of(v.get(c.code()))));
        }
        LocalDate published = LocalDate.of(YEAR + 1, 1, 10).plusDays(random.nextInt(20));
        return new Report("sample-" + i, "data", agency(i), YEAR, published, generations, values, List.of());
    }

    /** A name unique to {@code i}: district, department, then a numbered branch once they run out. */
    static String agency(int i) {
        int branch = i / (DISTRICTS.length * DEPARTMENTS.length);
        return "临江市" + DISTRICTS[i % DISTRICTS.length] + DEPARTMENTS[(i / DISTRICTS.length) % DEPARTMENTS.length]
                + (branch == 0 ? "" : "第" + branch + "分局");
    }

    private void table2(Generation g, Map<String, BigDecimal> v, Random random) {
        for (CellSpec c : schema.view("t2", g).cells()) {
            v.put(c.code(), switch (c.type()) {
                case AMOUNT -> BigDecimal.valueOf(random.nextInt(100_000), 2);
                case SIGNED -> BigDecimal.valueOf(random.nextInt(21) - 10);
                case COUNT -> BigDecimal.valueOf(random.nextInt(60));
            });
        }
    }

    /** Results per applicant column at random, then the totals and the balance that the rules imply. */
    private void table3(Generation g, Map<String, BigDecimal> v, Random random) {
        TableView view = schema.view("t3", g);
        List<TableView.Column> applicants = view.columns().stream().filter(c -> !c.key().equals("total")).toList();
        List<TableView.Row> results = view.rows().stream()
                .filter(r -> !List.of("new", "carried_in", "total", "carried_out").contains(r.key())).toList();
        for (TableView.Column c : applicants) {
            long total = 0;
            for (TableView.Row r : results) {
                long n = random.nextDouble() >= DENSITY ? 0 : 1 + random.nextInt(12);
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
            v.put(view.code(r.key(), "total"), applicants.stream().map(c -> v.get(view.code(r.key(), c.key())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    private static void table4(Map<String, BigDecimal> v, Random random) {
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
}
