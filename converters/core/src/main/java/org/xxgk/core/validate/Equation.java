package org.xxgk.core.validate;

import java.util.List;
import java.util.stream.Stream;

import org.xxgk.core.schema.RuleSpec;

/**
 * One concrete instance of a rule: for example 表三's balance for the 自然人 column.
 *
 * @param rule        the rule it instantiates
 * @param description the rule in words, with the row, column or group filled in
 * @param place       the table and column or row it is about, for the problem's location ({@code 表三，自然人列})
 * @param left        the left terms
 * @param right       the right terms
 */
public record Equation(RuleSpec rule, String description, String place, List<Term> left, List<Term> right) {

    public Equation {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    /** The codes of this year's report that the equation reads. */
    public List<String> codes() {
        return Stream.concat(left.stream(), right.stream()).filter(t -> !t.previous()).map(Term::code).toList();
    }

    /** Whether a term reads last year's report (asked for every equation of every report: no streams). */
    public boolean needsPrevious() {
        for (Term t : left) {
            if (t.previous()) {
                return true;
            }
        }
        for (Term t : right) {
            if (t.previous()) {
                return true;
            }
        }
        return false;
    }
}
