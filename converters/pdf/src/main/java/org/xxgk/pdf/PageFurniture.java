package org.xxgk.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import technology.tabula.TextElement;

/**
 * The page number that WPS and Word print under the text ({@code - 1 -}, {@code 第 2 页 共 4 页},
 * {@code 临江市商务局　　2}): on a page whose table has no lines it would read as a row of values.
 */
final class PageFurniture {

    /** {@code - 1 -}, {@code 第1页}, {@code 第 2 页 共 4 页}, {@code 2/4}: a page number whatever the page. */
    private static final Pattern EXPLICIT = Pattern.compile(
            "^[-—–－\\s]*(?:第\\s*\\d{1,4}\\s*页(?:\\s*[,，]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*[/／]\\s*\\d{1,4}|[-—–－]\\s*\\d{1,4}\\s*[-—–－])[-—–－\\s]*$");
    /** Words and then a bare number ({@code 临江市商务局　　2}): a page number only when it is this page's. */
    private static final Pattern TRAILING = Pattern.compile("^[^\\d]*?[\\s\\u3000]*(\\d{1,4})$");
    /** A footer stands apart from the text above it by more than this many line pitches. */
    private static final double APART = 1.5;

    private PageFurniture() {
    }

    /** The lines without the first or last one when it is the page number. */
    static List<List<TextElement>> withoutPageNumber(List<List<TextElement>> lines, int pageNumber) {
        if (lines.size() < 3) {
            return lines;
        }
        List<List<TextElement>> out = new ArrayList<>(lines);
        if (isPageNumber(out, out.size() - 1, out.size() - 2, pageNumber)) {
            out.remove(out.size() - 1);
        }
        if (isPageNumber(out, 0, 1, pageNumber)) {
            out.remove(0);
        }
        return out;
    }

    private static boolean isPageNumber(List<List<TextElement>> lines, int at, int neighbour, int pageNumber) {
        String text = TextLines.text(lines.get(at)).strip();
        if (EXPLICIT.matcher(text).matches()) {
            return true;
        }
        Matcher m = TRAILING.matcher(text);
        if (!m.matches() || Integer.parseInt(m.group(1)) != pageNumber) {
            return false;
        }
        double gap = Math.abs(lines.get(at).get(0).getCenterY() - lines.get(neighbour).get(0).getCenterY());
        return gap > APART * medianPitch(lines);
    }

    private static double medianPitch(List<List<TextElement>> lines) {
        double[] pitches = new double[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            pitches[i - 1] = lines.get(i).get(0).getCenterY() - lines.get(i - 1).get(0).getCenterY();
        }
        java.util.Arrays.sort(pitches);
        return pitches[pitches.length / 2];
    }
}
