package org.xxgk.core.recognize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a cell's text says as a number: a number (with the unit it was written in), a blank, or a
 * placeholder for nothing ({@code -}, {@code /}, {@code —}, {@code 无}).
 *
 * @param kind   number, blank or placeholder
 * @param number the number as written (before any unit conversion); 0 for blanks and placeholders
 * @param unit   the unit word written after the number, or ""
 */
record ParsedValue(Kind kind, BigDecimal number, String unit) {

    enum Kind { NUMBER, BLANK, PLACEHOLDER }

    private static final Pattern NUMBER = Pattern.compile("^([+-]?)(\\d+(?:\\.\\d+)?)(.*)$");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[,，](?=\\d{3}(?!\\d))");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");
    private static final List<String> PLACEHOLDERS = List.of("-", "--", "—", "——", "–", "/", "\\", "无");

    /** Reads a cell; empty when the text is not a number (a label or other words). */
    static Optional<ParsedValue> parse(String text, List<String> units) {
        String s = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
        if (s.isEmpty()) {
            return Optional.of(new ParsedValue(Kind.BLANK, BigDecimal.ZERO, ""));
        }
        if (PLACEHOLDERS.contains(s)) {
            return Optional.of(new ParsedValue(Kind.PLACEHOLDER, BigDecimal.ZERO, ""));
        }
        Matcher m = NUMBER.matcher(THOUSANDS.matcher(s).replaceAll(""));
        if (!m.matches()) {
            return Optional.empty();
        }
        String unit = m.group(3);
        if (!unit.isEmpty() && !units.contains(unit)) {
            return Optional.empty();
        }
        BigDecimal n = new BigDecimal(m.group(2));
        return Optional.of(new ParsedValue(Kind.NUMBER, "-".equals(m.group(1)) ? n.negate() : n, unit));
    }

    /** The number in the cell's unit: {@code 251000元} in a 万元 cell is 25.1. */
    BigDecimal in(String cellUnit) {
        if ("万元".equals(cellUnit) && "元".equals(unit)) {
            return number.divide(BigDecimal.valueOf(10_000), 6, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return number;
    }

    boolean isConvertedIn(String cellUnit) {
        return "万元".equals(cellUnit) && "元".equals(unit);
    }

    boolean isEmptyish() {
        return kind != Kind.NUMBER;
    }
}
