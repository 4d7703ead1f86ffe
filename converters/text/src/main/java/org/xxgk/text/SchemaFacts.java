package org.xxgk.text;

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
    private final Set<String> units = new HashSet<>();
    private final java.util.Map<String, TableSpec> titles = new java.util.HashMap<>();
    private final java.util.Map<TableSpec, Integer> widestOf = new java.util.HashMap<>();
    private final Set<Integer> rowWidths = new TreeSet<>();
    private int widest;

    private SchemaFacts(Schema schema) {
        schema.units().forEach(u -> units.add(LabelText.fold(u)));
        for (TableSpec t : schema.tables()) {
            titles.put(LabelText.fold(t.title()), t);
            t.blocks().forEach(b -> {
                b.rows().forEach(this::addLabels);
                b.columns().forEach(this::addLabels);
                b.columns().forEach(c -> addColumnLabels(c));
            });
            for (Generation g : Generation.values()) {
                schema.findView(t.id(), g).ifPresent(this::addWidths);
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

    /** Whether the text is a column heading of the schema. */
    boolean isColumnLabel(String text) {
        return columnLabels.contains(LabelText.fold(text));
    }

    private void addWidths(TableView view) {
        for (TableView.Row row : view.rows()) {
            int n = row.columns().size();
            rowWidths.add(n);
            widest = Math.max(widest, n);
            widestOf.merge(view.table(), n, Math::max);
        }
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
