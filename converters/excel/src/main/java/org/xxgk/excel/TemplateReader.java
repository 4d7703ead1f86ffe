package org.xxgk.excel;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xxgk.core.layout.LayoutCell;
import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Severity;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.recognize.LabelText;

/**
 * Reads our own template exactly, by its layout description: each table's area and value cells are
 * found by their defined names, and every label the layout prints is checked where the layout puts it.
 * A table that passes becomes a grid in the official layout holding the named cells' contents; one
 * whose layout was edited (a row inserted, a label retyped) is left to the recognizer, with a note
 * of what moved. The cells come through {@link TemplateCells}, whichever way the file was opened.
 */
final class TemplateReader {

    /** How many differences a note names before it says how many more there are. */
    private static final int NAMED = 3;
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final TemplateCells cells;
    private final String source;

    TemplateReader(TemplateCells cells, String source) {
        this.cells = cells;
        this.source = source;
    }

    /** The sheets a template's document does not take from its names, read as they stand. */
    @FunctionalInterface
    interface OtherSheets {
        /** The visible sheets except those named, as one document's grids and lines. */
        Document read(Set<String> except);
    }

    /**
     * The template's document: each table whose layout is intact from its names, the cover's fields as
     * lines; every other visible sheet, a table whose layout was edited among them, from {@code others}.
     *
     * @param annexes sheets the template marks as annexes (a regional workbook's 明细 …): not read at all
     * @param sheets  how many sheets the workbook has, hidden ones included
     */
    Document read(TemplatePlan plan, Set<String> annexes, String format, int sheets, OtherSheets others) {
        List<Grid> grids = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> exact = new HashSet<>();
        for (SheetPlan s : plan.sheets()) {
            List<String> differences = differences(s);
            if (differences.isEmpty()) {
                grids.add(grid(s));
                cells.find(Names.ofArea(s.table().id())).ifPresent(t -> exact.add(t.sheet()));
            } else {
                problems.add(Problem.of(Severity.WARNING, "template.layout_changed", List.of(), "工作表“" + s.sheetName() + "”",
                        note(s, differences)));
            }
        }
        List<String> lines = new ArrayList<>(coverLines());
        Set<String> skip = new HashSet<>(exact);
        skip.addAll(annexes);
        if (!lines.isEmpty()) {
            skip.add(TemplatePlan.COVER_SHEET);
        }
        Document rest = others.read(skip);
        grids.addAll(rest.grids());
        lines.addAll(rest.lines());
        return new Document(source, format, grids, lines, sheets, problems);
    }

    /** A label found elsewhere than the layout puts it. */
    private record Move(String label, int fromRow, int fromColumn, int rows, int columns) {
    }

    /** What differs between the sheet and the layout; empty when the table can be read by its names. */
    List<String> differences(SheetPlan plan) {
        Optional<TemplateCells.Place> area = cells.find(Names.ofArea(plan.table().id()));
        if (area.isEmpty()) {
            return List.of("表格区域的名称 " + Names.ofArea(plan.table().id()) + " 已不存在");
        }
        TemplateCells.Place a = area.get();
        List<String> out = new ArrayList<>();
        if (a.rows() != plan.layout().height() || a.columns() != plan.layout().width()) {
            out.add("表格区域应为 " + plan.layout().height() + " 行 " + plan.layout().width() + " 列，现为 "
                    + a.rows() + " 行 " + a.columns() + " 列");
        }
        List<Move> moves = new ArrayList<>();
        for (LayoutCell c : plan.layout().cells()) {
            int r = a.row() + c.row();
            int k = a.column() + c.column();
            if (c.code() == null && !same(c.text(), textAt(a.sheet(), r, k))) {
                find(c.text(), a.sheet(), r, k).ifPresentOrElse(moves::add, () -> out.add(retyped(c.text(), a.sheet(), r, k)));
            }
        }
        out.addAll(describe(moves));
        if (out.isEmpty()) {
            plan.layout().cells().stream().filter(c -> c.code() != null)
                    .forEach(c -> checkName(c.code(), a.sheet(), a.row() + c.row(), a.column() + c.column(), out));
        }
        return out;
    }

    private void checkName(String code, String sheet, int r, int k, List<String> out) {
        Optional<TemplateCells.Place> t = cells.find(Names.ofCode(code));
        if (t.isEmpty()) {
            out.add("填报格 " + code + " 的名称已不存在");
        } else if (!t.get().sheet().equals(sheet) || t.get().row() != r || t.get().column() != k) {
            out.add("填报格 " + code + " 从 " + SheetReader.ref(r, k) + " 移到了 " + t.get().ref());
        }
    }

    /** Where a label went, looking a few rows and columns around its place. */
    private Optional<Move> find(String label, String sheet, int r, int k) {
        for (int distance = 1; distance <= 20; distance++) {
            for (int dr = -distance; dr <= distance; dr++) {
                for (int dk = -Math.min(distance, 5); dk <= Math.min(distance, 5); dk++) {
                    boolean ring = Math.abs(dr) == distance || Math.abs(dk) == distance;
                    if (ring && r + dr >= 0 && k + dk >= 0 && same(label, textAt(sheet, r + dr, k + dk))) {
                        return Optional.of(new Move(label, r, k, dr, dk));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Moves in words: labels that moved together (every label under an inserted row) as one sentence
     * from the first of them, single moves each on its own.
     */
    private static List<String> describe(List<Move> moves) {
        Map<List<Integer>, List<Move>> byShift = new LinkedHashMap<>();
        moves.forEach(m -> byShift.computeIfAbsent(List.of(m.rows(), m.columns()), x -> new ArrayList<>()).add(m));
        List<String> out = new ArrayList<>();
        byShift.forEach((shift, group) -> {
            Move first = group.get(0);
            if (group.size() == 1) {
                out.add("“" + brief(first.label()) + "”从 " + SheetReader.ref(first.fromRow(), first.fromColumn()) + " 移到了 "
                        + SheetReader.ref(first.fromRow() + first.rows(), first.fromColumn() + first.columns()));
            } else {
                out.add("从 " + SheetReader.ref(first.fromRow(), first.fromColumn()) + "（“" + brief(first.label()) + "”）起，"
                        + group.size() + " 个标签" + direction(first.rows(), first.columns()));
            }
        });
        return out;
    }

    private static String direction(int rows, int columns) {
        List<String> parts = new ArrayList<>();
        if (rows != 0) {
            parts.add((rows > 0 ? "下移 " : "上移 ") + Math.abs(rows) + " 行（可能" + (rows > 0 ? "插入" : "删除") + "了行）");
        }
        if (columns != 0) {
            parts.add((columns > 0 ? "右移 " : "左移 ") + Math.abs(columns) + " 列（可能" + (columns > 0 ? "插入" : "删除") + "了列）");
        }
        return String.join("、", parts);
    }

    private String retyped(String label, String sheet, int r, int k) {
        String now = textAt(sheet, r, k).strip();
        return SheetReader.ref(r, k) + " 应为“" + brief(label) + "”，现为" + (now.isEmpty() ? "空白" : "“" + now + "”");
    }

    private static String brief(String label) {
        return label.length() > 16 ? label.substring(0, 15) + "…" : label;
    }

    /** The note for a table whose layout was edited, one sentence. */
    static String note(SheetPlan plan, List<String> differences) {
        String named = String.join("；", differences.subList(0, Math.min(NAMED, differences.size())));
        String more = differences.size() > NAMED ? "；另有 " + (differences.size() - NAMED) + " 处" : "";
        return "工作表“" + plan.sheetName() + "”的版式与 xxgk 模板不一致（" + named + more + "），已改按标签识别，请核对识别结果";
    }

    /** The table in its official layout, holding the contents of the sheet's cells, with their sheet locations. */
    Grid grid(SheetPlan plan) {
        TemplateCells.Place a = cells.find(Names.ofArea(plan.table().id())).orElseThrow();
        SourceLocation file = SourceLocation.ofFile(source).withSheet(a.sheet());
        Cell[][] grid = new Cell[plan.layout().height()][plan.layout().width()];
        for (LayoutCell c : plan.layout().cells()) {
            int r = a.row() + c.row();
            int k = a.column() + c.column();
            String content = c.code() == null ? c.text() : cells.text(a.sheet(), r, k);
            Cell origin = new Cell(content, c.rowSpan(), c.colSpan(), false, file.withCell(r + 1, k + 1, SheetReader.ref(r, k)));
            for (int i = 0; i < c.rowSpan(); i++) {
                for (int j = 0; j < c.colSpan(); j++) {
                    grid[c.row() + i][c.column() + j] = i == 0 && j == 0 ? origin : origin.coveredCopy();
                }
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (Cell[] row : grid) {
            rows.add(Arrays.stream(row).map(x -> x == null ? Cell.of("", file) : x).toList());
        }
        // Every label was checked where the layout prints it: the recognizer may read this grid by position.
        return new Grid(rows, true, new Grid.Official(plan.table().id(), plan.generation()));
    }

    /**
     * The cover's fields as text lines in the words the recognizer's metadata reader knows:
     * {@code 填报单位（盖章）：…}, {@code 2024年度}, {@code 填报日期：2025年1月20日}. Empty when the
     * cover's names are gone.
     */
    List<String> coverLines() {
        List<String> out = new ArrayList<>();
        cover(CoverField.AGENCY).ifPresent(s -> out.add(CoverField.AGENCY.label() + s));
        cells.find(Names.ofCover(CoverField.YEAR)).map(p -> cells.text(p.sheet(), p.row(), p.column()))
                .filter(s -> s.matches("\\d{4}")).ifPresent(y -> out.add(y + "年度"));
        cells.find(Names.ofCover(CoverField.DATE)).flatMap(p -> cells.date(p.sheet(), p.row(), p.column()))
                .ifPresent(d -> out.add(CoverField.DATE.label() + d.format(CHINESE_DATE)));
        return out;
    }

    private Optional<String> cover(CoverField f) {
        return cells.find(Names.ofCover(f)).map(p -> cells.text(p.sheet(), p.row(), p.column())).map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    private String textAt(String sheet, int r, int k) {
        return cells.text(sheet, r, k);
    }

    private static boolean same(String expected, String actual) {
        return expected.equals(actual) || LabelText.fold(expected).equals(LabelText.fold(actual));
    }
}
