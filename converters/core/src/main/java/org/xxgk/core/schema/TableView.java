package org.xxgk.core.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One table as it stands in one generation: its data rows, value columns and cells, in the official
 * order. Derived once from the {@link TableSpec} tree.
 */
public final class TableView {

    /** A data row with the block it is in, its labels from the top down, and its value columns. */
    public record Row(BlockSpec block, LabelNode node, List<String> path, List<Column> columns) {
        public String key() {
            return node.key();
        }

        /** Cheap, as the schema nodes' (the recognizer keys its maps by rows); value semantics kept. */
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Row r && block.equals(r.block) && node.equals(r.node) && path.equals(r.path)
                    && columns.equals(r.columns);
        }

        @Override
        public int hashCode() {
            return node.hashCode() * 31 + path.hashCode();
        }
    }

    /** A value column with its labels from the top down and its key joined along the path. */
    public record Column(LabelNode node, List<String> path, String key) {
    }

    private final TableSpec table;
    private final Generation generation;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, CellSpec> cells = new LinkedHashMap<>();

    TableView(TableSpec table, Generation generation) {
        this.table = table;
        this.generation = generation;
        for (BlockSpec block : table.blocksIn(generation)) {
            List<Column> columns = new ArrayList<>();
            collectColumns(block.columns(), List.of(), "", columns);
            collectRows(block, block.rows(), List.of(), columns);
        }
    }

    private void collectColumns(List<LabelNode> nodes, List<String> path, String keyPrefix, List<Column> out) {
        for (LabelNode node : nodes) {
            if (!node.belongsTo(generation)) {
                continue;
            }
            List<String> here = append(path, node.label());
            String key = join(keyPrefix, node.key());
            List<LabelNode> children = node.childrenIn(generation);
            if (children.isEmpty()) {
                out.add(new Column(node, here, key));
            } else {
                collectColumns(children, here, key, out);
            }
        }
    }

    private void collectRows(BlockSpec block, List<LabelNode> nodes, List<String> path, List<Column> columns) {
        for (LabelNode node : nodes) {
            if (!node.belongsTo(generation)) {
                continue;
            }
            List<String> here = node.label().isEmpty() ? path : append(path, node.label());
            if (node.key() != null) {
                Row row = new Row(block, node, here, columns);
                rows.add(row);
                columns.forEach(c -> addCell(row, c));
            }
            collectRows(block, node.childrenIn(generation), here, columns);
        }
    }

    private void addCell(Row row, Column column) {
        String code = join(join(table.codePrefix(), row.key()), column.key());
        String unit = firstNonNull(row.node().unit(), column.node().unit(), "件");
        ValueType type = firstNonNull(row.node().type(), column.node().type(), ValueType.COUNT);
        cells.put(code, new CellSpec(code, table.id(), generation, row.block().label(), row.path(),
                column.path(), row.key(), column.key(), unit, type));
    }

    public TableSpec table() {
        return table;
    }

    public Generation generation() {
        return generation;
    }

    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** Every cell of the table in this generation, row by row in the official order. */
    public List<CellSpec> cells() {
        return List.copyOf(cells.values());
    }

    public Optional<CellSpec> find(String code) {
        return Optional.ofNullable(cells.get(code));
    }

    public boolean contains(String code) {
        return cells.containsKey(code);
    }

    /** The code of the cell at a row and column key. */
    public String code(String rowKey, String columnKey) {
        return join(join(table.codePrefix(), rowKey), columnKey);
    }

    /** The distinct value columns over all blocks, in order of first appearance. */
    public List<Column> columns() {
        Map<String, Column> distinct = new LinkedHashMap<>();
        rows.forEach(r -> r.columns().forEach(c -> distinct.putIfAbsent(c.key(), c)));
        return List.copyOf(distinct.values());
    }

    private static List<String> append(List<String> path, String label) {
        List<String> out = new ArrayList<>(path);
        out.add(label);
        return out;
    }

    static String join(String a, String b) {
        if (a == null || a.isEmpty()) {
            return b == null ? "" : b;
        }
        return b == null || b.isEmpty() ? a : a + "." + b;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... options) {
        for (T t : options) {
            if (t != null) {
                return t;
            }
        }
        throw new IllegalStateException("no default");
    }
}
