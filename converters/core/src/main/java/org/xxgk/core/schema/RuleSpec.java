package org.xxgk.core.schema;

import java.util.List;

import org.xxgk.core.model.Severity;

/**
 * A consistency rule (勾稽关系): the sum of the left terms equals the sum of the right terms.
 *
 * <p>Terms are codes with placeholders that {@code forEach} fills in: {@code {column}} with each
 * value column's key, {@code {row}} with each data row's key, {@code {group}} with each column
 * group's key. A {@code *} matches any part of a row key ({@code t3.withheld_*.natural}). A term that
 * starts with {@code -} is subtracted; one that starts with {@code previous:} is read from last year's
 * report.
 *
 * @param id          stable id, used in JSON output ({@code t3.balance})
 * @param severity    error or warning
 * @param table       the table the rule is about
 * @param description the rule in Chinese, with the same placeholders, filled with labels
 * @param forEach     {@code column}, {@code row}, {@code group} or {@code null} for a single equation
 * @param left        the left terms
 * @param right       the right terms
 * @param across      {@code previous} for rules that compare with last year's report, else {@code null}
 */
public record RuleSpec(String id, Severity severity, String table, String description, String forEach,
                       List<String> left, List<String> right, String across) {

    public RuleSpec {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    public boolean needsPrevious() {
        return "previous".equals(across);
    }
}
