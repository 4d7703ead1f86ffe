package org.xxgk.odf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xxgk.odf.Odf.cell;
import static org.xxgk.odf.Odf.empty;
import static org.xxgk.odf.Odf.number;
import static org.xxgk.odf.Odf.row;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.Severity;
import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.EncryptedDocumentException;
import org.xxgk.core.spi.FormatDetector;
import org.xxgk.core.spi.XxgkException;

/** The OpenDocument reader on what LibreOffice and WPS write, and on what no honest file holds. */
class OdfReaderTest {

    @Test
    void spansAndCoveredCellsKeepEveryColumnInPlace() throws Exception {
        String table = "<table:table table:name=\"表格1\">"
                + row("<table:table-cell table:number-columns-spanned=\"2\"><text:p>行政复议</text:p></table:table-cell>",
                        "<table:covered-table-cell/>", "<table:table-cell table:number-rows-spanned=\"2\"><text:p>总计</text:p></table:table-cell>")
                + row(empty(), number("2", "2"), "<table:covered-table-cell/>")
                + "</table:table>";
        Grid g = Odf.read(Odf.zip(Odf.TEXT, Odf.text(table))).grids().get(0);
        assertEquals(List.of(3, 3), g.rows().stream().map(List::size).toList());
        Cell merged = g.rows().get(0).get(0);
        assertEquals(2, merged.colSpan());
        assertTrue(g.rows().get(0).get(1).isCovered());
        assertEquals("行政复议", g.rows().get(0).get(1).text(), "a covered position holds a copy of its origin");
        assertEquals("", g.rows().get(1).get(0).text(), "an empty cell stays in its column");
        assertEquals("2", g.rows().get(1).get(1).text());
        assertTrue(g.rows().get(1).get(2).isCovered());
        assertTrue(g.positional());
    }

    @Test
    void aSheetRepeatingEmptyColumnsAndRowsCostsACounter() throws Exception {
        String sheet = "<table:table table:name=\"表四\">"
                + "<table:table-column table:number-columns-repeated=\"16384\"/>"
                + row(empty(), number("3", "3"), "<table:table-cell table:number-columns-repeated=\"16382\"/>")
                + "<table:table-row table:number-rows-repeated=\"1048575\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
                + "</table:table>";
        Document doc = Odf.read(Odf.zip(Odf.SPREADSHEET, Odf.spreadsheet("", sheet)));
        Grid g = doc.grids().get(0);
        assertEquals(1, g.rowCount());
        assertEquals(List.of("", "3"), g.rows().get(0).stream().map(Cell::text).toList());
        assertEquals("B1", g.rows().get(0).get(1).location().ref());
        assertEquals("表四", g.rows().get(0).get(1).location().sheet());
    }

    @Test
    void repeatedCellsAndRowsWithContentAreExpandedWithinBounds() throws Exception {
        String wide = "<table:table table:name=\"S\">"
                + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell table:number-columns-repeated=\"3\" office:value-type=\"float\" office:value=\"0\"><text:p>0</text:p></table:table-cell></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"100\"><table:table-cell table:number-columns-repeated=\"100000\"><text:p>x</text:p></table:table-cell></table:table-row>"
                + "</table:table>";
        String tall = "<table:table table:name=\"T\">"
                + "<table:table-row table:number-rows-repeated=\"100000\"><table:table-cell><text:p>y</text:p></table:table-cell></table:table-row>"
                + "</table:table>";
        List<Grid> grids = Odf.read(Odf.zip(Odf.SPREADSHEET, Odf.spreadsheet("", wide + tall))).grids();
        Grid g = grids.get(0);
        assertEquals(List.of("0", "0", "0"), g.rows().get(0).stream().map(Cell::text).toList());
        assertEquals(3, g.rows().get(1).size());
        assertEquals(ContentParser.MAX_COLUMNS, g.rows().get(2).size());
        assertEquals(102, g.rowCount());
        assertEquals(ContentParser.MAX_ROWS, grids.get(1).rowCount());
        assertEquals(List.of("y"), grids.get(1).rows().get(ContentParser.MAX_ROWS - 1).stream().map(Cell::text).toList());
    }

    /** Repeats, or a span with a last row far below, that would lay out 5,000 rows of 256 cells (13 s) are refused, naming the sheet. */
    @Test
    void repeatsAndSpansBeyondTheGridBoundAreRefusedInOneLine() throws Exception {
        String repeated = "<table:table table:name=\"S\"><table:table-row table:number-rows-repeated=\"100000\">"
                + "<table:table-cell table:number-columns-repeated=\"100000\"><text:p>x</text:p></table:table-cell></table:table-row></table:table>";
        String spanned = "<table:table table:name=\"S\"><table:table-row><table:table-cell table:number-rows-spanned=\"2147483647\""
                + " table:number-columns-spanned=\"2147483647\"><text:p>x</text:p></table:table-cell></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"4998\"><table:table-cell/></table:table-row>"
                + row(cell("y")) + "</table:table>";
        for (String sheet : List.of(repeated, spanned)) {
            XxgkException e = assertThrows(CorruptFileException.class, () -> Odf.read(Odf.zip(Odf.SPREADSHEET, Odf.spreadsheet("", sheet))));
            assertEquals("工作表“S”的表格连同合并与重复的单元格超过 300000 个，超出上限，不像统计表，未读取", e.getMessage());
            assertOneChineseLine(e);
        }
    }

    @Test
    void spacesTabsAndLineBreaksAreTheTextsOwn() throws Exception {
        String body = "<text:p>某某局<text:s text:c=\"3\"/>2023年<text:tab/>政府信息公开<text:line-break/>工作年度报告</text:p>"
                + "<text:h>一、<text:span>总体</text:span>情况</text:h>";
        Document doc = Odf.read(Odf.zip(Odf.TEXT, Odf.text(body)));
        assertEquals(List.of("某某局   2023年 政府信息公开", "工作年度报告", "一、总体情况"), doc.lines());
    }

    @Test
    void numbersAreTheCellsValueNotHowItShowsThem() throws Exception {
        String sheet = "<table:table table:name=\"S\">" + row(number("1234", "1,234"), number("25.10", "25.1 万元"),
                "<table:table-cell office:value-type=\"percentage\" office:value=\"0.5\"><text:p>50%</text:p></table:table-cell>")
                + "</table:table>";
        Document doc = Odf.read(Odf.zip(Odf.SPREADSHEET, Odf.spreadsheet("", sheet)));
        assertEquals(List.of("1234", "25.1", "50%"), doc.grids().get(0).rows().get(0).stream().map(Cell::text).toList());
        assertTrue(doc.lines().contains("1,234"), "the lines show what the sheet shows: " + doc.lines());
    }

    @Test
    void notesCommentsAndDeletedTextNeverJoinACell() throws Exception {
        String table = "<table:table>" + row(
                "<table:table-cell><text:p>5<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
                        + "<text:note-body><text:p>含上年结转</text:p></text:note-body></text:note></text:p></table:table-cell>",
                "<table:table-cell><office:annotation><text:p>请核实</text:p></office:annotation><text:p>7</text:p></table:table-cell>")
                + "</table:table>";
        String body = "<text:tracked-changes><text:changed-region><text:deletion><text:p>9</text:p></text:deletion></text:changed-region></text:tracked-changes>"
                + table;
        Grid g = Odf.read(Odf.zip(Odf.TEXT, Odf.text(body))).grids().get(0);
        assertEquals(List.of("5", "7"), g.rows().get(0).stream().map(Cell::text).toList());
    }

    @Test
    void hiddenSheetsAreLeftOutAndEachVisibleSheetIsAPart() throws Exception {
        String styles = "<style:style style:name=\"ta1\" style:family=\"table\"><style:table-properties table:display=\"true\"/></style:style>"
                + "<style:style style:name=\"ta2\" style:family=\"table\"><style:table-properties table:display=\"false\"/></style:style>";
        String sheets = "<table:table table:name=\"青石镇\" table:style-name=\"ta1\">" + row(cell("填报单位（盖章）："), cell("青石镇人民政府")) + "</table:table>"
                + "<table:table table:name=\"旧表\" table:style-name=\"ta2\">" + row(cell("旧数据")) + "</table:table>"
                + "<table:table table:name=\"白沙乡\" table:style-name=\"ta1\">" + row(cell("白沙乡")) + "</table:table>";
        Document doc = Odf.read(Odf.zip(Odf.SPREADSHEET, Odf.spreadsheet(styles, sheets)));
        assertEquals(List.of("青石镇", "白沙乡"), doc.parts().stream().map(Document.Part::name).toList());
        assertEquals(2, doc.grids().size());
        assertEquals(3, doc.pages());
        assertEquals(List.of("青石镇", "填报单位（盖章）：青石镇人民政府"), doc.parts().get(0).lines());
        assertFalse(doc.lines().contains("旧数据"));
    }

    @Test
    void aFormulaSavedWithoutItsValueIsNotReadAsZero() throws Exception {
        String sheet = "<table:table table:name=\"表四\">" + row(number("1", "1"), number("2", "2"),
                "<table:table-cell table:formula=\"of:=SUM([.A1:.B1])\"/>") + "</table:table>";
        Document doc = Odf.read(Odf.zip(Odf.SPREADSHEET, Odf.spreadsheet("", sheet)));
        assertEquals(ContentParser.NOT_COMPUTED, doc.grids().get(0).rows().get(0).get(2).text());
        assertEquals(1, doc.problems().size());
        assertEquals(Severity.WARNING, doc.problems().get(0).severity());
        assertTrue(doc.problems().get(0).message().contains("工作表“表四”，单元格C1"), doc.problems().get(0).message());
    }

    @Test
    void aTableThatLaysOutThePageIsReadAsTheBodyItWraps() throws Exception {
        String inner = "<table:table>" + row(cell("规章"), number("3", "3")) + "</table:table>";
        String body = "<text:p>标题</text:p><table:table>" + row("<table:table-cell><text:p>某某局2023年政府信息公开工作年度报告</text:p>"
                + inner + "<text:p>某某局</text:p></table:table-cell>") + "</table:table>";
        Document doc = Odf.read(Odf.zip(Odf.TEXT, Odf.text(body)));
        assertEquals(1, doc.grids().size());
        assertEquals(2, doc.grids().get(0).line(), "the inner table stands after the title: " + doc.lines());
        assertEquals(List.of("标题", "某某局2023年政府信息公开工作年度报告", "规章 | 3", "某某局"), doc.lines());
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedEntitiesNeverExpand() throws Exception {
        String external = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + Odf.text("<text:p>&x;</text:p>").substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length());
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"哈哈哈哈哈哈哈哈哈哈\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY ").append((char) ('a' + i)).append(" \"").append(("&" + (char) ('a' + i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>").append(Odf.text("<text:p>&j;</text:p>").substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length()));
        for (String content : List.of(external, laughs.toString())) {
            XxgkException e = assertThrows(CorruptFileException.class, () -> Odf.read(Odf.zip(Odf.TEXT, content)));
            assertOneChineseLine(e);
        }
    }

    /** Tables nested in cells 20,000 deep once overflowed the stack; 64 levels are kept, one more is refused. */
    @Test
    void nestingBeyondTheBoundIsRefusedInOneLine() throws Exception {
        String open = "<table:table><table:table-row><table:table-cell>";
        String close = "<text:p/></table:table-cell></table:table-row></table:table>";
        for (int depth : List.of(20_000, 64)) {
            String body = "<text:p>某某局</text:p>" + open.repeat(depth) + close.repeat(depth);
            XxgkException e = assertThrows(CorruptFileException.class, () -> Odf.read(Odf.zip(Odf.TEXT, Odf.text(body))));
            assertTrue(e.getMessage().contains("嵌套过深"), e.getMessage());
            assertOneChineseLine(e);
        }
        // Each table nests twice (its rows, then the cell's blocks) inside the body's blocks: 31 tables are 63 levels.
        String body = "<text:p>某某局</text:p>" + open.repeat(31) + "<text:p>7</text:p>" + close.repeat(31);
        Odf.read(Odf.zip(Odf.TEXT, Odf.text(body)));
    }

    @Test
    void aZipBombIsRefusedInOneLine() throws Exception {
        byte[] huge = Odf.text("<text:p>" + " ".repeat(40 * 1024 * 1024) + "</text:p>").getBytes(StandardCharsets.UTF_8);
        byte[] ratio = Odf.text("<text:p>" + " ".repeat(8 * 1024 * 1024) + "</text:p>").getBytes(StandardCharsets.UTF_8);
        for (byte[] content : List.of(huge, ratio)) {
            XxgkException e = assertThrows(CorruptFileException.class,
                    () -> Odf.read(Odf.zip(Odf.TEXT, content, Odf.manifest(""))));
            assertTrue(e.getMessage().contains("zip 炸弹"), e.getMessage());
            assertOneChineseLine(e);
        }
    }

    @Test
    void aPasswordIsNamed() throws Exception {
        String encrypted = "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"x\">"
                + "<manifest:algorithm manifest:algorithm-name=\"Blowfish CFB\" manifest:initialisation-vector=\"x\"/>"
                + "</manifest:encryption-data>";
        byte[] bytes = Odf.zip(Odf.TEXT, "not xml at all: encrypted".getBytes(StandardCharsets.UTF_8), Odf.manifest(encrypted));
        XxgkException e = assertThrows(EncryptedDocumentException.class, () -> Odf.read(bytes));
        assertTrue(e.getMessage().contains("密码"), e.getMessage());
        assertOneChineseLine(e);
    }

    @Test
    void damagedFilesAreSaidToBeDamaged() throws Exception {
        byte[] good = Odf.zip(Odf.TEXT, Odf.text("<text:p>某某局</text:p>"));
        byte[] truncated = Arrays.copyOf(good, good.length / 2);
        byte[] malformed = Odf.zip(Odf.TEXT, Odf.text("<text:p>某某局</text:q>"));
        for (byte[] bytes : List.of(truncated, malformed, "PK\u0003\u0004 nothing".getBytes(StandardCharsets.ISO_8859_1))) {
            XxgkException e = assertThrows(CorruptFileException.class, () -> Odf.read(bytes));
            assertOneChineseLine(e);
        }
    }

    @Test
    void theMimetypeEntryNamesTheFormatWhateverTheFileIsCalled() throws Exception {
        FormatDetector detector = FormatDetector.installed();
        byte[] odt = Odf.zip(Odf.TEXT, Odf.text(""));
        byte[] ods = Odf.zip(Odf.SPREADSHEET, Odf.spreadsheet("", ""));
        assertEquals("odt", detector.detect("报告.odt", odt));
        assertEquals("odt", detector.detect("报告.docx", odt));
        assertEquals("ods", detector.detect("报告.ods", ods));
        assertEquals("ods", detector.detect("报告", ods));
        assertEquals("odt", detector.detect("坏的.odt", Arrays.copyOf(odt, 10)), "a damaged .odt goes to the reader that can say so");
    }

    private static void assertOneChineseLine(XxgkException e) {
        String m = e.getMessage();
        assertFalse(m.contains("\n"), m);
        assertTrue(m.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), m);
        assertFalse(m.matches(".*(Exception|javax|org\\.|java\\.).*"), m);
    }
}
