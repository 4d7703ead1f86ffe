package org.xxgk.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import technology.tabula.Line;
import technology.tabula.Rectangle;
import technology.tabula.TextChunk;
import technology.tabula.TextElement;
import technology.tabula.Utils;

/**
 * The text of a table cell from its characters, as a person reads it: words merged the way tabula
 * merges them, lines wrapped inside the cell joined again, and the spaces that letter-spaced Chinese
 * ({@code 合　计}, {@code 总 计}) leaves between characters removed. A label written down a narrow
 * column, one character per line, comes out as one word.
 */
final class CellText {

    /** Han characters, CJK punctuation and full-width forms: text that is not separated by spaces. */
    private static final String WIDE = "\\p{IsHan}\\u3001-\\u303f\\uff01-\\uffef“”‘’";
    private static final Pattern SPACE_BETWEEN_WIDE = Pattern.compile("(?<=[" + WIDE + "])[\\s\\u00a0\\u3000]+(?=[" + WIDE + "])");

    private CellText() {
    }

    /** The text of the characters that lie in one cell; {@code ""} for none. */
    static String of(List<TextElement> chars) {
        if (chars.isEmpty()) {
            return "";
        }
        List<TextElement> sorted = new ArrayList<>(chars);
        Utils.sort(sorted, Rectangle.ILL_DEFINED_ORDER);
        List<TextChunk> chunks = TextElement.mergeWords(sorted);
        List<String> lines = new ArrayList<>();
        for (Line line : TextChunk.groupByLines(chunks)) {
            lines.add(line.getTextElements().stream().map(TextChunk::getText).map(String::strip)
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining(" ")));
        }
        return unspace(join(lines));
    }

    /**
     * Joins the lines of a cell: Chinese wraps anywhere and joins without a space; two Latin letters or
     * digits that meet at a line break keep a space, so that two numbers on two lines never read as one.
     */
    static String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (!sb.isEmpty() && isLatin(sb.charAt(sb.length() - 1)) && isLatin(s.charAt(0))) {
                sb.append(' ');
            }
            sb.append(s);
        }
        return sb.toString();
    }

    /** Removes the spaces between two Chinese characters (or CJK punctuation). */
    static String unspace(String s) {
        if (s.indexOf(' ') < 0 && s.indexOf('\u3000') < 0 && s.indexOf('\u00a0') < 0 && s.indexOf('\t') < 0) {
            return s;
        }
        return SPACE_BETWEEN_WIDE.matcher(s).replaceAll("");
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
