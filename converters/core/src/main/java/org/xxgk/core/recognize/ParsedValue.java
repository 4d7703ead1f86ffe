package org.xxgk.core.recognize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

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
        Optional<ParsedValue> quick = quick(text);
        return quick != null ? quick : parseFully(text, units);
    }

    /**
     * The two commonest cells answered without normalising and regular expressions (a region's
     * thousands of workbooks hold millions of them), with the answer {@link #parseFully} gives:
     * plain digits ({@code 12}, {@code 2.5}) are that number; text that starts with a CJK ideograph
     * other than 无 is no number (an ideograph is left as it is by NFKC and is no digit). {@code null}
     * for anything else.
     */
    private static Optional<ParsedValue> quick(String text) {
        if (text.isEmpty()) {
            return null;
        }
        char first = text.charAt(0);
        if (first >= '\u4e00' && first <= '\u9fff' && first != '无') {
            return Optional.empty();
        }
        int dot = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' && dot < 0 && i > 0 && i < text.length() - 1) {
                dot = i;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        boolean small = dot < 0 && text.length() <= 4 && (first != '0' || text.length() == 1);
        return Optional.of(new ParsedValue(Kind.NUMBER, small ? SMALL[Integer.parseInt(text)] : new BigDecimal(text), ""));
    }

    /** Small whole numbers, shared (they are immutable): a region's reports hold millions of them. */
    private static final BigDecimal[] SMALL = IntStream.range(0, 10_000).mapToObj(BigDecimal::valueOf)
            .toArray(BigDecimal[]::new);

    private static Optional<ParsedValue> parseFully(String text, List<String> units) {
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
