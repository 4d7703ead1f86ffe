package org.xxgk.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.spi.DocumentReader;
import org.xxgk.core.spi.EmptyFileException;
import org.xxgk.core.spi.UnsupportedFormatException;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.text.TextDecoder;

/**
 * Reads report text as users paste it out of web pages or convert it with the usual tools. Tables
 * arrive as pipe rows (with or without a leading {@code |}), Markdown pipe tables, pandoc's simple,
 * multiline and grid tables ({@link PandocTables}), tab-separated rows (a browser's or a spreadsheet's
 * copy of a table), one cell per line ({@code 0 |}, or plain pdftotext's bare lines: {@link CellStream}),
 * or columns aligned with spaces ({@code pdftotext -layout}: {@link AlignedText}); paragraphs around
 * them are kept as lines for the metadata.
 */
public final class TextReportReader implements DocumentReader {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    /** Share of one-cell lines above which a table region is text pasted one cell per line. */
    private static final double ONE_CELL_SHARE = 0.8;
    private static final int MIN_ONE_CELL_LINES = 6;
    /** A raw HTML table longer than this is no table of a report (a report's longest is a few hundred lines). */
    private static final int MAX_RAW_TABLE_LINES = 20_000;
    /** The HTML module's table reader, when it is there. */
    private static final Optional<org.xxgk.core.spi.MarkupTables> MARKUP = org.xxgk.core.spi.MarkupTables.find();

    @Override
    public Set<String> formats() {
        return Set.of("text");
    }

    /** The largest text read: a year's report is tens of kilobytes, a long one with its notes a few hundred. */
    static final int MAX_BYTES = 16 << 20;

    @Override
    public Document read(InputStream in, String source) throws XxgkException, IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            // Reading takes about twenty times a text's size in memory: 200 MB of text would need 4.5 GB.
            throw new UnsupportedFormatException(source, "文本超过 " + (MAX_BYTES >> 20) + " MB，不像年度报告（一份报告的文字一般不到 1 MB），未读取");
        }
        String text = TextDecoder.require(bytes, null, source).text();
        if (text.isBlank()) {
            throw new EmptyFileException(source, "文件没有内容");
        }
        if (looksBinary(text)) {
            throw new UnsupportedFormatException(source, "不是文本文件，也不是可识别的其他格式");
        }
        return parse(text, source);
    }

    /** Parses already-decoded text; used by readers of other formats that carry pasted text. */
    public static Document parse(String text, String source) {
        String[] lines = LINE_BREAK.split(text, -1);
        List<Grid> grids = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Row> region = new ArrayList<>();
        boolean markdown = false;
        List<AlignedText.Line> other = new ArrayList<>();
        SourceLocation file = SourceLocation.ofFile(source);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            Optional<PandocTables.Found> table = line.isBlank() ? Optional.empty() : PandocTables.at(lines, i, file);
            if (table.isPresent()) {
                markdown = flush(region, markdown, grids, file);
                flushOther(other, grids, problems, file);
                grids.add(table.get().grid().at(i));
                i = table.get().next();
                continue;
            }
            int end = MARKUP.isPresent() ? rawTableEnd(lines, i) : -1;
            if (end > i) {
                // a raw HTML table among Markdown (pandoc writes merged cells with line breaks so): read as HTML
                markdown = flush(region, markdown, grids, file);
                flushOther(other, grids, problems, file);
                for (Grid g : MARKUP.get().tables(String.join("\n", java.util.Arrays.asList(lines).subList(i, end)), file, i + 1)) {
                    grids.add(g.at(i));
                }
                i = end;
                continue;
            }
            if (isPipeDelimiterRow(line)) {
                // A Markdown table's delimiter row under its header: the table keeps every cell in place.
                markdown |= region.size() == 1;
                i++;
                continue;
            }
            if (isTableLine(line)) {
                flushOther(other, grids, problems, file);
                region.add(new Row(i + 1, split(line), line.indexOf('|') < 0));
            } else {
                markdown = flush(region, markdown, grids, file);
                other.add(AlignedText.tokenize(line, i + 1));
            }
            i++;
        }
        markdown = flush(region, markdown, grids, file);
        flushOther(other, grids, problems, file);
        return new Document(source, "text", placed(grids), plainLines(lines), 0, problems);
    }

    /**
     * The grids, each placed among the lines where it starts, so that a text of several reports is cut
     * into one per report (the core's report splitter): a grid read from lines without a place of their
     * own (columns aligned with spaces, one cell per line) stands where its first cell's line is. Such a
     * grid may have taken a report's title and the text around it for rows (pdftotext's paragraphs look
     * like columns): it is cut there, the title left to the lines, so that the title stands above the
     * rows after it.
     */
    private static List<Grid> placed(List<Grid> grids) {
        List<Grid> out = new ArrayList<>(grids.size());
        for (Grid g : grids) {
            if (g.line() >= 0) {
                out.add(g);
                continue;
            }
            if (g.positional()) {
                int first = firstLine(g.rows());
                out.add(first == Integer.MAX_VALUE ? g : g.at(first - 1));
                continue;
            }
            List<List<Cell>> rows = new ArrayList<>();
            int after = -1; // the rows follow a title: the index of the line after the title's
            for (List<Cell> row : g.rows()) {
                int line = firstLine(List.of(row));
                if (line != Integer.MAX_VALUE && REPORT_TITLE.matcher(rowText(row)).matches()) {
                    addPlaced(out, rows, after);
                    rows = new ArrayList<>();
                    after = line; // 1-based, so the line after the title's
                    continue;
                }
                rows.add(row);
            }
            addPlaced(out, rows, after);
        }
        return out;
    }

    /** A report's title as a row of pasted text shows it: an agency, a year, 信息公开…报告, no sentence. */
    private static final Pattern REPORT_TITLE =
            Pattern.compile("^[^。，,；;：:|]*[\\u4e00-\\u9fff]\\d{4}年度?[^。，,；;：:|]*信息公开[^。，,；;：:|]*报告$");

    /** Rows of text (not keeping their places) as a grid, standing after their first line and after a title above them. */
    private static void addPlaced(List<Grid> out, List<List<Cell>> rows, int after) {
        if (rows.isEmpty()) {
            return;
        }
        int first = firstLine(rows);
        int line = Math.max(first == Integer.MAX_VALUE ? -1 : first - 1, after);
        Grid g = new Grid(rows, false);
        out.add(line >= 0 ? g.at(line) : g);
    }

    /** The first (1-based) line any cell of the rows comes from; {@link Integer#MAX_VALUE} when none says. */
    private static int firstLine(List<List<Cell>> rows) {
        int first = Integer.MAX_VALUE;
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                Integer line = c.location() == null ? null : c.location().line();
                if (line != null && line >= 1) {
                    first = Math.min(first, line);
                }
            }
        }
        return first;
    }

    private static String rowText(List<Cell> row) {
        StringBuilder sb = new StringBuilder();
        row.forEach(c -> sb.append(c.text()));
        return sb.toString().replaceAll("\\s+", "");
    }

    /**
     * Where a raw HTML table that starts at line {@code i} ends (the index after its closing tag's line),
     * or -1 when the line starts no table or the table never closes. Nested tables are counted.
     */
    static int rawTableEnd(String[] lines, int i) {
        if (!startsTag(lines[i].stripLeading(), "<table")) {
            return -1;
        }
        int depth = 0;
        for (int k = i; k < lines.length && k < i + MAX_RAW_TABLE_LINES; k++) {
            String lower = lines[k].toLowerCase(java.util.Locale.ROOT);
            for (int at = lower.indexOf("<table"); at >= 0; at = lower.indexOf("<table", at + 1)) {
                depth += startsTag(lower.substring(at), "<table") ? 1 : 0;
            }
            for (int at = lower.indexOf("</table"); at >= 0; at = lower.indexOf("</table", at + 1)) {
                depth--;
            }
            if (depth <= 0) {
                return k + 1;
            }
        }
        return -1;
    }

    private static boolean startsTag(String s, String tag) {
        if (!s.regionMatches(true, 0, tag, 0, tag.length())) {
            return false;
        }
        char after = s.length() > tag.length() ? s.charAt(tag.length()) : ' ';
        return after == '>' || after == ' ' || after == '\t' || after == '/';
    }

    /** The lines as text for the metadata: Markdown's emphasis and heading marks taken off ({@code **临江市…**}). */
    private static List<String> plainLines(String[] lines) {
        List<String> out = new ArrayList<>(lines.length);
        for (String line : lines) {
            String s = line.indexOf("**") >= 0 ? line.replace("**", "") : line;
            int hashes = 0;
            while (hashes < s.length() && hashes < 6 && s.charAt(hashes) == '#') {
                hashes++;
            }
            out.add(hashes > 0 && hashes < s.length() && s.charAt(hashes) == ' ' ? s.substring(hashes + 1) : s);
        }
        return out;
    }

    /**
     * Lines that are neither pipe nor tab rows nor a pandoc table: columns aligned with spaces, page by
     * page (a form feed starts a page, and positions do not carry over it), or a stream of one cell per line.
     */
    private static void flushOther(List<AlignedText.Line> other, List<Grid> grids, List<Problem> problems, SourceLocation file) {
        if (other.isEmpty()) {
            return;
        }
        List<List<AlignedText.Line>> pages = new ArrayList<>();
        pages.add(new ArrayList<>());
        for (AlignedText.Line l : other) {
            if (l.formFeed()) {
                pages.add(new ArrayList<>());
            }
            pages.get(pages.size() - 1).add(l);
        }
        if (pages.stream().anyMatch(AlignedText::isLaidOut)) {
            for (List<AlignedText.Line> page : pages) {
                AlignedText.Read read = AlignedText.readPage(page, file);
                grids.addAll(read.grids());
                problems.addAll(read.problems());
            }
        } else if (CellStream.looksLikeOne(other)) {
            AlignedText.Read read = CellStream.read(other, file);
            grids.addAll(read.grids());
            problems.addAll(read.problems());
        }
        other.clear();
    }

    /**
     * A Markdown pipe table's delimiter row: cells of dashes with optional alignment colons, at least one
     * run of three dashes (a row of {@code -} placeholders is data). Scanned by hand, in one pass: a
     * regular expression with a repeated group overflows the stack on a row of thousands of columns.
     */
    static boolean isPipeDelimiterRow(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.indexOf('-') < 0) {
            return false;
        }
        int dashes = 0;
        boolean threeDashes = false;
        boolean cellHasDash = false;
        boolean pipes = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-') {
                dashes++;
                threeDashes |= dashes >= 3;
                cellHasDash = true;
                continue;
            }
            dashes = 0;
            if (c == '|') {
                if (!cellHasDash && i > 0 && pipes) {
                    return false; // an empty cell between two pipes
                }
                pipes = true;
                cellHasDash = false;
            } else if (c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return threeDashes && (pipes || s.chars().allMatch(c -> c == '-' || c == ':'));
    }

    /** A table line: its number, its cells, and whether tabs (not pipes) separate them. */
    private record Row(int line, List<String> cells, boolean tabs) {
        long nonEmpty() {
            return cells.stream().filter(c -> !c.isBlank()).count();
        }
    }

    private static boolean isTableLine(String line) {
        return line.indexOf('|') >= 0 || line.indexOf('\t') >= 0;
    }

    /** Cells of one line: pipes, or tabs when the line has no pipe; the outer pipes of Markdown dropped. */
    private static List<String> split(String line) {
        boolean pipes = line.indexOf('|') >= 0;
        // A tab row keeps its leading and trailing empty fields: they are cells in their places.
        String s = pipes ? line.strip() : line.replaceAll("^ +| +$", "");
        if (pipes && s.startsWith("|")) {
            s = s.substring(1);
        }
        if (pipes && s.endsWith("|")) {
            s = s.substring(0, s.length() - 1);
        }
        String[] parts = s.split(pipes ? "\\|" : "\t", -1);
        List<String> cells = new ArrayList<>();
        for (String p : parts) {
            cells.add(p.strip());
        }
        return cells;
    }

    /** Adds the region's grid; returns false, the next region's Markdown flag. */
    private static boolean flush(List<Row> region, boolean markdown, List<Grid> grids, SourceLocation file) {
        if (region.isEmpty()) {
            return false;
        }
        boolean tabs = region.stream().allMatch(Row::tabs);
        long oneCell = region.stream().filter(r -> r.nonEmpty() <= 1).count();
        boolean cellPerLine = region.size() >= MIN_ONE_CELL_LINES && oneCell >= ONE_CELL_SHARE * region.size();
        List<List<Cell>> rows = new ArrayList<>();
        if (cellPerLine) {
            // One cell per line: row ends are lost, so the cells form one stream cut by the labels.
            List<Cell> stream = new ArrayList<>();
            region.forEach(r -> r.cells().stream().filter(c -> !c.isBlank())
                    .forEach(c -> stream.add(Cell.of(c, file.withLine(r.line())))));
            rows.add(stream);
        } else {
            int[] widths = tabs ? blockWidths(region) : null;
            for (int i = 0; i < region.size(); i++) {
                Row r = region.get(i);
                List<Cell> cells = new ArrayList<>();
                int width = widths != null ? widths[i] : r.cells().size();
                for (int c = 0; c < width; c++) {
                    String text = c < r.cells().size() ? r.cells().get(c) : "";
                    cells.add(Cell.of(text, file.withLine(r.line()).withCell(null, c + 1, null)));
                }
                rows.add(cells);
            }
        }
        // Tab-separated text (a browser's or a spreadsheet's copy of a table) and Markdown tables keep empty cells in place.
        grids.add(new Grid(rows, (tabs || markdown) && !cellPerLine).at(region.get(0).line() - 1));
        region.clear();
        return false;
    }

    /**
     * How many fields each tab row has in its table. A spreadsheet writes every row as wide as the widest
     * table on the sheet (表四's fifteen columns), so a narrower table's rows end in empty fields that are
     * no cells of it; they would be taken for the padding of lost spans. Rows with one cell or none (titles,
     * paragraphs, a row of zeros left blank) end a block; in a block a row is as wide as its widest row.
     */
    private static int[] blockWidths(List<Row> region) {
        int[] widths = new int[region.size()];
        int start = 0;
        for (int i = 0; i <= region.size(); i++) {
            if (i < region.size() && region.get(i).nonEmpty() > 1) {
                continue;
            }
            int width = 0;
            for (int k = start; k < i; k++) {
                width = Math.max(width, lastNonEmpty(region.get(k)) + 1);
            }
            for (int k = start; k < i; k++) {
                widths[k] = width;
            }
            if (i < region.size()) {
                widths[i] = lastNonEmpty(region.get(i)) + 1;
            }
            start = i + 1;
        }
        return widths;
    }

    private static int lastNonEmpty(Row r) {
        for (int c = r.cells().size() - 1; c >= 0; c--) {
            if (!r.cells().get(c).isBlank()) {
                return c;
            }
        }
        return -1;
    }

    private static boolean looksBinary(String text) {
        long control = text.chars().limit(8192)
                .filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        return control > Math.min(text.length(), 8192) / 20 || text.indexOf('\u0000') >= 0;
    }
}
