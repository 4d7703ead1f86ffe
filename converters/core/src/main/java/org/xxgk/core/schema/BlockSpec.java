package org.xxgk.core.schema;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A part of a table with its own rows and columns: 表二's blocks (第二十条第（一）项 …), or the whole
 * table for the others.
 *
 * @param label       the block's heading, or {@code null}
 * @param generations the generations it belongs to; empty for all of its table's
 * @param columns     the column headings, a tree
 * @param rows        the row headings, a tree
 */
public record BlockSpec(String label, Set<Generation> generations, List<LabelNode> columns, List<LabelNode> rows) {

    public BlockSpec {
        generations = generations == null ? Set.of() : Set.copyOf(generations);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /*
     * equals and hashCode keep the record's value semantics but are cheap: the recognizer hashes and
     * compares these schema nodes for every cell it reads, and the generated ones walk the whole tree.
     * The same node is equal at once; the hash takes the fields that tell nodes apart.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof BlockSpec b && Objects.equals(label, b.label) && generations.equals(b.generations)
                && columns.equals(b.columns) && rows.equals(b.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, generations, columns.size(), rows.size());
    }

    public boolean belongsTo(Generation g) {
        return generations.isEmpty() || generations.contains(g);
    }
}
