package org.xxgk.html;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.spi.MarkupTables;

/** The tables of an HTML fragment inside another format (raw HTML in Markdown), read as the HTML reader reads a page's. */
public final class HtmlTables implements MarkupTables {

    @Override
    public List<Grid> tables(String html, SourceLocation file, int firstLine) {
        // the fragment set at its own line, so that every row is located at the file's line
        String placed = "\n".repeat(Math.max(0, firstLine - 1)) + html;
        Document page = Jsoup.parse(placed, "", Parser.htmlParser().setTrackPosition(true));
        return TableGrids.of(page.body(), file);
    }
}
