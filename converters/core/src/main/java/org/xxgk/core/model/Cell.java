package org.xxgk.core.model;

import java.util.Objects;

/**
 * One cell of a table grid as a reader found it.
 *
 * <p>A merged cell appears once as its origin, with its spans, and again in every position it covers
 * as a copy whose {@link #isCovered()} is true, so that positions in a {@link Grid} never shift.
 *
 * @param text     the cell's text, raw (line breaks kept), never null
 * @param rowSpan  rows the merged cell covers, at least 1
 * @param colSpan  columns the merged cell covers, at least 1
 * @param covered  true for a copy standing in a position that a merged cell covers
 * @param location where the cell is in the source
 */
public record Cell(String text, int rowSpan, int colSpan, boolean covered, SourceLocation location) {

    public Cell {
        Objects.requireNonNull(text, "text");
        if (rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("spans must be at least 1: " + rowSpan + "x" + colSpan);
        }
    }

    public static Cell of(String text, SourceLocation location) {
        return new Cell(text, 1, 1, false, location);
    }

    public Cell coveredCopy() {
        return new Cell(text, rowSpan, colSpan, true, location);
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    public boolean isCovered() {
        return covered;
    }
}
