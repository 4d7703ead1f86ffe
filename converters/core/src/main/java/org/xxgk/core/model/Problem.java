package org.xxgk.core.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Something wrong or doubtful about a report: data first — the rule, the table, the cells by code,
 * where they stand in the source, both sides of an equation as numbers — and, for people, the same in
 * one Chinese sentence. A program highlights {@code where.ref()} (cell D14) without reading Chinese.
 *
 * @param severity how much it matters
 * @param rule     the rule's id from the schema ({@code t3.balance}), or a recognizer check id
 * @param table    the table's id ({@code t3}), or {@code null} when the problem is about no one table
 * @param cells    the codes of the cells involved
 * @param where    where in the source the problem shows (the first located cell involved), or {@code null}
 * @param left     the left side of the broken equation, or {@code null} when the problem is not an equation
 * @param right    the right side, or {@code null}
 * @param expected what the rule expected, in words (one side of the equation, or the expected content)
 * @param actual   what the report holds, in words
 * @param location where, in words ({@code 第3页，表三，自然人列}); may be empty
 * @param message  the whole problem in one Chinese sentence
 */
public record Problem(Severity severity, String rule, String table, List<String> cells, SourceLocation where,
                      BigDecimal left, BigDecimal right, String expected, String actual, String location, String message) {

    public Problem {
        cells = List.copyOf(cells);
        expected = expected == null ? "" : expected;
        actual = actual == null ? "" : actual;
        location = location == null ? "" : location;
    }

    /** A problem with its words only; {@link #inTable}, {@link #at} and {@link #withSides} add the data. */
    public Problem(Severity severity, String rule, List<String> cells, String expected, String actual, String location,
                   String message) {
        this(severity, rule, null, cells, null, null, null, expected, actual, location, message);
    }

    public static Problem of(Severity severity, String rule, List<String> cells, String location, String message) {
        return new Problem(severity, rule, cells, "", "", location, message);
    }

    /** This problem about a table, unless it already names one. */
    public Problem inTable(String tableId) {
        return table != null ? this : new Problem(severity, rule, tableId, cells, where, left, right, expected, actual, location, message);
    }

    /** This problem at a place in the source, unless it already has one. */
    public Problem at(SourceLocation place) {
        return where != null || place == null ? this
                : new Problem(severity, rule, table, cells, place, left, right, expected, actual, location, message);
    }

    /** This problem with both sides of its equation. */
    public Problem withSides(BigDecimal l, BigDecimal r) {
        return new Problem(severity, rule, table, cells, where, l, r, expected, actual, location, message);
    }
}
