package org.xxgk.core.text;

/** Input quoted in a one-line message: in Chinese quotation marks, white space folded, cut with "…" when long. */
public final class Quote {

    /** The most characters of the input a message quotes. */
    public static final int MAX = 40;

    /** White space, control characters and line or paragraph separators: each run becomes one space. */
    private static final java.util.regex.Pattern BREAKS = java.util.regex.Pattern.compile("[\\s\\p{Cc}\\p{Zl}\\p{Zp}\\p{Cf}]+");

    private Quote() {
    }

    public static String of(String text) {
        return "“" + cut(text) + "”";
    }

    /** The text as {@link #of} quotes it, without the quotation marks: folded to one line, cut with "…" when long. */
    public static String cut(String text) {
        String s = text == null ? "" : BREAKS.matcher(head(text)).replaceAll(" ").strip();
        return s.codePointCount(0, s.length()) <= MAX ? s : s.substring(0, s.offsetByCodePoints(0, MAX)).strip() + "…";
    }

    /** Enough of a long text to quote from (a cell may hold megabytes), never half a surrogate pair. */
    private static String head(String text) {
        int end = Math.min(text.length(), 20 * MAX);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
