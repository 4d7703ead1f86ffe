package org.xxgk.odf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as content.xml gives it, before merged cells are laid out: its rows that hold something, each
 * with its cells by column (repeated rows and cells already expanded, within the bounds). Rows and cells
 * that hold nothing are not kept: they are the blanks between the kept ones.
 */
final class RawTable implements Block {

    /** A cell, or a position a merged cell covers ({@code covered}). */
    record RawCell(String text, String shown, int rowSpan, int colSpan, boolean covered, List<Block> content) {

        static final RawCell COVERED = new RawCell("", "", 1, 1, true, List.of());

        boolean holdsTables() {
            return content.stream().anyMatch(b -> b instanceof RawTable);
        }
    }

    /** A row that holds something: its index in the table and its cells by column ({@code null}: empty). */
    record RawRow(int index, RawCell[] cells) {
    }

    final String name;
    final String style;
    final List<RawRow> rows = new ArrayList<>();

    RawTable(String name, String style) {
        this.name = name;
        this.style = style;
    }

    /** Whether the table only lays out the page: one of its cells holds a table of its own. */
    boolean holdsTables() {
        return rows.stream().anyMatch(r -> java.util.Arrays.stream(r.cells()).anyMatch(c -> c != null && c.holdsTables()));
    }
}
