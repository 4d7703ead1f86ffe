package org.xxgk.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.spi.DocumentReader;
import org.xxgk.core.spi.EmptyFileException;
import org.xxgk.core.spi.UnsupportedFormatException;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.text.TextDecoder;

/**
 * Reads report text as users paste it out of web pages. Tables arrive as pipe rows (with or without
 * a leading {@code |}), Markdown tables, tab-separated rows (a browser's copy of an HTML table), or
 * one cell per line ({@code 0 |}); paragraphs around them are kept as lines for the metadata.
 */
public final class TextReportReader implements DocumentReader {

    /** A Markdown delimiter row: dashes only, at least one run of three (a row of {@code -} placeholders is data). */
    private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    private static final Pattern THREE_DASHES = Pattern.compile("---");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    /** Share of one-cell lines above which a table region is text pasted one cell per line. */
    private static final double ONE_CELL_SHARE = 0.8;
    private static final int MIN_ONE_CELL_LINES = 6;

    @Override
    public Set<String> formats() {
        return Set.of("text");
    }

    @Override
    public Document read(InputStream in, String source) throws XxgkException, IOException {
        byte[] bytes = in.readAllBytes();
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
        List<Row> region = new ArrayList<>();
        SourceLocation file = SourceLocation.ofFile(source);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (MARKDOWN_RULE.matcher(line.strip()).matches() && THREE_DASHES.matcher(line).find()) {
                continue;
            }
            if (isTableLine(line)) {
                region.add(new Row(i + 1, split(line), line.indexOf('|') < 0));
            } else {
                flush(region, grids, file);
            }
        }
        flush(region, grids, file);
        return new Document(source, "text", grids, List.of(lines), 0);
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
        String s = line.strip();
        boolean pipes = s.indexOf('|') >= 0;
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

    private static void flush(List<Row> region, List<Grid> grids, SourceLocation file) {
        if (region.isEmpty()) {
            return;
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
            for (Row r : region) {
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; c < r.cells().size(); c++) {
                    cells.add(Cell.of(r.cells().get(c), file.withLine(r.line()).withCell(null, c + 1, null)));
                }
                rows.add(cells);
            }
        }
        // Tab-separated text comes from a browser's copy of a table and keeps empty cells in place.
        grids.add(new Grid(rows, tabs && !cellPerLine));
        region.clear();
    }

    private static boolean looksBinary(String text) {
        long control = text.chars().limit(8192)
                .filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        return control > Math.min(text.length(), 8192) / 20 || text.indexOf('\u0000') >= 0;
    }
}
