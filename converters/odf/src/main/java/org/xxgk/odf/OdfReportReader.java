package org.xxgk.odf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamReader;

import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.spi.DocumentReader;
import org.xxgk.core.spi.XxgkException;

/**
 * Reads OpenDocument files, as LibreOffice and WPS save them: an {@code .odt}'s paragraphs as lines and its
 * tables as grids (a table that only lays out the page, its cells holding tables, is read as the body it
 * wraps), an {@code .ods}'s visible sheets each as a grid, its lines and a {@link Document.Part} (one
 * agency per sheet, as the workbook reader offers them). content.xml is read with the JDK's StAX parser
 * ({@link OdfXml}: no DTD, no external entity), the zip through commons-compress within size and
 * inflation limits ({@link OdfPackage}). Numbers are read from {@code office:value}, not from how the
 * cell shows them.
 */
public final class OdfReportReader implements DocumentReader {

    /** The format names, as {@link OdfDetector} gives them. */
    public static final String ODT = "odt";
    public static final String ODS = "ods";

    @Override
    public Set<String> formats() {
        return Set.of(ODT, ODS);
    }

    @Override
    public Document read(InputStream in, String source) throws XxgkException, IOException {
        byte[] bytes = in.readAllBytes();
        ContentParser.Content content;
        try (OdfPackage pkg = OdfPackage.open(bytes, source); InputStream part = pkg.content()) {
            XMLStreamReader x = OdfXml.reader(part, source);
            try {
                content = ContentParser.parse(x, source);
            } finally {
                OdfXml.close(x);
            }
        }
        SourceLocation file = SourceLocation.ofFile(source);
        return content.spreadsheet() ? spreadsheet(content, source, file) : text(content, source, file);
    }

    private static Document text(ContentParser.Content content, String source, SourceLocation file) {
        List<Grid> grids = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        body(content.body(), file, grids, lines);
        return new Document(source, ODT, grids, lines, 0, content.problems());
    }

    /** Paragraphs as lines, tables as grids placed among them; a layout table's cells read as body. */
    private static void body(List<Block> blocks, SourceLocation file, List<Grid> grids, List<String> lines) {
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                p.text().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
            } else if (b instanceof RawTable t && t.holdsTables()) {
                for (RawTable.RawRow row : t.rows) {
                    for (RawTable.RawCell cell : row.cells()) {
                        if (cell != null && !cell.covered()) {
                            body(cell.content(), file, grids, lines);
                        }
                    }
                }
            } else if (b instanceof RawTable t) {
                Grid g = OdfGrids.of(t, file, false).at(lines.size());
                grids.add(g);
                lines.addAll(OdfGrids.lines(g));
            }
        }
    }

    private static Document spreadsheet(ContentParser.Content content, String source, SourceLocation file) {
        List<Grid> grids = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<Document.Part> parts = new ArrayList<>();
        int sheets = 0;
        for (Block b : content.body()) {
            if (!(b instanceof RawTable t)) {
                continue;
            }
            sheets++;
            if (t.style != null && content.hiddenTableStyles().contains(t.style)) {
                continue; // a hidden sheet holds lookups and old copies, not the report
            }
            String name = t.name == null ? "第" + sheets + "个工作表" : t.name;
            Grid g = OdfGrids.of(t, file.withSheet(name), true).at(lines.size());
            List<String> own = SheetLines.of(name, t);
            grids.add(g);
            lines.addAll(own);
            parts.add(new Document.Part(name, List.of(g.at(0)), own));
        }
        return new Document(source, ODS, grids, lines, sheets, content.problems(), parts);
    }
}
