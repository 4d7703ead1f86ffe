package org.xxgk.core.text;

/** Input quoted in a one-line message: in Chinese quotation marks, white space folded, cut with "…" when long. */
public final class Quote {

    /** The most characters of the input a message quotes. */
    public static final int MAX = 40;

    private Quote() {
    }

    public static String of(String text) {
        String s = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return "“" + (s.codePointCount(0, s.length()) <= MAX ? s : s.substring(0, s.offsetByCodePoints(0, MAX)) + "…") + "”";
    }
}
