package org.xxgk.server;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.xxgk.core.Xxgk;
import org.xxgk.core.consolidate.Counts;
import org.xxgk.core.consolidate.Entry;
import org.xxgk.core.consolidate.Region;
import org.xxgk.core.consolidate.RosterMatch;
import org.xxgk.core.consolidate.Status;
import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Severity;
import org.xxgk.core.schema.CellSpec;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.validate.Equation;
import org.xxgk.core.validate.Term;

/** A consolidated region as the 汇总 page shows it: the counts, the sums, the roster's answer, the charts. */
final class RegionJson {

    private static final String T3 = "t3";

    private RegionJson() {
    }

    static void describe(Xxgk xxgk, Region r, ObjectNode out) {
        if (r.name() != null) {
            out.put("name", r.name());
        }
        out.put("year", r.year());
        counts(r.counts(), out.putObject("counts"));
        ObjectNode generations = out.putObject("generations");
        r.summary().generations().forEach((table, g) -> generations.put(table, g.id()));
        ObjectNode values = out.putObject("values");
        r.summary().values().forEach((code, v) -> values.put(code, v.number()));
        ArrayNode imbalances = out.putArray("imbalances");
        for (Region.Imbalance i : r.imbalances()) {
            imbalances.addObject().put("message", i.problem().message())
                    .put("agencies", String.join("、", i.agencies().stream().map(e -> e.report().agency()).toList()));
        }
        ArrayNode missing = out.putArray("notReported");
        ArrayNode fuzzy = out.putArray("fuzzy");
        for (RosterMatch m : r.roster()) {
            if (m.entry() == null) {
                missing.add(m.rosterName());
            } else if (m.kind() == RosterMatch.Kind.FUZZY) {
                fuzzy.addObject().put("roster", m.rosterName()).put("agency", m.entry().report().agency());
            }
        }
        ArrayNode off = out.putArray("offRoster");
        r.offRoster().forEach(e -> off.addObject().put("agency", e.report().agency()).put("source", e.input().source()));
        charts(xxgk, r, out.putObject("charts"));
    }

    private static void counts(Counts c, ObjectNode out) {
        out.put("inputs", c.inputs()).put("files", c.files()).put("agencies", c.agencies()).put("warnings", c.warnings())
                .put("notReported", c.notReported()).put("offRoster", c.offRoster()).put("describe", c.describe());
        ArrayNode by = out.putArray("byStatus");
        for (Status s : Status.values()) {
            by.addObject().put("status", s.name()).put("text", s.chinese()).put("count", c.of(s));
        }
    }

    /**
     * The region's charts, labelled from the schema: 表三's new applications by applicant type, the outcomes
     * (the terms of the rule that makes the 总计 of outcomes), and the ten agencies with most applications.
     */
    private static void charts(Xxgk xxgk, Region r, ObjectNode out) {
        Generation g = r.summary().generations().get(T3);
        if (g == null) {
            return;
        }
        Map<String, CellValue> values = r.summary().values();
        ArrayNode applicants = out.putArray("applicants");
        xxgk.schema().view(T3, g).cells().stream()
                .filter(c -> "new".equals(c.rowKey()) && !"total".equals(c.columnKey()))
                .forEach(c -> point(applicants, c.columnName(), values.get(c.code())));
        ArrayNode outcomes = out.putArray("outcomes");
        xxgk.equations(T3, g).stream().filter(e -> e.rule().id().equals("t3.column_total"))
                .filter(e -> e.left().get(0).code().endsWith(".total.total")).findFirst()
                .ifPresent(e -> outcomes(xxgk, e, values, outcomes));
        ArrayNode top = out.putArray("top");
        String code = T3 + ".new.total";
        r.counted().stream().filter(e -> e.report().find(code).isPresent())
                .sorted(Comparator.comparing((Entry e) -> e.report().find(code).orElseThrow()).reversed()
                        .thenComparing(e -> e.report().agency() == null ? "" : e.report().agency()))
                .limit(10).forEach(e -> top.addObject().put("name", e.report().agency() == null ? e.input().source()
                        : e.report().agency()).put("value", e.report().find(code).orElseThrow()));
        out.put("applicationsLabel", xxgk.schema().findCell(code).map(CellSpec::rowName).orElse(code));
    }

    /** The outcomes grouped under their headings (（三）不予公开 sums its eight reasons), in the official order. */
    private static void outcomes(Xxgk xxgk, Equation e, Map<String, CellValue> values, ArrayNode out) {
        Map<String, BigDecimal> groups = new java.util.LinkedHashMap<>();
        for (Term t : e.right()) {
            String label = xxgk.schema().findCell(t.code())
                    .map(c -> c.rowPath().size() > 1 ? c.rowPath().get(1) : c.rowName()).orElse(t.code());
            CellValue v = values.get(t.code());
            groups.merge(label, v == null ? BigDecimal.ZERO : v.number(), BigDecimal::add);
        }
        groups.forEach((label, sum) -> out.addObject().put("name", label).put("value", sum));
    }

    private static void point(ArrayNode out, String label, CellValue v) {
        out.addObject().put("name", label).put("value", v == null ? BigDecimal.ZERO : v.number());
    }

    static long errors(List<Problem> problems) {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    }
}
