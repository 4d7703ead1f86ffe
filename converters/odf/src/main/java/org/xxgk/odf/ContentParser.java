package org.xxgk.odf;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Severity;
import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.XxgkException;

/**
 * Reads content.xml in one pass into blocks: the body's paragraphs and tables in order (a text
 * document), or its sheets (a spreadsheet). Repeated rows and cells ({@code number-rows-repeated},
 * {@code number-columns-repeated}) are expanded only where they hold something and only within
 * {@link #MAX_ROWS} rows and {@link #MAX_COLUMNS} columns: a sheet that repeats an empty column 16,384
 * times costs a counter. Notes, comments, tracked deletions and indexes are left out of the text, so
 * that a footnote mark never joins a cell's number.
 */
final class ContentParser {

    /** An official table never needs more rows or columns than these (as the workbook reader bounds sheets). */
    static final int MAX_ROWS = 5_000;
    static final int MAX_COLUMNS = 256;
    /**
     * How deep sections, lists, frames, tables in cells and row groups may nest: documents nest a few levels;
     * tables nested 20,000 deep overflowed the stack of this recursive reading.
     */
    static final int MAX_NESTING = 64;
    /**
     * The most grid positions a file's tables may lay out (each table as tall as its last row and as wide as its
     * widest row or span): an official table has under two thousand; one cell spanning 5,000 rows and 256
     * columns took 13 s to lay out.
     */
    static final long MAX_POSITIONS = 300_000;
    /** What a formula cell saved without its value reads as: not a number, so the recognizer reads nothing from it. */
    static final String NOT_COMPUTED = "#公式无计算结果";

    private static final MathContext SPREADSHEET_DIGITS = new MathContext(15);
    /** Elements whose text is not the document's: notes, comments, deleted text, generated indexes, forms. */
    private static final Set<String> SKIPPED = Set.of("note", "annotation", "annotation-end", "tracked-changes",
            "ruby-text", "table-of-content", "illustration-index", "table-index", "object-index", "user-index",
            "alphabetical-index", "bibliography", "forms", "sequence-decls", "variable-decls", "user-field-decls",
            "dde-connection-decls", "named-expressions", "database-ranges", "content-validations", "label-ranges",
            "calculation-settings", "soft-page-break", "table-column", "table-columns", "table-header-columns",
            "table-column-group", "shapes", "table-source", "scenario", "dde-source", "bookmark-start", "bookmark-end");
    private static final Set<String> ROW_GROUPS = Set.of("table-header-rows", "table-rows", "table-row-group");
    /** Value types whose {@code office:value} is the number itself (a percentage's is a fraction: its text is kept). */
    private static final Set<String> NUMERIC = Set.of("float", "currency");

    private final XMLStreamReader x;
    private final String source;
    private final Set<String> hiddenTableStyles = new HashSet<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<Block> body = new ArrayList<>();
    private boolean spreadsheet;
    /** The sheet being read, for the locations of problems. */
    private String sheet;
    /** How many containers the reading is inside. */
    private int nesting;
    /** The grid positions laid out so far. */
    private long positions;

    private ContentParser(XMLStreamReader x, String source) {
        this.x = x;
        this.source = source;
    }

    /** What content.xml holds. */
    record Content(boolean spreadsheet, List<Block> body, Set<String> hiddenTableStyles, List<Problem> problems) {
    }

    static Content parse(XMLStreamReader x, String source) throws XxgkException {
        ContentParser p = new ContentParser(x, source);
        p.document();
        return new Content(p.spreadsheet, p.body, p.hiddenTableStyles, p.problems);
    }

    private void document() throws XxgkException {
        while (hasNext()) {
            int event = next();
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (is(OdfXml.OFFICE, "automatic-styles")) {
                styles();
            } else if (is(OdfXml.OFFICE, "text") || is(OdfXml.OFFICE, "spreadsheet")) {
                spreadsheet = x.getLocalName().equals("spreadsheet");
                blocks(body);
            }
        }
    }

    /** The table styles that hide a sheet ({@code table:display="false"}). */
    private void styles() throws XxgkException {
        String style = null;
        int depth = 0;
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (is(OdfXml.STYLE, "style")) {
                    style = "table".equals(attr(OdfXml.STYLE, "family")) ? attr(OdfXml.STYLE, "name") : null;
                } else if (style != null && is(OdfXml.STYLE, "table-properties") && "false".equals(attr(OdfXml.TABLE, "display"))) {
                    hiddenTableStyles.add(style);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && depth-- == 0) {
                return;
            }
        }
    }

    /** The blocks inside the current element, up to its end. */
    private void blocks(List<Block> out) throws XxgkException {
        enter();
        try {
            blocksInside(out);
        } finally {
            nesting--;
        }
    }

    private void enter() throws CorruptFileException {
        if (++nesting > MAX_NESTING) {
            throw new CorruptFileException(source, "OpenDocument 文件的内容嵌套过深（表格、列表或文本框层层套叠超过 "
                    + MAX_NESTING + " 层），不像统计表，未读取");
        }
    }

    private void blocksInside(List<Block> out) throws XxgkException {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (is(OdfXml.TABLE, "table")) {
                out.add(table());
            } else if (is(OdfXml.TEXT, "p") || is(OdfXml.TEXT, "h")) {
                paragraph(out);
            } else if (SKIPPED.contains(x.getLocalName())) {
                skip();
            } else {
                blocks(out); // sections, lists, frames and text boxes: their paragraphs in order
            }
        }
    }

    /** A paragraph's text; text boxes anchored in it follow it as blocks of their own. */
    private void paragraph(List<Block> out) throws XxgkException {
        StringBuilder text = new StringBuilder();
        List<Block> floating = new ArrayList<>();
        int depth = 0;
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE) {
                text.append(collapse(x.getText()));
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (is(OdfXml.TEXT, "s")) {
                    text.append(" ".repeat((int) Math.min(count(attr(OdfXml.TEXT, "c")), 100)));
                    skip();
                } else if (is(OdfXml.TEXT, "tab")) {
                    text.append(' ');
                    skip();
                } else if (is(OdfXml.TEXT, "line-break")) {
                    text.append('\n');
                    skip();
                } else if (SKIPPED.contains(x.getLocalName())) {
                    skip();
                } else if (OdfXml.DRAW.equals(x.getNamespaceURI())) {
                    blocks(floating);
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && depth-- == 0) {
                out.add(new Block.Paragraph(tidy(text)));
                out.addAll(floating);
                return;
            }
        }
    }

    private RawTable table() throws XxgkException {
        RawTable t = new RawTable(attr(OdfXml.TABLE, "name"), attr(OdfXml.TABLE, "style-name"));
        if (spreadsheet) {
            sheet = t.name;
        }
        rows(t, new long[1]);
        lay(OdfGrids.positions(t));
        return t;
    }

    /** The rows inside the current element (the table or a row group), up to its end. */
    private void rows(RawTable t, long[] next) throws XxgkException {
        enter();
        try {
            rowsInside(t, next);
        } finally {
            nesting--;
        }
    }

    private void rowsInside(RawTable t, long[] next) throws XxgkException {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (is(OdfXml.TABLE, "table-row")) {
                row(t, next);
            } else if (OdfXml.TABLE.equals(x.getNamespaceURI()) && ROW_GROUPS.contains(x.getLocalName())) {
                rows(t, next);
            } else {
                skip();
            }
        }
    }

    /** One row element: kept (as many times as it repeats, within the bounds) when it holds something. */
    private void row(RawTable t, long[] next) throws XxgkException {
        long repeat = count(attr(OdfXml.TABLE, "number-rows-repeated"));
        List<RawTable.RawCell> cells = new ArrayList<>();
        long column = 0;
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            boolean covered = is(OdfXml.TABLE, "covered-table-cell");
            if (!covered && !is(OdfXml.TABLE, "table-cell")) {
                skip();
                continue;
            }
            long times = count(attr(OdfXml.TABLE, "number-columns-repeated"));
            RawTable.RawCell cell = cell(covered, (int) Math.min(next[0], MAX_ROWS), (int) Math.min(column, MAX_COLUMNS));
            for (long k = 0; cell != null && k < times && column + k < MAX_COLUMNS; k++) {
                while (cells.size() < column + k) {
                    cells.add(null);
                }
                cells.add(cell);
            }
            column += times;
        }
        if (!cells.isEmpty()) {
            RawTable.RawCell[] kept = cells.toArray(new RawTable.RawCell[0]);
            for (long k = 0; k < repeat && next[0] + k < MAX_ROWS; k++) {
                t.rows.add(new RawTable.RawRow((int) (next[0] + k), kept));
            }
        }
        next[0] += repeat;
    }

    /** The current cell element, or {@code null} when it holds nothing (no text, no span, not covered). */
    private RawTable.RawCell cell(boolean covered, int row, int column) throws XxgkException {
        int rowSpan = (int) Math.min(count(attr(OdfXml.TABLE, "number-rows-spanned")), MAX_ROWS);
        int colSpan = (int) Math.min(count(attr(OdfXml.TABLE, "number-columns-spanned")), MAX_COLUMNS);
        String type = attr(OdfXml.OFFICE, "value-type");
        String value = attr(OdfXml.OFFICE, "value");
        String formula = attr(OdfXml.TABLE, "formula");
        List<Block> content = new ArrayList<>();
        blocks(content);
        if (covered) {
            return RawTable.RawCell.COVERED;
        }
        String shown = String.join("\n", content.stream().filter(b -> b instanceof Block.Paragraph)
                .map(b -> ((Block.Paragraph) b).text()).filter(s -> !s.isEmpty()).toList());
        String text = type != null && NUMERIC.contains(type) && value != null ? number(value, shown) : shown;
        if (formula != null && value == null && shown.isEmpty()) {
            text = NOT_COMPUTED;
            problems.add(notComputed(row, column));
        }
        boolean empty = text.isEmpty() && rowSpan == 1 && colSpan == 1 && content.stream().noneMatch(b -> b instanceof RawTable);
        return empty ? null : new RawTable.RawCell(text, shown, rowSpan, colSpan, false, List.copyOf(content));
    }

    private void lay(long more) throws CorruptFileException {
        positions += more;
        if (positions > MAX_POSITIONS) {
            throw new CorruptFileException(source, (sheet != null ? "工作表" + org.xxgk.core.text.Quote.of(sheet) : "文件")
                    + "的表格连同合并与重复的单元格超过 " + MAX_POSITIONS + " 个，超出上限，不像统计表，未读取");
        }
    }

    private Problem notComputed(int row, int column) {
        String where = (sheet != null ? "工作表“" + sheet + "”，" : "") + "单元格" + OdfGrids.ref(row, column);
        return Problem.of(Severity.WARNING, "formula_not_computed", List.of(), where,
                where + "是公式，但文件没有保存它的计算结果（保存前未重新计算），该格未读取；请在 LibreOffice 或 WPS 中打开、重新计算后保存");
    }

    /** {@code office:value} as a person writes it: {@code 6}, {@code 12.5}, at most the 15 digits a spreadsheet keeps. */
    private static String number(String value, String shown) {
        try {
            BigDecimal n = new BigDecimal(value.strip());
            return n.round(SPREADSHEET_DIGITS).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return shown; // not a number after all: what the cell shows
        }
    }

    private void skip() throws XxgkException {
        int depth = 0;
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT && depth-- == 0) {
                return;
            }
        }
    }

    private boolean hasNext() throws XxgkException {
        try {
            return x.hasNext();
        } catch (javax.xml.stream.XMLStreamException e) {
            throw OdfXml.malformed(source, e);
        }
    }

    private int next() throws XxgkException {
        return OdfXml.next(x, source);
    }

    private boolean is(String namespace, String local) {
        return namespace.equals(x.getNamespaceURI()) && local.equals(x.getLocalName());
    }

    private String attr(String namespace, String local) {
        return x.getAttributeValue(namespace, local);
    }

    /** A count attribute: a positive whole number, 1 when absent or not one. */
    private static long count(String value) {
        if (value == null) {
            return 1;
        }
        try {
            long n = Long.parseLong(value.strip());
            return n < 1 ? 1 : Math.min(n, Integer.MAX_VALUE);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** White space as OpenDocument reads it: any run is one space ({@code text:s} holds the others). */
    private static String collapse(String s) {
        return s.replaceAll("[ \\t\\r\\n]+", " ");
    }

    private static String tidy(CharSequence text) {
        return String.join("\n", text.toString().lines().map(String::strip).toList()).strip();
    }
}
