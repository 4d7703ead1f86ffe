package org.xxgk.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;

/**
 * Every {@code <table>} of a page as one positional {@link Grid}, in document order (an outer layout
 * table before the tables nested in it). A nested table belongs to its own grid only: the rows of a
 * table are the {@code <tr>} of its own sections, and a cell's text leaves nested tables out.
 */
final class TableGrids {

    private static final Set<String> SECTIONS = Set.of("thead", "tbody", "tfoot");

    private TableGrids() {
    }

    static List<Grid> of(Element root, SourceLocation file) {
        return of(root, file, Map.of());
    }

    /** @param lines how many of the page's lines come before each table ({@link PageLines}); tables not in it say nothing */
    static List<Grid> of(Element root, SourceLocation file, Map<Element, Integer> lines) {
        List<Grid> grids = new ArrayList<>();
        for (Element table : root.getElementsByTag("table")) {
            List<List<SpanGrid.RawRow>> sections = sections(table);
            if (sections.stream().anyMatch(s -> !s.isEmpty())) {
                Grid grid = new Grid(SpanGrid.expand(sections, file), true);
                grids.add(lines.containsKey(table) ? grid.at(lines.get(table)) : grid);
            }
        }
        return grids;
    }

    /** The table's row groups in source order; {@code <tr>} standing directly in the table form groups of their own. */
    private static List<List<SpanGrid.RawRow>> sections(Element table) {
        List<List<SpanGrid.RawRow>> sections = new ArrayList<>();
        List<SpanGrid.RawRow> loose = new ArrayList<>();
        for (Element child : table.children()) {
            if (SECTIONS.contains(child.normalName())) {
                closeLoose(sections, loose);
                sections.add(child.children().stream().filter(TableGrids::isRow).map(TableGrids::row).toList());
            } else if (isRow(child)) {
                loose.add(row(child));
            }
        }
        closeLoose(sections, loose);
        return sections;
    }

    private static void closeLoose(List<List<SpanGrid.RawRow>> sections, List<SpanGrid.RawRow> loose) {
        if (!loose.isEmpty()) {
            sections.add(List.copyOf(loose));
            loose.clear();
        }
    }

    private static boolean isRow(Element e) {
        return e.normalName().equals("tr");
    }

    private static SpanGrid.RawRow row(Element tr) {
        List<SpanGrid.RawCell> cells = tr.children().stream()
                .filter(c -> c.normalName().equals("td") || c.normalName().equals("th"))
                .map(c -> new SpanGrid.RawCell(CellText.of(c), span(c, "rowspan"), span(c, "colspan")))
                .toList();
        return new SpanGrid.RawRow(line(tr), cells);
    }

    /** A span attribute as browsers read it: leading digits, anything else is 1 (rowspan 0 is kept: it means "to the end"). */
    static int span(Element cell, String attribute) {
        String value = cell.attr(attribute).strip();
        int digits = 0;
        while (digits < value.length() && digits < 6 && isAsciiDigit(value.charAt(digits))) {
            digits++;
        }
        if (digits == 0) {
            return 1;
        }
        return Integer.parseInt(value.substring(0, digits), 10);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The source line where the row starts, when the parser tracked it. */
    private static Integer line(Element tr) {
        Range range = tr.sourceRange();
        return range.isTracked() && range.start().lineNumber() > 0 ? range.start().lineNumber() : null;
    }
}
