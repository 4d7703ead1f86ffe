package org.xxgk.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;

/** Merged cells laid out as browsers lay them out, silly spans tamed, nested tables kept apart. */
class SpanGridTest {

    private static final SourceLocation FILE = SourceLocation.ofFile("t.html");

    /** The grid of the page's first table, as texts with covered positions shown as {@code ^}. */
    private static List<List<String>> shape(String html) {
        return shape(grids(html).get(0));
    }

    private static List<Grid> grids(String html) {
        return TableGrids.of(Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true)).body(), FILE);
    }

    private static List<List<String>> shape(Grid g) {
        return g.rows().stream().map(r -> r.stream().map(c -> c.isCovered() ? "^" : c.text()).toList()).toList();
    }

    @Test
    void mergedCellsAppearOnceAndCoverTheirArea() {
        Grid g = grids("<table><tr><td rowspan=2>a</td><td colspan=2>b</td></tr><tr><td>c</td><td>d</td></tr></table>").get(0);
        assertEquals(List.of(List.of("a", "b", "^"), List.of("^", "c", "d")), shape(g));
        Cell a = g.rows().get(0).get(0);
        assertEquals(2, a.rowSpan());
        assertEquals(1, a.colSpan());
        Cell covered = g.rows().get(1).get(0);
        assertTrue(covered.isCovered());
        assertEquals("a", covered.text());
        assertEquals(2, g.rows().get(0).get(1).colSpan());
        assertTrue(g.positional());
    }

    @Test
    void cellsAreLocatedByLineRowAndColumn() {
        Grid g = grids("<p>x</p>\n<table>\n<tr><td>a</td></tr>\n<tr><td>b</td><td>c</td></tr>\n</table>").get(0);
        SourceLocation c = g.rows().get(1).get(1).location();
        assertEquals("t.html", c.file());
        assertEquals(4, c.line());
        assertEquals(2, c.row());
        assertEquals(2, c.column());
    }

    @Test
    void rowspanZeroReachesTheEndOfItsSectionOnly() {
        String html = "<table><tbody><tr><td rowspan=0>a</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></tbody>"
                + "<tbody><tr><td>x</td><td>y</td></tr></tbody></table>";
        assertEquals(List.of(List.of("a", "1"), List.of("^", "2"), List.of("^", "3"), List.of("x", "y")), shape(html));
    }

    @Test
    void rowspanPastTheSectionStopsAtItsEnd() {
        String html = "<table><thead><tr><td rowspan=5>h</td><td>1</td></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>";
        assertEquals(List.of(List.of("h", "1"), List.of("a", "b")), shape(html));
    }

    @Test
    void hugeRowspanIsTamedToTheSection() {
        String html = "<table><tr><td rowspan=99999>a</td><td>1</td></tr><tr><td>2</td></tr></table>";
        assertEquals(List.of(List.of("a", "1"), List.of("^", "2")), shape(html));
        assertEquals(2, grids(html).get(0).rows().get(0).get(0).rowSpan());
    }

    @Test
    void hugeColspanReachesTheRightEdgeOfTheTable() {
        String html = "<table><tr><td colspan=100>title</td></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>";
        assertEquals(List.of(List.of("title", "^", "^"), List.of("a", "b", "c")), shape(html));
    }

    @Test
    void zeroOrGarbageSpansCountAsOne() {
        String html = "<table><tr><td colspan=0>a</td><td rowspan=x colspan=\"2px\">b</td><td>c</td></tr></table>";
        assertEquals(List.of(List.of("a", "b", "^", "c")), shape(html));
    }

    @Test
    void overlappingSpansLeaveTheEarlierCellInPlace() {
        String html = "<table><tr><td>a</td><td rowspan=2>b</td></tr><tr><td colspan=2>c</td><td>d</td></tr></table>";
        assertEquals(List.of(List.of("a", "b"), List.of("c", "^", "d")), shape(html));
        assertEquals("b", grids(html).get(0).rows().get(1).get(1).text());
    }

    @Test
    void positionsNoCellReachesHoldEmptyCells() {
        String html = "<table><tr><td>a</td><td>b</td><td rowspan=2>c</td></tr><tr><td>d</td></tr></table>";
        assertEquals(List.of(List.of("a", "b", "c"), List.of("d", "", "^")), shape(html));
    }

    @Test
    void cellTextHasLineBreaksSpacesAndInlineTags() {
        String html = "<table><tr><td>三、本年度<br>办理结果</td><td><p>（一）<span>予以</span><strong>公开</strong></p><p>x</p></td>"
                + "<td>&nbsp;12&nbsp;</td><td>商业\n      企业</td></tr></table>";
        assertEquals(List.of(List.of("三、本年度\n办理结果", "（一）予以公开\nx", "12", "商业 企业")), shape(html));
    }

    @Test
    void aNestedTableIsItsOwnGridAndNotTheOuterCellsText() {
        String html = "<table><tr><td>标题<table><tr><td>1</td><td>2</td></tr></table>正文</td></tr></table>";
        List<Grid> grids = grids(html);
        assertEquals(2, grids.size());
        assertEquals(List.of(List.of("标题\n正文")), shape(grids.get(0)));
        assertEquals(List.of(List.of("1", "2")), shape(grids.get(1)));
    }

    @Test
    void tablesWithoutRowsAreNoGrids() {
        assertFalse(grids("<table></table><table><caption>x</caption></table>").stream().findAny().isPresent());
    }
}
