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
 * the table's rows shows it, and the table is left out with a warning rather than read wrong. In a table
 * whose only row has no label (表四) the header's words between the numbers are moved before them.
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
        List<List<Cell>> rows = s.stream(lines);
        return new AlignedText.Read(rows.isEmpty() ? List.of() : List.of(new Grid(rows, false)), s.problems);
    }

    /** The stream, one row per table (the words and the numbers of a table without row labels in two). */
    private List<List<Cell>> stream(List<AlignedText.Line> lines) {
        List<List<Cell>> out = new ArrayList<>();
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
    private List<List<Cell>> checked(List<Cell> part, TableSpec table) {
        if (part.isEmpty()) {
            return List.of();
        }
        int limit = table != null ? facts.widestRow(table) : facts.widestRow();
        boolean unlabelled = table != null && SchemaFacts.hasUnlabelledRow(table);
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
            // the header's words, then the row's numbers (as many as the row has), then whatever follows
            List<Cell> words = new ArrayList<>();
            List<Cell> numbers = new ArrayList<>();
            List<Cell> rest = new ArrayList<>();
            for (Cell c : part) {
                boolean number = AlignedText.isNumber(c.text());
                if (!rest.isEmpty() || numbers.size() == limit) {
                    rest.add(c);
                } else {
                    (number ? numbers : words).add(c);
                }
            }
            return List.of(words, numbers, rest);
        }
        return List.of(List.copyOf(part));
    }

    /** A line's words joined as pdftotext spaced them. */
    private static String join(AlignedText.Line l) {
        StringBuilder s = new StringBuilder();
        l.tokens().forEach(t -> s.append(s.length() > 0 ? " " : "").append(t.text()));
        return s.toString();
    }
}
