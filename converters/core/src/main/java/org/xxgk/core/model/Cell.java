package org.xxgk.core.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One cell of a table grid as a reader found it.
 *
 * <p>A merged cell appears once as its origin, with its spans, and again in every position it covers
 * as a copy whose {@link #isCovered()} is true, so that positions in a {@link Grid} never shift.
 *
 * @param text       the cell's text, raw (line breaks kept), never null
 * @param rowSpan    rows the merged cell covers, at least 1
 * @param colSpan    columns the merged cell covers, at least 1
 * @param covered    true for a copy standing in a position that a merged cell covers
 * @param location   where the cell is in the source
 * @param flags      what the reader says of how it got the text (an OCR reader: {@link CellValue.Flag#OCR},
 *                   {@link CellValue.Flag#UNSURE}); the recognizer puts them on the value read from the cell.
 *                   Empty for readers that read text as written
 * @param confidence how sure the reader's engine is of the text, from 0 to 1, or {@code null} where the
 *                   text was not guessed by an engine; passed on to the value
 */
public record Cell(String text, int rowSpan, int colSpan, boolean covered, SourceLocation location,
                   Set<CellValue.Flag> flags, Double confidence) {

    public Cell {
        Objects.requireNonNull(text, "text");
        if (rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("spans must be at least 1: " + rowSpan + "x" + colSpan);
        }
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0 and 1: " + confidence);
        }
    }

    /** A cell whose text was read as written. */
    public Cell(String text, int rowSpan, int colSpan, boolean covered, SourceLocation location) {
        this(text, rowSpan, colSpan, covered, location, Set.of(), null);
    }

    public static Cell of(String text, SourceLocation location) {
        return new Cell(text, 1, 1, false, location);
    }

    public Cell coveredCopy() {
        return new Cell(text, rowSpan, colSpan, true, location, flags, confidence);
    }

    /** The same cell with what an engine says of its reading. */
    public Cell withReading(Set<CellValue.Flag> readingFlags, Double readingConfidence) {
        return new Cell(text, rowSpan, colSpan, covered, location, readingFlags, readingConfidence);
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    public boolean isCovered() {
        return covered;
    }
}
