package org.xxgk.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import technology.tabula.TextElement;

/**
 * A page's characters grouped into lines by where they stand, not by the order the content stream
 * paints them: characters whose vertical centres are within half a font size share a line.
 */
final class TextLines {

    /** Characters whose vertical centres are closer than this many font sizes are on one line. */
    private static final double SAME_LINE = 0.5;
    /** A gap wider than this many font sizes between two characters reads as a space. */
    private static final double SPACE = 0.3;
    /** The same character again less than this share of its width to the right is the same glyph painted twice. */
    private static final double OVERPRINT = 0.5;
    /** A title's type is at least this many times the page's common size. */
    private static final double TITLE_SIZE = 1.2;
    /** A title starts within the first lines of its page. */
    private static final int TITLE_LINES = 5;

    private TextLines() {
    }

    /** The non-blank characters in lines, top to bottom, each line left to right. */
    static List<List<TextElement>> of(List<TextElement> chars) {
        List<TextElement> sorted = chars.stream().filter(c -> !c.getText().isBlank())
                .sorted(Comparator.comparingDouble(TextElement::getCenterY)).toList();
        List<List<TextElement>> lines = new ArrayList<>();
        List<TextElement> line = new ArrayList<>();
        for (TextElement c : sorted) {
            if (!line.isEmpty() && c.getCenterY() - line.get(0).getCenterY() > SAME_LINE * size(c)) {
                lines.add(line);
                line = new ArrayList<>();
            }
            line.add(c);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        List<List<TextElement>> out = new ArrayList<>();
        for (List<TextElement> l : lines) {
            l.sort(Comparator.comparingDouble(TextElement::getLeft));
            out.add(withoutOverprint(l));
        }
        return out;
    }

    /**
     * Drops a character painted again over itself, a hair to the side: how some producers fake bold
     * type. (PDFBox can do this too, at a fifth of the text pass; on one sorted line it is one look back.)
     */
    private static List<TextElement> withoutOverprint(List<TextElement> line) {
        List<TextElement> out = new ArrayList<>(line.size());
        for (TextElement c : line) {
            TextElement last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last == null || !last.getText().equals(c.getText()) || c.getLeft() - last.getLeft() > OVERPRINT * c.getWidth()) {
                out.add(c);
            }
        }
        return out;
    }

    /** A line's text: a space where the characters stand apart, none between Chinese characters. */
    static String text(List<TextElement> line) {
        StringBuilder sb = new StringBuilder();
        double right = Double.NaN;
        for (TextElement c : line) {
            if (!Double.isNaN(right) && c.getLeft() - right > SPACE * size(c)) {
                sb.append(' ');
            }
            sb.append(c.getText());
            right = c.getRight();
        }
        return CellText.unspace(sb.toString());
    }

    /**
     * A page's lines as text, each with where it stands.
     *
     * @param texts   one entry per line, top to bottom
     * @param centres the vertical centre of each line's first character, in the page's coordinates (y
     *                downwards): a table whose top edge is below a line's centre stands after that line
     */
    record Texts(List<String> texts, double[] centres) {
    }

    /** The page's lines as text, each line as it is, with where they stand. */
    static Texts plain(List<List<TextElement>> lines) {
        List<String> out = new ArrayList<>(lines.size());
        lines.forEach(l -> out.add(text(l)));
        return new Texts(out, centres(lines, 0, 0));
    }

    /**
     * The page's lines as text, the lines of a title that wraps joined into one: consecutive lines at the
     * top of the page in the page's largest type, at least {@link #TITLE_SIZE} times the common size. A
     * wrapped title cut in the middle of the agency's name ({@code 临江 / 市人力资源和社会保障局…}) is then
     * read whole.
     */
    static List<String> texts(List<List<TextElement>> lines) {
        return titled(lines).texts();
    }

    /** {@link #texts}, with where the lines stand (a joined title where its first line stands). */
    static Texts titled(List<List<TextElement>> lines) {
        Texts plain = plain(lines);
        List<String> out = plain.texts();
        if (lines.size() < 2) {
            return plain;
        }
        double[] sizes = lines.stream().mapToDouble(TextLines::lineSize).toArray();
        double[] sorted = sizes.clone();
        java.util.Arrays.sort(sorted);
        double common = sorted[sorted.length / 2];
        for (int i = 0; i < Math.min(TITLE_LINES, lines.size()); i++) {
            if (sizes[i] >= TITLE_SIZE * common) {
                int j = i + 1;
                while (j < lines.size() && Math.abs(sizes[j] - sizes[i]) < 0.5
                        && lines.get(j).get(0).getCenterY() - lines.get(j - 1).get(0).getCenterY() < 2 * sizes[i]) {
                    j++;
                }
                if (j - i > 1) {
                    List<String> joined = new ArrayList<>(out.subList(0, i));
                    joined.add(CellText.join(out.subList(i, j)));
                    joined.addAll(out.subList(j, out.size()));
                    return new Texts(joined, centres(lines, i + 1, j));
                }
                return plain;
            }
        }
        return plain;
    }

    /** The centres of the lines' first characters, those of lines {@code from} to {@code to} (joined into the line before) left out. */
    private static double[] centres(List<List<TextElement>> lines, int from, int to) {
        double[] out = new double[lines.size() - (to - from)];
        int k = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (i < from || i >= to) {
                out[k++] = lines.get(i).get(0).getCenterY();
            }
        }
        return out;
    }

    private static double lineSize(List<TextElement> line) {
        double max = 0;
        for (TextElement c : line) {
            max = Math.max(max, size(c));
        }
        return max;
    }

    /** The font size of a character in points; its height where the font gives none. */
    static double size(TextElement c) {
        return c.getFontSize() > 0 ? c.getFontSize() : c.getHeight();
    }
}
