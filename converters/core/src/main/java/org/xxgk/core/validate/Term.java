package org.xxgk.core.validate;

/**
 * One term of an equation: a cell, added or subtracted, of this year's report or last year's.
 *
 * @param code     the cell's code
 * @param negative true when the term is subtracted
 * @param previous true when the term is read from last year's report
 */
public record Term(String code, boolean negative, boolean previous) {

    static Term parse(String text) {
        boolean negative = text.startsWith("-");
        String rest = negative ? text.substring(1) : text;
        boolean previous = rest.startsWith("previous:");
        return new Term(previous ? rest.substring("previous:".length()) : rest, negative, previous);
    }

    /** How the term is written in messages: {@code 上年t3.carried_out.natural}, {@code -t2.rules.repealed}. */
    String display() {
        return (negative ? "−" : "") + (previous ? "上年" : "") + code;
    }
}
