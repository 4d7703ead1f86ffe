package org.xxgk.core.recognize;

import java.util.ArrayList;
import java.util.List;

import org.xxgk.core.model.Cell;
import org.xxgk.core.schema.TableSpec;

/**
 * A row label and the cells that follow it up to the next label or the end of the row: one data row
 * of the source, before the row and its columns are decided.
 */
final class Segment {

    /**
     * The row headings the label may be, best match first (several where the label is ambiguous or a
     * variant in one generation is the official label in another); empty for 表四's unlabelled row.
     */
    final List<LabelMatcher.Match> candidates;
    final TableSpec table;
    /** How many headings had been seen when this label was met, for resolving duplicate labels by their parent. */
    final int historyMark;
    /** The label cell, or the first value cell of an unlabelled row. */
    final Cell label;
    /** True when empty cells hold their place (see {@link org.xxgk.core.model.Grid#positional()}). */
    final boolean positional;
    /** True when the label is words that match no heading of the schema (a local row, a note). */
    final boolean unknown;
    /** The cells after the label, empty ones included when positional. */
    final List<Cell> cells = new ArrayList<>();

    Segment(List<LabelMatcher.Match> candidates, TableSpec table, int historyMark, Cell label, boolean positional,
            boolean unknown) {
        this.candidates = List.copyOf(candidates);
        this.table = table;
        this.historyMark = historyMark;
        this.label = label;
        this.positional = positional;
        this.unknown = unknown;
    }

    boolean hasValues() {
        return cells.stream().anyMatch(c -> !c.isBlank());
    }
}
