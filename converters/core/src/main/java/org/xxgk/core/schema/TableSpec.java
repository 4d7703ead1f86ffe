package org.xxgk.core.schema;

import java.util.List;
import java.util.Objects;

/**
 * One official table (表二, 表三, 表四, or the pre-2019 统计表) across the generations it exists in.
 *
 * @param id          {@code t2}, {@code t3}, {@code t4} or {@code legacy}
 * @param name        the short name users know: {@code 表二}
 * @param codePrefix  what every code of the table starts with ({@code t3}); empty for the legacy table
 * @param title       the official title
 * @param headerLabel the label of the top-left header cell, if any
 * @param unitLabel   the heading of the unit column, for tables that print one
 * @param generations the generations the table exists in, newest first
 * @param blocks      the table's parts
 */
public record TableSpec(String id, String name, String codePrefix, String title, String headerLabel,
                        String unitLabel, List<Generation> generations, List<BlockSpec> blocks) {

    public TableSpec {
        generations = List.copyOf(generations);
        blocks = List.copyOf(blocks);
    }

    /*
     * equals and hashCode keep the record's value semantics but are cheap: the recognizer hashes and
     * compares these schema nodes for every cell it reads, and the generated ones walk the whole tree.
     * The same node is equal at once; the hash takes the fields that tell nodes apart.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof TableSpec t && Objects.equals(id, t.id) && Objects.equals(name, t.name)
                && Objects.equals(codePrefix, t.codePrefix) && Objects.equals(title, t.title)
                && Objects.equals(headerLabel, t.headerLabel) && Objects.equals(unitLabel, t.unitLabel)
                && generations.equals(t.generations) && blocks.equals(t.blocks);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    public List<BlockSpec> blocksIn(Generation g) {
        return blocks.stream().filter(b -> b.belongsTo(g)).toList();
    }
}
