package org.xxgk.core.schema;

import java.util.List;

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

    public List<BlockSpec> blocksIn(Generation g) {
        return blocks.stream().filter(b -> b.belongsTo(g)).toList();
    }
}
