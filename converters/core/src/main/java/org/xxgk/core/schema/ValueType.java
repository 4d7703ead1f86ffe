package org.xxgk.core.schema;

/** What a cell may hold. */
public enum ValueType {
    /** A non-negative whole number (most cells). */
    COUNT,
    /** A non-negative amount that may have decimals (万元 cells). */
    AMOUNT,
    /** A whole number that may be negative (the 2019 format's 本年增/减). */
    SIGNED;

    static ValueType parse(String s) {
        return s == null ? null : valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }

    public boolean allowsNegative() {
        return this == SIGNED;
    }

    public boolean allowsDecimals() {
        return this == AMOUNT;
    }
}
