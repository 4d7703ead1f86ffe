package org.xxgk.core.model;

import java.util.List;

/**
 * Something wrong or doubtful about a report, phrased so that a person can act on it.
 *
 * @param severity how much it matters
 * @param rule     the rule's id from the schema ({@code t3.balance}), or a recognizer check id
 * @param cells    the codes of the cells involved
 * @param expected what the rule expected (one side of the equation, or the expected content)
 * @param actual   what the report holds
 * @param location where in the source, in words ({@code 第3页，表三，自然人列}); may be empty
 * @param message  the whole problem in one Chinese sentence
 */
public record Problem(Severity severity, String rule, List<String> cells, String expected,
                     String actual, String location, String message) {

    public Problem {
        cells = List.copyOf(cells);
        expected = expected == null ? "" : expected;
        actual = actual == null ? "" : actual;
        location = location == null ? "" : location;
    }

    public static Problem of(Severity severity, String rule, List<String> cells, String location, String message) {
        return new Problem(severity, rule, cells, "", "", location, message);
    }
}
