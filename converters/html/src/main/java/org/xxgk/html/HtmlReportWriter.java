package org.xxgk.html;

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
import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.ReportWriter;

/**
 * The reports' tables as HTML to paste into an agency's web page: each table's official title in a
 * {@code <p><strong>}, then the table in its official layout ({@link OfficialLayout}) with merged
 * cells, 1px borders, centred headings and right-aligned numbers, all in inline styles (CMS editors
 * drop style sheets). Each report starts with an {@code <h2>} title line naming its agency and year
 * ({@code 临江市公安局2023年政府信息公开工作年度报告}); several reports follow one another.
 *
 * <p>The output is a whole UTF-8 page ({@code <meta charset="utf-8">}) so that it opens correctly in a
 * browser; the fragment to paste is everything between the {@code xxgk:begin} and {@code xxgk:end}
 * comments. Problems are not written: the page is for publishing. The page reads back through
 * {@link HtmlReportReader} to the same values, agency and year.
 */
public final class HtmlReportWriter implements ReportWriter {

    static final String TABLE_STYLE = "border-collapse:collapse;border:1px solid #000;width:100%;margin-bottom:1em;";
    private static final String CELL_STYLE = "border:1px solid #000;padding:4px 6px;";
    private static final String CENTRED = "text-align:center;vertical-align:middle;";
    /** Headings up to this length stay on one line: 表三's narrow applicant columns would split 自然人 otherwise. */
    private static final int NOWRAP_HEADING = 8;

    private final Schema schema = Schema.official();

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void write(List<Report> reports, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + escape(reports.size() == 1 ? title(reports.get(0)) : "政府信息公开工作年度报告统计表")
                + "</title>\n</head>\n<body>\n<!-- xxgk:begin 从此行到 xxgk:end 之间的内容可直接粘贴到网页 -->\n");
        for (Report r : reports) {
            write(r, w);
        }
        w.write("<!-- xxgk:end -->\n</body>\n</html>\n");
        w.flush();
    }

    private void write(Report r, Writer w) throws IOException {
        w.write("<h2>" + escape(title(r)) + "</h2>\n");
        for (Map.Entry<String, Generation> t : r.generations().entrySet()) {
            TableLayout layout = OfficialLayout.of(schema.view(t.getKey(), t.getValue()));
            w.write("<p><strong>" + escape(layout.view().table().title()) + "</strong></p>\n");
            writeTable(layout, r.values(), w);
        }
    }

    /** The report's title as agencies write it, which is also what the reader takes agency and year from. */
    static String title(Report r) {
        return r.title();
    }

    private static void writeTable(TableLayout layout, Map<String, CellValue> values, Writer w) throws IOException {
        w.write("<table style=\"" + TABLE_STYLE + "\">\n");
        for (int r = 0; r < layout.height(); r++) {
            w.write("<tr>");
            for (LayoutCell cell : layout.row(r)) {
                w.write(cell(cell, values));
            }
            w.write("</tr>\n");
        }
        w.write("</table>\n");
    }

    private static String cell(LayoutCell cell, Map<String, CellValue> values) {
        StringBuilder td = new StringBuilder("<td");
        if (cell.rowSpan() > 1) {
            td.append(" rowspan=\"").append(cell.rowSpan()).append('"');
        }
        if (cell.colSpan() > 1) {
            td.append(" colspan=\"").append(cell.colSpan()).append('"');
        }
        td.append(" style=\"").append(CELL_STYLE).append(align(cell.role()));
        if (cell.role() == LayoutCell.Role.HEADER && cell.text().length() <= NOWRAP_HEADING) {
            td.append("white-space:nowrap;");
        }
        td.append("\">");
        return td.append(escape(text(cell, values))).append("</td>").toString();
    }

    private static String align(LayoutCell.Role role) {
        return switch (role) {
            case BLOCK, HEADER, UNIT -> CENTRED;
            case LABEL -> "text-align:left;";
            case VALUE -> "text-align:right;";
        };
    }

    private static String text(LayoutCell cell, Map<String, CellValue> values) {
        if (cell.code() == null) {
            return cell.text();
        }
        CellValue v = values.get(cell.code());
        return v == null ? "" : v.number().stripTrailingZeros().toPlainString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
