package org.xxgk.core.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.xxgk.core.layout.LayoutCell;
import org.xxgk.core.layout.OfficialLayout;
import org.xxgk.core.layout.TableLayout;
import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;

/**
 * Renders a report as the text users paste out of web pages, in each layout the text reader must
 * read: pipe rows, pipe rows that lost their empty cells, one cell per line, tab-separated rows.
 */
public final class TextLayouts {

    /** The pasted-text layouts. */
    public enum Layout {
        /** {@code a | b | c |}, every cell in place. */
        PIPES,
        /** Pipe rows whose zero cells were blank and were dropped, padded with pipes at the end. */
        PIPES_COMPACTED,
        /** {@code a |} on its own line for every cell; empty cells as {@code |||}. */
        CELL_PER_LINE,
        /** A browser's copy of a table: cells separated by tabs, empty ones kept. */
        TABS
    }

    private TextLayouts() {
    }

    public static String render(Report r, Layout layout) {
        StringBuilder out = new StringBuilder();
        out.append(r.agency()).append(r.year()).append("年政府信息公开工作年度报告\n");
        out.append("一、总体情况\n本年度依法做好政府信息公开工作。\n");
        Schema schema = Schema.official();
        for (Map.Entry<String, Generation> t : r.generations().entrySet()) {
            TableLayout tl = OfficialLayout.of(schema.view(t.getKey(), t.getValue()));
            out.append(tl.view().table().title()).append('\n');
            for (List<String> row : rows(tl, r.values(), layout == Layout.PIPES_COMPACTED)) {
                out.append(line(row, layout));
            }
        }
        out.append("五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n");
        out.append(r.agency()).append('\n').append(r.year() + 1).append("年1月20日\n");
        return out.toString();
    }

    private static List<List<String>> rows(TableLayout tl, Map<String, CellValue> values, boolean zeroAsBlank) {
        LayoutCell[][] grid = tl.grid();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < grid.length; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < grid[r].length; c++) {
                LayoutCell cell = grid[r][c];
                boolean origin = cell != null && cell.row() == r && cell.column() == c;
                row.add(origin ? text(cell, values, zeroAsBlank) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static String text(LayoutCell cell, Map<String, CellValue> values, boolean zeroAsBlank) {
        if (cell.code() == null) {
            return cell.text();
        }
        CellValue v = values.get(cell.code());
        if (v == null || zeroAsBlank && v.number().signum() == 0) {
            return "";
        }
        return v.number().stripTrailingZeros().toPlainString();
    }

    private static String line(List<String> row, Layout layout) {
        return switch (layout) {
            case PIPES -> String.join(" | ", row) + " |\n";
            case PIPES_COMPACTED -> compacted(row);
            case CELL_PER_LINE -> cellPerLine(row);
            case TABS -> String.join("\t", row) + "\n";
        };
    }

    /** Non-empty cells first, the lost empty ones as pipes at the end, as browsers copy such tables. */
    private static String compacted(List<String> row) {
        List<String> kept = row.stream().filter(s -> !s.isEmpty()).toList();
        return String.join(" | ", kept) + " |" + "|".repeat(row.size() - kept.size()) + "\n";
    }

    private static String cellPerLine(List<String> row) {
        StringBuilder out = new StringBuilder();
        int empty = 0;
        for (String s : row) {
            if (s.isEmpty()) {
                empty++;
                continue;
            }
            if (empty > 0) {
                out.append("|".repeat(empty + 1)).append('\n');
                empty = 0;
            }
            out.append(s).append(" |\n");
        }
        if (empty > 0) {
            out.append("|".repeat(empty + 1)).append('\n');
        }
        return out.toString();
    }
}
