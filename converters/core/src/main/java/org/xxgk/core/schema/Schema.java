package org.xxgk.core.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.xxgk.core.model.Severity;

/**
 * The official formats as data: every table, block, row, column, code, unit, label variant and rule
 * of the three generations, read from {@code schema.json}. Every other part of the toolkit reads its
 * labels and codes from here.
 */
public final class Schema {

    private static final String RESOURCE = "schema.json";
    private static volatile Schema official;

    private final List<TableSpec> tables;
    private final List<RuleSpec> rules;
    private final List<String> units;
    private final Map<Generation, String> generationNames;
    private final Map<String, Map<Generation, TableView>> views = new LinkedHashMap<>();
    private final Map<String, CellSpec> cellsByCode = new LinkedHashMap<>();

    private Schema(List<TableSpec> tables, List<RuleSpec> rules, List<String> units,
                   Map<Generation, String> generationNames) {
        this.tables = List.copyOf(tables);
        this.rules = List.copyOf(rules);
        this.units = List.copyOf(units);
        this.generationNames = generationNames;
        for (TableSpec t : tables) {
            Map<Generation, TableView> byGeneration = new EnumMap<>(Generation.class);
            for (Generation g : t.generations()) {
                TableView view = new TableView(t, g);
                byGeneration.put(g, view);
                view.cells().forEach(c -> cellsByCode.putIfAbsent(c.code(), c));
            }
            views.put(t.id(), byGeneration);
        }
    }

    /** The schema of the official formats, loaded once from the bundled resource. */
    public static Schema official() {
        Schema s = official;
        if (s == null) {
            synchronized (Schema.class) {
                if (official == null) {
                    official = load();
                }
                s = official;
            }
        }
        return s;
    }

    private static Schema load() {
        try (InputStream in = Schema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + RESOURCE);
            }
            return SchemaParser.parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public List<TableSpec> tables() {
        return tables;
    }

    public List<RuleSpec> rules() {
        return rules;
    }

    /** The unit words that may stand in a cell beside a number ({@code 5件}). */
    public List<String> units() {
        return units;
    }

    /** The document that fixed a generation's format ({@code 国办公开办函〔2021〕30号}). */
    public String describe(Generation g) {
        return generationNames.get(g);
    }

    public Optional<TableSpec> findTable(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public TableSpec requireTable(String id) {
        return findTable(id).orElseThrow(() -> new IllegalArgumentException("未知的表：" + id + "，可选："
                + tables.stream().map(TableSpec::id).collect(Collectors.joining("、"))));
    }

    /** The tables that exist in a generation, in the official order. */
    public List<TableSpec> tablesIn(Generation g) {
        return tables.stream().filter(t -> t.generations().contains(g)).toList();
    }

    public Optional<TableView> findView(String tableId, Generation g) {
        return Optional.ofNullable(views.getOrDefault(tableId, Map.of()).get(g));
    }

    public TableView view(String tableId, Generation g) {
        return findView(tableId, g).orElseThrow(() -> new IllegalArgumentException(
                "表 " + tableId + " 没有 " + g.id() + " 版本"));
    }

    /** The cell with this code, in the newest generation that has it. */
    public Optional<CellSpec> findCell(String code) {
        return Optional.ofNullable(cellsByCode.get(code));
    }

    /** Every code of every generation, each once, in schema order. */
    public List<String> allCodes() {
        return List.copyOf(cellsByCode.keySet());
    }

    /** Reads schema.json; kept apart so that the Schema class holds no JSON plumbing. */
    private static final class SchemaParser {

        static Schema parse(JsonNode root) {
            List<TableSpec> tables = new ArrayList<>();
            root.get("tables").forEach(t -> tables.add(table(t)));
            List<RuleSpec> rules = new ArrayList<>();
            root.get("rules").forEach(r -> rules.add(rule(r)));
            List<String> units = strings(root.get("units"));
            Map<Generation, String> names = new EnumMap<>(Generation.class);
            root.get("generations").fields().forEachRemaining(e ->
                    names.put(Generation.require(e.getKey()), e.getValue().asText()));
            return new Schema(tables, rules, units, names);
        }

        private static TableSpec table(JsonNode t) {
            List<BlockSpec> blocks = new ArrayList<>();
            t.get("blocks").forEach(b -> blocks.add(new BlockSpec(text(b, "label"), generations(b),
                    nodes(b.get("columns")), nodes(b.get("rows")))));
            return new TableSpec(text(t, "id"), text(t, "name"), text(t, "codePrefix"), text(t, "title"),
                    text(t, "headerLabel"), text(t, "unitLabel"), List.copyOf(generations(t)), blocks);
        }

        private static List<LabelNode> nodes(JsonNode array) {
            List<LabelNode> out = new ArrayList<>();
            if (array != null) {
                array.forEach(n -> out.add(new LabelNode(text(n, "key"), text(n, "label"), strings(n.get("variants")),
                        text(n, "note"), text(n, "unit"), ValueType.parse(text(n, "type")), generations(n),
                        nodes(n.get("children")))));
            }
            return out;
        }

        private static RuleSpec rule(JsonNode r) {
            return new RuleSpec(text(r, "id"), Severity.valueOf(text(r, "severity").toUpperCase(java.util.Locale.ROOT)),
                    text(r, "table"), text(r, "description"), text(r, "forEach"), strings(r.get("left")),
                    strings(r.get("right")), text(r, "across"));
        }

        private static java.util.Set<Generation> generations(JsonNode n) {
            java.util.Set<Generation> out = new java.util.LinkedHashSet<>();
            strings(n.get("generations")).forEach(id -> out.add(Generation.require(id)));
            return out;
        }

        private static List<String> strings(JsonNode array) {
            List<String> out = new ArrayList<>();
            if (array != null) {
                array.forEach(s -> out.add(s.asText()));
            }
            return out;
        }

        private static String text(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }
    }
}
