package org.xxgk.core.schema;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A row or column heading of an official table, with the headings under it.
 *
 * <p>A node with a key is a data row (or value column) in the generations where it has no visible
 * children. Row keys are whole; column keys are joined along the path ({@code review} +
 * {@code upheld} = {@code review.upheld}).
 *
 * @param key         the code part, or {@code null} for a heading without values
 * @param label       the official label, verbatim
 * @param variants    other labels that mean the same cell, seen in real reports
 * @param note        the official annotation printed after the label, if any
 * @param unit        the unit, when the node sets it
 * @param type        the value type, when the node sets it
 * @param generations the generations the node belongs to; empty for all of its table's
 * @param children    the headings under this one
 */
public record LabelNode(String key, String label, List<String> variants, String note, String unit,
                        ValueType type, Set<Generation> generations, List<LabelNode> children) {

    public LabelNode {
        variants = variants == null ? List.of() : List.copyOf(variants);
        generations = generations == null ? Set.of() : Set.copyOf(generations);
        children = children == null ? List.of() : List.copyOf(children);
    }

    /*
     * equals and hashCode keep the record's value semantics but are cheap: the recognizer hashes and
     * compares these schema nodes for every cell it reads, and the generated ones walk the whole tree.
     * The same node is equal at once; the hash takes the fields that tell nodes apart.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof LabelNode n && Objects.equals(key, n.key) && Objects.equals(label, n.label)
                && variants.equals(n.variants) && Objects.equals(note, n.note) && Objects.equals(unit, n.unit)
                && type == n.type && generations.equals(n.generations) && children.equals(n.children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, label, children.size());
    }

    public boolean belongsTo(Generation g) {
        return generations.isEmpty() || generations.contains(g);
    }

    public List<LabelNode> childrenIn(Generation g) {
        return children.stream().filter(c -> c.belongsTo(g)).toList();
    }

    /** The label with its official annotation, as printed in the official table. */
    public String printedLabel() {
        return note == null || note.startsWith(label) ? (note == null ? label : note) : label + note;
    }
}
