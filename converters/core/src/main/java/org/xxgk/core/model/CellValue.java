package org.xxgk.core.model;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One number of a report with where it came from.
 *
 * @param number   the value; counts are integral, amounts may have decimals
 * @param raw      the cell's text as it stood in the source ({@code ""} for a blank cell)
 * @param location where the cell was found, or {@code null} for values that were not read from a source
 * @param flags    how the value was obtained
 * @param confidence how sure an OCR engine was of the cell's text, from 0 to 1; {@code null} for text
 *                 read as written
 */
public record CellValue(BigDecimal number, String raw, SourceLocation location, Set<Flag> flags, Double confidence) {

    /** How a value was obtained, when it was not simply read. */
    public enum Flag {
        /** The cell was empty and is read as 0. */
        BLANK,
        /** The cell held a placeholder for nothing ({@code -}, {@code /}, {@code —}, {@code 无}), read as 0. */
        PLACEHOLDER,
        /** Compacted text lost the cell's position; the column was inferred from the rules. */
        INFERRED,
        /** The unit was converted ({@code 251000元} in a 万元 column). */
        CONVERTED,
        /** The text was read from an image by an OCR engine (a scanned report or a photo). */
        OCR,
        /** The OCR engine was not sure of its reading (its confidence was under the threshold): check it by eye. */
        UNSURE,
        /**
         * Set by a reader on a grid cell, never on a value: the cell lies (partly) beyond the page's visible
         * edge and the file does not hold its content (a web page printed with a table wider than the
         * paper), so it is not read at all.
         */
        CUT
    }

    public CellValue {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(raw, "raw");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** A value read as written: no engine guessed its text. */
    public CellValue(BigDecimal number, String raw, SourceLocation location, Set<Flag> flags) {
        this(number, raw, location, flags, null);
    }

    public static CellValue of(long n) {
        return new CellValue(BigDecimal.valueOf(n), Long.toString(n), null, Set.of());
    }

    public static CellValue of(BigDecimal n) {
        return new CellValue(n, n.toPlainString(), null, Set.of());
    }

    /** Whole numbers from 0 up, shared by {@link #numberOnly()}. */
    private static final CellValue[] SMALL = new CellValue[4096];
    private static final BigDecimal SMALL_LIMIT = BigDecimal.valueOf(SMALL.length);

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = of(i);
        }
    }

    /**
     * The number alone, as {@link #of(BigDecimal)} makes it: what a consolidation of thousands of
     * reports keeps of each value (the sum and the detail rows need nothing else). Small whole numbers
     * are shared instances.
     */
    public CellValue numberOnly() {
        if (number.scale() == 0 && number.signum() >= 0 && number.compareTo(SMALL_LIMIT) < 0) {
            return SMALL[number.intValue()];
        }
        return location == null && flags.isEmpty() && confidence == null && raw.equals(number.toPlainString()) ? this : of(number);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    public CellValue withFlag(Flag flag) {
        EnumSet<Flag> more = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
        more.add(flag);
        return new CellValue(number, raw, location, more, confidence);
    }
}
