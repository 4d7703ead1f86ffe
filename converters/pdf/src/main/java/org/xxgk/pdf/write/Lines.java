package org.xxgk.pdf.write;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of a width, as Chinese is set: between any two Chinese characters, never inside a
 * number or a Latin word, and never with closing punctuation at the start of a line.
 */
final class Lines {

    /** The width of a string at the size being set. */
    @FunctionalInterface
    interface Measure {
        float width(String s);
    }

    private static final String NO_LINE_START = "，。、；：）》」』”’！？％%.,;:)";
    private static final String NO_LINE_END = "（《「『“‘(";

    private Lines() {
    }

    /** The text's lines, none wider than the width unless one unbreakable piece is. */
    static List<String> wrap(String text, float width, Measure m) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String piece : pieces(text)) {
            if (line.length() > 0 && m.width(line + piece) > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(piece);
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    /** The widest piece that cannot be broken: the narrowest a text's column may be. */
    static float widestPiece(String text, Measure m) {
        float w = 0;
        for (String piece : pieces(text)) {
            w = Math.max(w, m.width(piece));
        }
        return w;
    }

    /**
     * The unbreakable pieces: one Chinese character with the closing punctuation after it, or a run of
     * letters and digits (with their decimal point), or one other character.
     */
    static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i + 1 < text.length() && NO_LINE_END.indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (latin(cp)) {
                while (i < text.length() && (latin(text.codePointAt(i)) || text.charAt(i) == '.' && i + 1 < text.length()
                        && latin(text.codePointAt(i + 1)))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            }
            while (i < text.length() && NO_LINE_START.indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    private static boolean latin(int cp) {
        return cp < 0x2E80 && Character.isLetterOrDigit(cp);
    }
}
