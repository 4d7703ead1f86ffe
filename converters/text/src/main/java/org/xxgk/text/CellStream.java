package org.xxgk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Severity;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.schema.TableSpec;

/**
 * Text with one cell per line and no separators, as plain {@code pdftotext} (without {@code -layout})
 * writes a table: the cells form one stream in reading order, which the recognizer cuts at the labels.
 *
 * <p>pdftotext reads a ruled table cell by cell only while its layout is simple; where narrow merged
 * columns stand beside the labels (表三's 三、本年度办理结果, （三）不予公开 …) it reads a column of labels and
 * then a run of numbers of many rows. Such a table cannot be read: a run of numbers longer than any of
 * the table's rows shows it, and the table is left out with a warning rather than read wrong. A block's
 * only row whose numbers pdftotext writes before its label, or whose label it writes before the block's
 * column headings, is put back in order. A table whose only row has no label (表四) ends at the first line
 * that is neither a heading's words nor numbers (the signature's date is no number of it); its numbers are
 * placed on their columns from the runs of heading words before them ({@link StreamColumns}), or, when
 * that cannot be done, the header's words are moved before the numbers and the core reads them in order.
 */
final class CellStream {

    /** Lines that are one number each, above which a stretch of text is a table in one cell per line. */
    static final int MIN_NUMBER_LINES = 6;

    private final SchemaFacts facts = SchemaFacts.OFFICIAL;
    private final SourceLocation file;
    private final List<Problem> problems = new ArrayList<>();

    private CellStream(SourceLocation file) {
        this.file = file;
    }

    static boolean looksLikeOne(List<AlignedText.Line> lines) {
        return lines.stream().filter(l -> !l.tokens().isEmpty() && l.tokens().stream().allMatch(t -> AlignedText.isNumber(t.text())))
                .count() >= MIN_NUMBER_LINES;
    }

    static AlignedText.Read read(List<AlignedText.Line> lines, SourceLocation file) {
        CellStream s = new CellStream(file);
        List<Part> parts = s.stream(lines);
        // consecutive parts read in order share a grid; a row placed in its columns is a grid of its own
        List<Grid> grids = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (Part p : parts) {
            if (p.positional()) {
                if (!rows.isEmpty()) {
                    grids.add(new Grid(List.copyOf(rows), false));
                    rows.clear();
                }
                grids.add(new Grid(p.rows(), true));
            } else {
                rows.addAll(p.rows());
            }
        }
        if (!rows.isEmpty()) {
            grids.add(new Grid(List.copyOf(rows), false));
        }
        return new AlignedText.Read(grids, s.problems);
    }

    /** Rows of the stream, either read in order or ({@code positional}) each cell in its column. */
    private record Part(List<List<Cell>> rows, boolean positional) {
    }

    /** The stream, one row per table (the words and the numbers of a table without row labels in two). */
    private List<Part> stream(List<AlignedText.Line> lines) {
        List<Part> out = new ArrayList<>();
        List<Cell> part = new ArrayList<>();
        TableSpec table = null;
        for (AlignedText.Line l : lines) {
            if (l.tokens().isEmpty()) {
                continue;
            }
            String text = join(l);
            Optional<TableSpec> titled = facts.tableTitled(text);
            if (titled.isPresent()) {
                out.addAll(checked(part, table));
                part.clear();
                table = titled.get();
            }
            // Words one space apart on a line are cells side by side (科研 社会公 法律服务, 9 7).
            l.tokens().forEach(t -> part.add(Cell.of(t.text(), file.withLine(l.number()))));
        }
        out.addAll(checked(part, table));
        return out;
    }

    /** A table's cells as they may be read, or none when their order is broken. */
    private List<Part> checked(List<Cell> part, TableSpec table) {
        if (part.isEmpty()) {
            return List.of();
        }
        int limit = table != null ? facts.widestRow(table) : facts.widestRow();
        boolean unlabelled = table != null && SchemaFacts.hasUnlabelledRow(table);
        if (!unlabelled) {
            part = labelsBeforeNumbers(part);
        }
        int run = 0;
        String before = null;
        for (Cell c : part) {
            boolean number = AlignedText.isNumber(c.text());
            run = number ? run + 1 : 0;
            // numbers right after a column heading: the rows' labels come later (a column read before its labels)
            boolean orphan = number && !unlabelled && before != null && facts.isColumnLabel(before);
            before = number ? before : c.text();
            if (run > limit || orphan) {
                Cell first = part.get(0);
                problems.add(Problem.of(Severity.WARNING, "layout.order_broken", List.of(), first.location().describe(),
                        (table != null ? table.name() : "第" + first.location().line() + "行起的表格")
                                + "在文本中单元格的次序已被打乱（一列标签之后是多行的数值，常见于不带 -layout 的 pdftotext 输出），"
                                + "无法可靠读取，已跳过；请改用按版面对齐的文本或原文件"));
                return List.of();
            }
        }
        if (unlabelled) {
            // the table ends at the first line that is neither a heading's words nor numbers (五、…, the
            // signature): the date under it (2024 年 1 月 22 日) is no number of the table
            int end = tableEnd(part, table);
            List<Cell> tail = withoutDates(part.subList(end, part.size()));
            int titleLine = part.get(0).location().line();
            List<Cell> body = part.subList(0, end).stream().filter(c -> c.location().line() != titleLine).toList();
            Optional<StreamColumns.Placed> placed = StreamColumns.place(body, table);
            if (placed.isPresent()) {
                problems.addAll(placed.get().problems());
                List<Cell> words = part.subList(0, end).stream().filter(c -> !AlignedText.isNumber(c.text())).toList();
                List<Part> out = new ArrayList<>();
                out.add(new Part(List.of(words, placed.get().cells()), true));
                if (!tail.isEmpty()) {
                    out.add(new Part(List.of(tail), false));
                }
                return out;
            }
            // the header's words, then the row's numbers (as many as the row has), then whatever follows
            List<Cell> words = new ArrayList<>();
            List<Cell> numbers = new ArrayList<>();
            List<Cell> rest = new ArrayList<>();
            for (Cell c : part.subList(0, end)) {
                boolean number = AlignedText.isNumber(c.text());
                if (!rest.isEmpty() || numbers.size() == limit) {
                    rest.add(c);
                } else {
                    (number ? numbers : words).add(c);
                }
            }
            rest.addAll(tail);
            return List.of(new Part(List.of(words, numbers, rest), false));
        }
        return List.of(new Part(List.of(List.copyOf(part)), false));
    }

    /**
     * The numbers of a block's only row moved after its label where pdftotext wrote them before it: right
     * after the block's column headings, with no row label since the numbers before them, and followed by
     * one row label and then no number and no other row label (2019's 上一年项目数量 本年增/减 40 1 行政事业性收费
     * 第二十条第（九）项). The numbers can be no other row's. Two labels after such numbers (规章 行政规范性文件)
     * could be either's, and are left for the order check.
     */
    private List<Cell> labelsBeforeNumbers(List<Cell> part) {
        List<Cell> out = new ArrayList<>(part);
        int rowLabels = 0; // row labels since the last number
        int lastLabel = -1;
        for (int i = 1; i < out.size(); i++) {
            String text = out.get(i).text();
            if (!AlignedText.isNumber(text)) {
                if (facts.isRowLabel(text) && !facts.isColumnLabel(text)) {
                    rowLabels++;
                    lastLabel = i;
                }
                continue;
            }
            if (AlignedText.isNumber(out.get(i - 1).text()) || !facts.isColumnLabel(out.get(i - 1).text()) || rowLabels > 1) {
                rowLabels = 0;
                continue;
            }
            int j = i;
            while (j < out.size() && AlignedText.isNumber(out.get(j).text())) {
                j++;
            }
            boolean labelAfter = j < out.size() && isOnlyRowLabel(out, j);
            boolean noLabelAfter = j == out.size() || !facts.isRowLabel(out.get(j).text()) || facts.isColumnLabel(out.get(j).text());
            if (rowLabels == 0 && labelAfter) {
                out.add(i, out.remove(j)); // headings, numbers, label: the label before its numbers
            } else if (rowLabels == 1 && noLabelAfter && allColumnLabels(out, lastLabel + 1, i)) {
                out.add(i - 1, out.remove(lastLabel)); // label, headings, numbers: the headings before the label
            }
            i = j - 1;
            rowLabels = 0;
        }
        return out;
    }

    /** Whether cell {@code j} is a row label followed by no number and no other row label. */
    private boolean isOnlyRowLabel(List<Cell> cells, int j) {
        String text = cells.get(j).text();
        if (!facts.isRowLabel(text) || facts.isColumnLabel(text)) {
            return false;
        }
        return j + 1 == cells.size() || !AlignedText.isNumber(cells.get(j + 1).text()) && !facts.isRowLabel(cells.get(j + 1).text());
    }

    private boolean allColumnLabels(List<Cell> cells, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!facts.isColumnLabel(cells.get(k).text())) {
                return false;
            }
        }
        return from < to;
    }

    /**
     * Where a table without row labels ends in its part: at the first line (after the title's) holding a
     * word that is neither a number nor a piece of the table's column headings.
     */
    private int tableEnd(List<Cell> part, TableSpec table) {
        int titleLine = part.get(0).location().line();
        for (int i = 1; i < part.size(); i++) {
            Cell c = part.get(i);
            String text = c.text().strip();
            if (c.location().line() == titleLine || AlignedText.isNumber(text) || facts.isColumnFragment(table, text)
                    || facts.isColumnLabel(text)) {
                continue;
            }
            int line = c.location().line();
            int start = i;
            while (start > 1 && part.get(start - 1).location().line() == line) {
                start--;
            }
            return start;
        }
        return part.size();
    }

    /** The cells without the dates written as pdftotext spaces them ({@code 2024 年 1 月 22 日}). */
    private static List<Cell> withoutDates(List<Cell> cells) {
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (i + 3 < cells.size() && isYear(cells.get(i).text()) && cells.get(i + 1).text().equals("年")
                    && AlignedText.isNumber(cells.get(i + 2).text()) && cells.get(i + 3).text().equals("月")) {
                boolean day = i + 5 < cells.size() && AlignedText.isNumber(cells.get(i + 4).text())
                        && cells.get(i + 5).text().equals("日");
                i += day ? 5 : 3;
                continue;
            }
            out.add(cells.get(i));
        }
        return out;
    }

    private static boolean isYear(String s) {
        String t = java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFKC);
        return t.length() == 4 && t.chars().allMatch(Character::isDigit) && (t.startsWith("19") || t.startsWith("20"));
    }

    /** A line's words joined as pdftotext spaced them. */
    private static String join(AlignedText.Line l) {
        StringBuilder s = new StringBuilder();
        l.tokens().forEach(t -> s.append(s.length() > 0 ? " " : "").append(t.text()));
        return s.toString();
    }
}
