package org.xxgk.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import technology.tabula.TextElement;

/**
 * Labels written down a narrow column, one or two characters per line ({@code 三、本年度办理结果},
 * {@code （三）不予公开}). Without lines between the columns, each character sits on the line of a row
 * label beside it, close enough to be read as that label's first character; here they are taken out
 * of their lines and read top to bottom as one label.
 */
final class VerticalLabels {

    /** A character stands apart on its line when the gaps to its neighbours exceed this many font sizes. */
    private static final double APART = 0.25;
    /** Characters of one label follow each other down at most this many font sizes apart. */
    private static final double PITCH = 1.7;
    /** Where characters of one label line up: centres within this many font sizes. */
    private static final double ALIGNED = 0.3;
    /** Fewer characters than this down one column are not a label written downwards. */
    private static final int MIN_CHARACTERS = 3;

    private record Piece(int line, List<TextElement> chars) {
        double centre() {
            return (chars.get(0).getLeft() + chars.get(chars.size() - 1).getRight()) / 2;
        }

        double size() {
            return TextLines.size(chars.get(0));
        }
    }

    private VerticalLabels() {
    }

    /** The lines without the characters of downward labels, which are added to {@code labels}. */
    static List<List<TextElement>> take(List<List<TextElement>> lines, List<StreamTables.Word> labels) {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            pieces.addAll(pieces(i, lines.get(i)));
        }
        pieces.sort(Comparator.comparingDouble(Piece::centre));
        List<List<Piece>> columns = new ArrayList<>();
        for (Piece p : pieces) {
            List<Piece> last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last == null || p.centre() - last.get(0).centre() > ALIGNED * p.size()) {
                columns.add(new ArrayList<>());
            }
            columns.get(columns.size() - 1).add(p);
        }
        List<List<TextElement>> out = new ArrayList<>();
        lines.forEach(l -> out.add(new ArrayList<>(l)));
        for (List<Piece> column : columns) {
            column.sort(Comparator.comparingInt(Piece::line));
            int start = 0;
            for (int i = 1; i <= column.size(); i++) {
                if (i == column.size() || !follows(column.get(i - 1), column.get(i))) {
                    if (i - start >= MIN_CHARACTERS) {
                        labels.add(label(column.subList(start, i), out));
                    }
                    start = i;
                }
            }
        }
        // Emptied lines stay, so that the labels' line numbers hold.
        return labels.isEmpty() ? lines : out;
    }

    /** Runs of one or two wide characters that stand apart from the rest of their line. */
    private static List<Piece> pieces(int index, List<TextElement> line) {
        List<Piece> out = new ArrayList<>();
        int i = 0;
        while (i < line.size()) {
            int j = i + 1;
            while (j < line.size() && !apart(line.get(j - 1), line.get(j))) {
                j++;
            }
            boolean alone = (i == 0 || apart(line.get(i - 1), line.get(i))) && j - i <= 2;
            if (alone && line.subList(i, j).stream().allMatch(c -> isWide(c.getText()))) {
                out.add(new Piece(index, new ArrayList<>(line.subList(i, j))));
            }
            i = j;
        }
        return out;
    }

    private static boolean apart(TextElement a, TextElement b) {
        return b.getLeft() - a.getRight() > APART * TextLines.size(b);
    }

    private static boolean follows(Piece upper, Piece lower) {
        double dy = lower.chars().get(0).getCenterY() - upper.chars().get(0).getCenterY();
        return dy > 0 && dy <= PITCH * upper.size();
    }

    private static StreamTables.Word label(List<Piece> pieces, List<List<TextElement>> lines) {
        StringBuilder text = new StringBuilder();
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (Piece p : pieces) {
            p.chars().forEach(c -> text.append(c.getText()));
            left = Math.min(left, p.chars().get(0).getLeft());
            right = Math.max(right, p.chars().get(p.chars().size() - 1).getRight());
            lines.get(p.line()).removeAll(p.chars());
        }
        Piece first = pieces.get(0);
        StreamTables.Word w = new StreamTables.Word(first.line(), left, right, first.size(),
                first.chars().get(0).getCenterY(), text.toString());
        w.lastLine = pieces.get(pieces.size() - 1).line();
        return w;
    }

    private static boolean isWide(String s) {
        int c = s.codePointAt(0);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303f
                || c >= 0xff00 && c <= 0xffef;
    }
}
