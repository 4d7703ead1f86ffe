package org.xxgk.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.xxgk.core.recognize.LabelText;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.LabelNode;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableSpec;
import org.xxgk.core.schema.TableView;

/**
 * What the text reader takes from the schema to lay text out in cells, never a label of its own: the
 * labels (to tell a wrapped label's end from the next label), the units, the table titles, and how
 * many value columns a table's rows have (to tell whether columns found by spacing can be trusted).
 */
final class SchemaFacts {

    static final SchemaFacts OFFICIAL = new SchemaFacts(Schema.official());

    private final Set<String> labels = new HashSet<>();
    private final Set<String> columnLabels = new HashSet<>();
    private final Set<String> rowLabels = new HashSet<>();
    private final Set<String> units = new HashSet<>();
    private final java.util.Map<String, TableSpec> titles = new java.util.HashMap<>();
    private final java.util.Map<TableSpec, Integer> widestOf = new java.util.HashMap<>();
    private final Set<Integer> rowWidths = new TreeSet<>();
    private int widest;
    /** Each table's value columns' own (lowest) headings, folded. */
    private final java.util.Map<TableSpec, Set<String>> leafColumns = new java.util.HashMap<>();
    /** Each table's rows by their width: the rules inside each row, as coefficients over its columns. */
    private final java.util.Map<TableSpec, java.util.Map<Integer, Set<List<List<Integer>>>>> shapes = new java.util.HashMap<>();

    /** Each table's row without a label (表四's one row of numbers), as each generation lays it out. */
    private final java.util.Map<TableSpec, List<UnlabelledRow>> unlabelled = new java.util.HashMap<>();

    /**
     * A row without a label: its value columns' own headings (folded) and codes in order, and the rules
     * inside it ({@link #shape}).
     */
    record UnlabelledRow(List<String> headings, List<String> codes, Set<List<List<Integer>>> shapes) {
    }

    private SchemaFacts(Schema schema) {
        schema.units().forEach(u -> units.add(LabelText.fold(u)));
        for (TableSpec t : schema.tables()) {
            titles.put(LabelText.fold(t.title()), t);
            t.blocks().forEach(b -> {
                b.rows().forEach(this::addLabels);
                b.rows().forEach(this::addRowLabels);
                b.columns().forEach(this::addLabels);
                b.columns().forEach(c -> addColumnLabels(c));
            });
            for (Generation g : Generation.values()) {
                schema.findView(t.id(), g).ifPresent(v -> addWidths(schema, v));
            }
        }
    }

    private void addLabels(LabelNode n) {
        labels.add(LabelText.fold(n.label()));
        labels.add(LabelText.fold(n.printedLabel()));
        n.variants().forEach(v -> labels.add(LabelText.fold(v)));
        n.children().forEach(this::addLabels);
    }

    private void addColumnLabels(LabelNode n) {
        columnLabels.add(LabelText.fold(n.label()));
        n.variants().forEach(v -> columnLabels.add(LabelText.fold(v)));
        n.children().forEach(this::addColumnLabels);
    }

    private void addRowLabels(LabelNode n) {
        if (!n.label().isEmpty()) {
            rowLabels.add(LabelText.fold(n.label()));
            rowLabels.add(LabelText.fold(n.printedLabel()));
        }
        n.variants().forEach(v -> rowLabels.add(LabelText.fold(v)));
        n.children().forEach(this::addRowLabels);
    }

    /** Whether the text is a row label of the schema (as printed or a variant). */
    boolean isRowLabel(String text) {
        String folded = LabelText.fold(text);
        return !folded.isEmpty() && rowLabels.contains(folded);
    }

    /** Whether the text is a column heading of the schema. */
    boolean isColumnLabel(String text) {
        return columnLabels.contains(LabelText.fold(text));
    }

    private void addWidths(Schema schema, TableView view) {
        List<org.xxgk.core.validate.Equation> equations = org.xxgk.core.validate.Equations.of(schema, view);
        for (TableView.Row row : view.rows()) {
            int n = row.columns().size();
            row.columns().forEach(c -> leafColumns.computeIfAbsent(view.table(), k -> new HashSet<>())
                    .add(LabelText.fold(c.path().get(c.path().size() - 1))));
            shapes.computeIfAbsent(view.table(), k -> new java.util.HashMap<>())
                    .computeIfAbsent(n, k -> new java.util.LinkedHashSet<>()).add(shape(view, row, equations));
            rowWidths.add(n);
            if (row.node().label().isEmpty()) {
                UnlabelledRow u = new UnlabelledRow(
                        row.columns().stream().map(c -> LabelText.fold(c.path().get(c.path().size() - 1))).toList(),
                        row.columns().stream().map(c -> view.code(row.key(), c.key())).toList(),
                        Set.of(shape(view, row, equations)));
                List<UnlabelledRow> known = unlabelled.computeIfAbsent(view.table(), k -> new ArrayList<>());
                if (!known.contains(u)) {
                    known.add(u);
                }
            }
            widest = Math.max(widest, n);
            widestOf.merge(view.table(), n, Math::max);
        }
    }

    /**
     * The rules that hold inside one row, each as one coefficient a column (+1 on the left side, -1 on the
     * right, 0 where the column is not in it): a rule all of whose cells are in the row.
     */
    private static List<List<Integer>> shape(TableView view, TableView.Row row, List<org.xxgk.core.validate.Equation> equations) {
        List<String> codes = row.columns().stream().map(c -> view.code(row.key(), c.key())).toList();
        List<List<Integer>> out = new ArrayList<>();
        for (org.xxgk.core.validate.Equation e : equations) {
            if (e.needsPrevious() || !codes.containsAll(e.codes())) {
                continue;
            }
            Integer[] coefficients = new Integer[codes.size()];
            java.util.Arrays.fill(coefficients, 0);
            e.left().forEach(t -> coefficients[codes.indexOf(t.code())] += t.negative() ? -1 : 1);
            e.right().forEach(t -> coefficients[codes.indexOf(t.code())] -= t.negative() ? -1 : 1);
            out.add(List.of(coefficients));
        }
        return List.copyOf(out);
    }

    /** Whether the text is a piece of a value column's own heading of the table (of any table when it is unknown). */
    boolean isColumnFragment(TableSpec table, String text) {
        String folded = LabelText.fold(text);
        if (folded.isEmpty()) {
            return false;
        }
        return (table != null ? leafColumns.getOrDefault(table, Set.of()).stream()
                : leafColumns.values().stream().flatMap(Set::stream)).anyMatch(l -> l.contains(folded));
    }

    /**
     * The rows of the table (of any table when it is unknown) that have this many value columns, each as
     * the rules inside it ({@link #shape}); empty when no row is so wide.
     */
    Set<List<List<Integer>>> rowShapes(TableSpec table, int width) {
        if (table != null) {
            return shapes.getOrDefault(table, java.util.Map.of()).getOrDefault(width, Set.of());
        }
        Set<List<List<Integer>>> out = new java.util.LinkedHashSet<>();
        shapes.values().forEach(m -> out.addAll(m.getOrDefault(width, Set.of())));
        return out;
    }

    /** The table's rows without a label, one for each layout the generations give it. */
    List<UnlabelledRow> unlabelledRows(TableSpec table) {
        return unlabelled.getOrDefault(table, List.of());
    }

    /** Whether the text is a label of the schema as it stands (folded: NFKC, spaces removed). */
    boolean isLabel(String text) {
        return labels.contains(LabelText.fold(text));
    }

    boolean isUnit(String text) {
        return units.contains(LabelText.fold(text));
    }

    /** The table whose title a line is ({@code 三、收到和处理政府信息公开申请情况}: the title after an enumerator). */
    java.util.Optional<TableSpec> tableTitled(String text) {
        String folded = LabelText.fold(text);
        return titles.entrySet().stream().filter(e -> folded.endsWith(e.getKey()) && folded.length() <= e.getKey().length() + 3)
                .map(java.util.Map.Entry::getValue).findFirst();
    }

    /** The most values a row of the table has. */
    int widestRow(TableSpec table) {
        return widestOf.getOrDefault(table, widest);
    }

    /** Whether the table has a row without a label (表四's one row of numbers). */
    static boolean hasUnlabelledRow(TableSpec table) {
        return table.blocks().stream().flatMap(b -> b.rows().stream()).anyMatch(n -> n.label().isEmpty());
    }

    /** The numbers of value columns that a row of some table has. */
    Set<Integer> rowWidths() {
        return rowWidths;
    }

    /** The most values a row of any table has. */
    int widestRow() {
        return widest;
    }

    List<String> units() {
        return List.copyOf(units);
    }
}
