package org.xxgk.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xxgk.core.model.Document;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.spi.NotAReportException;
import org.xxgk.core.Xxgk;

/** The page's lines for the metadata, what is left out, and inputs that hold no report. */
class HtmlReportReaderTest {

    private static Document read(String html) throws Exception {
        return new HtmlReportReader().read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "t.html");
    }

    @Test
    void linesFollowBlocksAndJoinTheCellsOfARow() throws Exception {
        Document d = read("<html><head><title>不可见</title><script>var a='<p>脚本</p>';</script><style>p{}</style></head><body>"
                + "<div class=nav>首页 &gt; 信息公开</div>"
                + "<table><tr><td>发布机构：</td><td>临江市公安局</td><td></td><td>成文日期：</td><td>2024-01-20</td></tr></table>"
                + "<h1>临江市公安局<br>2023年政府信息公开工作年度报告</h1>"
                + "<p>一、总体情况</p><p>本年度<span>依法</span>做好工作。</p>"
                + "<div style=\"display: none\">隐藏的文字</div>"
                + "<p style=\"text-align:right\">临江市公安局</p><p>2024年1月20日</p></body></html>");
        assertEquals(List.of("首页 > 信息公开", "发布机构： | 临江市公安局 |  | 成文日期： | 2024-01-20", "临江市公安局",
                "2023年政府信息公开工作年度报告", "一、总体情况", "本年度依法做好工作。", "临江市公安局", "2024年1月20日"), d.lines());
        assertEquals("html", d.format());
        assertEquals("t.html", d.source());
    }

    @Test
    void aPageWithoutTablesIsADocumentThatHoldsNoReport() throws Exception {
        Document d = read("<html><body><p>临江市公安局2023年政府信息公开工作年度报告</p><p>正文，没有表格。</p></body></html>");
        assertTrue(d.grids().isEmpty());
        NotAReportException e = assertThrows(NotAReportException.class, () -> new Recognizer().recognize(d));
        assertEquals("t.html", e.source());
    }

    @Test
    void emptyAndPlainTextInputsHoldNoReport() throws Exception {
        for (String text : List.of("", "   \n", "这只是一段文字，不是网页。")) {
            Document d = read(text);
            assertTrue(d.grids().isEmpty(), text);
            assertThrows(NotAReportException.class, () -> new Recognizer().recognize(d), text);
        }
    }

    @Test
    void isFoundThroughTheServiceLoader() {
        assertTrue(Xxgk.create().components().stream().anyMatch(c -> c.type().equals(HtmlReportReader.class.getName())
                && c.formats().contains("html")));
    }
}
