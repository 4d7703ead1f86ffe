package org.xxgk.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;

import technology.tabula.TextElement;

/**
 * Tables drawn without lines: a page's characters grouped into text lines, each line cut into cells at
 * wide gaps, and a cell's text wrapped over the next lines joined back. The grid is not positional: the
 * recognizer reads the values of a row in order, so column positions are not needed.
 *
 * <p>tabula's stream algorithm guesses columns for the whole page from the spread of its words; a
 * heading centred over several columns ({@code 申请人情况}) or a paragraph of prose merges those columns
 * into one, and its word merging joins numbers a column apart ({@code 62 353}). Cells cut at gaps, with
 * wrapped labels joined, are what a report's unruled table needs.
 */
final class StreamTables {

    /** A gap wider than this many font sizes separates two cells. */
    private static final double CELL_GAP = 1.2;
    /**
     * Next to a Chinese character, whose glyph touches its neighbours in running text, a gap this wide already
     * separates cells: the headings of narrow columns without lines stand only their cells' padding apart.
     */
    private static final double WIDE_GAP = 0.5;
    /** Between two digits or Latin letters a gap this wide (a space or more) already separates cells. */
    private static final double LATIN_GAP = 0.4;
    /** Lines closer than this many font sizes belong to one paragraph of one cell. */
    private static final double WRAP_PITCH = 1.8;
    /** Where two wrapped lines of a cell line up: left edges or centres within this many font sizes. */
    private static final double ALIGNED = 1.0;
    /** A line that starts a new numbered item is a new label, not the continuation of the one above. */
    private static final Pattern ITEM = Pattern.compile("^(?:\\d{1,2}[.、．]|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)");
    private static final Pattern NUMBER = Pattern.compile("^[-+]?[\\d,，.．%]+$");

    /** A run of characters between wide gaps on one line, or a label written down a column. */
    static final class Word {
        final double left;
        double right;
        final double size;
        final double middle;
        final StringBuilder text = new StringBuilder();
        final List<String> lines = new ArrayList<>();
        int firstLine;
        int lastLine;
        Word joined;

        Word(int line, double left, double right, double size, double middle, String text) {
            this.firstLine = line;
            this.lastLine = line;
            this.left = left;
            this.right = right;
            this.size = size;
            this.middle = middle;
            this.text.append(text);
            this.lines.add(text);
        }

        /** The whole text: its lines joined, letter-spacing removed. */
        String whole() {
            return CellText.unspace(CellText.join(lines));
        }

        Word(int line, TextElement first) {
            this.firstLine = line;
            this.lastLine = line;
            this.left = first.getLeft();
            this.right = first.getRight();
            this.size = first.getFontSize();
            this.middle = first.getCenterY();
        }

        boolean isNumeric() {
            return numeric();
        }

        boolean numeric() {
            return NUMBER.matcher(text).matches();
        }

        double centre() {
            return (left + right) / 2;
        }
    }

    private final Landmarks landmarks;
    /** The columns of the table that the last page ended in: a table that runs on shows no header. */
    private UnruledColumns carried;

    StreamTables(Landmarks landmarks) {
        this.landmarks = landmarks;
    }

    /**
     * The page's table as one grid; pages are given in order, so that a table split over pages keeps its
     * columns. The grid is the whole page's text, so it stands where the page's lines start.
     */
    List<Grid> of(ScannedPage scanned, SourceLocation file) {
        return List.of(grid(scanned.chars(), scanned.number(), file.withPage(scanned.number())).at(scanned.firstLine()));
    }

    /**
     * A page's characters as a grid. Where the page (or the page before) shows a header whose columns the
     * schema names, the grid is positional: a row per text line holding values, its label (wrapped over
     * the lines around it) first, then one cell per column, blank where the column has no value.
     * Otherwise the cells of each line in order, as found.
     */
    Grid grid(List<TextElement> chars, int pageNumber, SourceLocation page) {
        List<List<TextElement>> lines = PageFurniture.withoutPageNumber(TextLines.of(chars), pageNumber);
        List<Word> stacks = new ArrayList<>();
        lines = VerticalLabels.take(lines, stacks);
        List<List<Word>> words = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            words.add(words(i, lines.get(i)));
        }
        joinWrapped(words);
        UnruledRows rows = new UnruledRows(words, stacks, landmarks, carried);
        Grid positional = rows.grid(page);
        if (positional != null) {
            carried = rows.last();
            return positional;
        }
        stacks.forEach(w -> words.get(w.firstLine).add(0, w));
        return grid(words, page);
    }

    private static List<Word> words(int index, List<TextElement> line) {
        List<Word> out = new ArrayList<>();
        Word w = null;
        for (TextElement c : line) {
            if (w == null || c.getLeft() - w.right > gap(w, c) * size(c)) {
                w = new Word(index, c);
                out.add(w);
            }
            w.text.append(c.getText());
            w.right = Math.max(w.right, c.getRight());
        }
        out.forEach(x -> x.lines.add(x.text.toString()));
        return out;
    }

    /**
     * Joins a word to the one below it when they are two lines of one cell: close lines, lined up at the
     * left or the centre, neither a number, the lower one not a new numbered item.
     */
    private static void joinWrapped(List<List<Word>> words) {
        for (int i = 0; i < words.size(); i++) {
            for (Word upper : words.get(i)) {
                Word top = root(upper);
                if (top.lastLine == i && !upper.numeric()) {
                    joinBelow(words, i, upper, top);
                }
            }
        }
    }

    /** Finds the next line of a cell; lines of other cells (a row's values, set at its middle) may lie between. */
    private static void joinBelow(List<List<Word>> words, int i, Word upper, Word top) {
        for (int j = i + 1; j < words.size() && (words.get(j).isEmpty() || words.get(j).get(0).middle - upper.middle <= 2 * WRAP_PITCH * upper.size); j++) {
            for (Word lower : words.get(j)) {
                if (lower.joined == null && lower != top && continues(upper, lower)) {
                    lower.joined = top;
                    top.lines.add(lower.text.toString());
                    top.lastLine = j;
                    return;
                }
            }
        }
    }

    private static boolean continues(Word upper, Word lower) {
        double size = Math.max(upper.size, lower.size);
        boolean aligned = Math.abs(upper.left - lower.left) <= ALIGNED * size
                || Math.abs(upper.centre() - lower.centre()) <= ALIGNED * size;
        return lower.middle - upper.middle <= WRAP_PITCH * size && aligned && !lower.numeric()
                && !ITEM.matcher(lower.text).find();
    }

    private static Word root(Word w) {
        return w.joined == null ? w : root(w.joined);
    }

    /**
     * One grid row per text line; a cell wrapped over several lines stands in the line that holds the
     * numbers of its row (values sit at the middle of a tall cell), or else in its first line.
     */
    private static Grid grid(List<List<Word>> words, SourceLocation page) {
        List<List<Word>> rows = new ArrayList<>();
        words.forEach(w -> rows.add(new ArrayList<>()));
        for (List<Word> line : words) {
            for (Word w : line) {
                if (w.joined == null) {
                    rows.get(home(w, words)).add(w);
                }
            }
        }
        List<List<Cell>> grid = new ArrayList<>();
        for (List<Word> row : rows) {
            if (row.isEmpty()) {
                continue;
            }
            row.sort(Comparator.comparingDouble(w -> w.left));
            List<Cell> cells = new ArrayList<>();
            for (Word w : row) {
                cells.add(Cell.of(CellText.unspace(CellText.join(w.lines)),
                        page.withCell(grid.size() + 1, cells.size() + 1, null)));
            }
            grid.add(cells);
        }
        return new Grid(grid, false);
    }

    private static int home(Word w, List<List<Word>> words) {
        for (int l = w.firstLine; l <= w.lastLine; l++) {
            if (words.get(l).stream().anyMatch(Word::numeric)) {
                return l;
            }
        }
        return w.firstLine;
    }

    /** The gap that separates a word from the next character: narrower between digits and Latin letters. */
    private static double gap(Word w, TextElement next) {
        char before = w.text.charAt(w.text.length() - 1);
        char after = next.getText().charAt(0);
        if (isLatin(before) && isLatin(after)) {
            return LATIN_GAP;
        }
        return isWide(before) || isWide(after) ? WIDE_GAP : CELL_GAP;
    }

    private static boolean isWide(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303f
                || c >= 0xff00 && c <= 0xffef;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static double size(TextElement c) {
        return TextLines.size(c);
    }
}
