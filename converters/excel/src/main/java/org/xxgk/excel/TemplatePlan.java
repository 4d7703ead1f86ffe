package org.xxgk.excel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.xxgk.core.layout.OfficialLayout;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableSpec;

/**
 * The template's layout description, shared by the writer, the filler and the reader: a cover sheet,
 * one sheet per official table in the generation chosen for it, and a hidden sheet that says so.
 * A sheet per table rather than one long sheet: each table keeps its own column widths (表三's long row
 * labels and 表四's fifteen narrow columns cannot share columns), its own page orientation and its own
 * repeated header rows.
 */
final class TemplatePlan {

    static final String COVER_SHEET = "封面";
    /** The hidden sheet recording that the workbook is our template, its layout version and generations. */
    static final String META_SHEET = "xxgk";
    static final String META_MARK = "xxgk-template";
    static final int LAYOUT_VERSION = 1;

    private final Schema schema;
    private final Map<String, Generation> generations;
    private final List<SheetPlan> sheets;

    private TemplatePlan(Schema schema, Map<String, Generation> generations) {
        this.schema = schema;
        this.generations = new LinkedHashMap<>(generations);
        this.sheets = generations.entrySet().stream()
                .map(e -> new SheetPlan(OfficialLayout.of(schema.view(e.getKey(), e.getValue())),
                        schema.requireTable(e.getKey()).name()))
                .toList();
    }

    /** The blank template of one generation: every table that generation has. */
    static TemplatePlan of(Schema schema, Generation g) {
        Map<String, Generation> all = new LinkedHashMap<>();
        schema.tablesIn(g).forEach(t -> all.put(t.id(), g));
        return new TemplatePlan(schema, all);
    }

    /**
     * The template for a report whose tables may be of different generations (a 2021 report keeping
     * 2019's 表三): each table in its own generation, tables the report lacks in the generation of the
     * others, so that the workbook is always the complete form.
     */
    static TemplatePlan of(Schema schema, Map<String, Generation> reportGenerations) {
        Generation main = reportGenerations.getOrDefault("t3", reportGenerations.values().stream().findFirst()
                .orElse(Generation.V2021));
        Map<String, Generation> all = new LinkedHashMap<>();
        for (TableSpec t : schema.tablesIn(main)) {
            all.put(t.id(), reportGenerations.getOrDefault(t.id(), main));
        }
        reportGenerations.forEach(all::putIfAbsent);
        return new TemplatePlan(schema, all);
    }

    /**
     * A plan read back from a workbook's hidden sheet; empty when the sheet records a table the schema
     * does not have in that generation (a damaged or foreign sheet: the workbook is then read as any
     * other). Plans are immutable and a region's workbooks record the same few, so they are made once:
     * laying the tables out is a good part of reading one.
     */
    static Optional<TemplatePlan> recorded(Schema schema, Map<String, Generation> generations) {
        if (generations.entrySet().stream().anyMatch(e -> schema.findView(e.getKey(), e.getValue()).isEmpty())) {
            return Optional.empty();
        }
        List<Object> key = List.of(schema, generations.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
        TemplatePlan plan = RECORDED.get(key);
        if (plan == null) {
            plan = new TemplatePlan(schema, generations);
            if (RECORDED.size() < MAX_RECORDED) {
                RECORDED.put(key, plan);
            }
        }
        return Optional.of(plan);
    }

    private static final Map<List<Object>, TemplatePlan> RECORDED = new ConcurrentHashMap<>();
    private static final int MAX_RECORDED = 64;

    Schema schema() {
        return schema;
    }

    Map<String, Generation> generations() {
        return generations;
    }

    List<SheetPlan> sheets() {
        return sheets;
    }

    Optional<SheetPlan> findSheet(String tableId) {
        return sheets.stream().filter(s -> s.table().id().equals(tableId)).findFirst();
    }

    /** The generation documents the template follows, for the cover: one, or one per table when mixed. */
    String describe() {
        if (generations.values().stream().distinct().count() == 1) {
            return "（按" + schema.describe(generations.values().iterator().next()) + "格式）";
        }
        StringBuilder out = new StringBuilder("（");
        sheets.forEach(s -> out.append(out.length() > 1 ? "；" : "").append(s.sheetName()).append("按")
                .append(schema.describe(s.generation())).append("格式"));
        return out.append("）").toString();
    }
}
