package org.xxgk.core.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.xxgk.core.layout.LayoutCell;
import org.xxgk.core.layout.OfficialLayout;
import org.xxgk.core.layout.TableLayout;
import org.xxgk.core.model.CellValue;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.ReportWriter;

/**
 * The tables as Markdown in the official layout, for reading in a terminal. Markdown cannot merge
 * cells: a merged heading is written once, in its top-left cell. Reads back through the text reader.
 */
public final class MarkdownReportWriter implements ReportWriter {

    private final Schema schema = Schema.official();

    @Override
    public String format() {
        return "md";
    }

    @Override
    public void write(List<Report> reports, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (Report r : reports) {
            write(r, w);
        }
        w.flush();
    }

    private void write(Report r, Writer w) throws IOException {
        // The report's own title, so that agency and year read back through the text reader.
        w.write("# " + (r.agency() == null ? "（未识别发布机构）" : r.agency())
                + (r.year() == null ? "" : r.year() + "年") + "政府信息公开工作年度报告\n\n");
        w.write("来源：" + r.source() + "\n\n");
        for (Map.Entry<String, Generation> t : r.generations().entrySet()) {
            TableLayout layout = OfficialLayout.of(schema.view(t.getKey(), t.getValue()));
            w.write("## " + layout.view().table().title() + "\n\n");
            writeTable(layout, r.values(), w);
            w.write("\n");
        }
        if (!r.problems().isEmpty()) {
            w.write("## 问题\n\n");
            for (Problem p : r.problems()) {
                w.write("- " + p.severity().chinese() + "：" + p.message()
                        + (p.location().isEmpty() ? "" : "（" + p.location() + "）") + "\n");
            }
            w.write("\n");
        }
    }

    private static void writeTable(TableLayout layout, Map<String, CellValue> values, Writer w) throws IOException {
        LayoutCell[][] grid = layout.grid();
        for (int r = 0; r < grid.length; r++) {
            StringBuilder line = new StringBuilder("|");
            for (int c = 0; c < grid[r].length; c++) {
                LayoutCell cell = grid[r][c];
                boolean origin = cell != null && cell.row() == r && cell.column() == c;
                line.append(' ').append(origin ? text(cell, values) : "").append(" |");
            }
            w.write(line.append('\n').toString());
            if (r == 0) {
                w.write("|" + " --- |".repeat(grid[r].length) + "\n");
            }
        }
    }

    private static String text(LayoutCell cell, Map<String, CellValue> values) {
        if (cell.code() == null) {
            return cell.text().replace("|", "\\|");
        }
        CellValue v = values.get(cell.code());
        return v == null ? "" : v.number().stripTrailingZeros().toPlainString();
    }
}
