package org.xxgk.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;

class DocxTableTest {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private static XmlObject tbl(String rows) throws XmlException {
        XmlObject doc = XmlObject.Factory.parse("<w:tbl " + W + ">" + rows + "</w:tbl>");
        return Ooxml.children(doc).get(0).object();
    }

    private static String tc(String props, String text) {
        return "<w:tc><w:tcPr>" + props + "</w:tcPr><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
    }

    private static List<String> texts(Grid g, int row) {
        return g.rows().get(row).stream().map(c -> c.isCovered() ? "^" : c.text()).toList();
    }

    @Test
    void expandsGridSpanAndVerticalMerges() throws XmlException {
        Grid g = DocxTable.grid(tbl(
                "<w:tr>" + tc("<w:vMerge w:val=\"restart\"/>", "三、本年度办理结果") + tc("<w:gridSpan w:val=\"2\"/>", "（一）予以公开") + tc("", "5") + "</w:tr>"
                + "<w:tr>" + tc("<w:vMerge/>", "") + tc("", "（三）不予公开") + tc("", "1.属于国家秘密") + tc("", "7") + "</w:tr>"),
                SourceLocation.ofFile("a.docx"));
        assertEquals(List.of("三、本年度办理结果", "（一）予以公开", "^", "5"), texts(g, 0));
        assertEquals(List.of("^", "（三）不予公开", "1.属于国家秘密", "7"), texts(g, 1));
        assertEquals(2, g.rows().get(0).get(0).rowSpan());
        assertTrue(g.positional());
    }

    @Test
    void gridBeforeKeepsTheFirstCellInItsColumn() throws XmlException {
        Grid g = DocxTable.grid(tbl(
                "<w:tr>" + tc("", "a") + tc("", "b") + tc("", "c") + "</w:tr>"
                + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("", "x") + tc("", "y") + "</w:tr>"),
                SourceLocation.ofFile("a.docx"));
        assertEquals(List.of("", "x", "y"), texts(g, 1));
    }

    @Test
    void readsCellsAndRowsInsideContentControls() throws XmlException {
        Grid g = DocxTable.grid(tbl(
                "<w:sdt><w:sdtContent><w:tr>" + tc("", "行政许可")
                + "<w:sdt><w:sdtContent>" + tc("", "12") + "</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt>"),
                SourceLocation.ofFile("a.docx"));
        assertEquals(List.of("行政许可", "12"), texts(g, 0));
    }

    @Test
    void joinsALegacyHorizontalMerge() throws XmlException {
        Grid g = DocxTable.grid(tbl(
                "<w:tr>" + tc("<w:hMerge w:val=\"restart\"/>", "第二十条第（五）项") + tc("<w:hMerge/>", "") + "</w:tr>"
                + "<w:tr>" + tc("", "行政许可") + tc("", "3") + "</w:tr>"), SourceLocation.ofFile("a.docx"));
        Cell first = g.rows().get(0).get(0);
        assertEquals(2, first.colSpan());
        assertTrue(g.rows().get(0).get(1).isCovered());
    }

    @Test
    void keepsLineBreaksAndParagraphsOfACellAsNewLines() throws XmlException {
        Grid g = DocxTable.grid(tbl("<w:tr><w:tc><w:p><w:r><w:t>三</w:t><w:br/><w:t>、</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>本年</w:t></w:r></w:p></w:tc></w:tr>"), SourceLocation.ofFile("a.docx"));
        assertEquals("三\n、\n本年", g.rows().get(0).get(0).text());
    }
}
