package org.xxgk.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.xxgk.core.model.Report;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.Xxgk;
import org.xxgk.core.testkit.RandomReports;

/** The page the writer makes: official layout with merged cells, inline styles, one title per report. */
class HtmlReportWriterTest {

    private static String write(List<Report> reports) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter().write(reports, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesAUtf8PageAroundAFragmentToPaste() throws Exception {
        String html = write(List.of(new RandomReports(1).next(Generation.V2021)));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        int begin = html.indexOf("<!-- xxgk:begin");
        int end = html.indexOf("<!-- xxgk:end -->");
        assertTrue(begin > 0 && end > begin, "fragment markers");
        assertTrue(html.substring(begin, end).contains("<table"), "tables inside the fragment");
    }

    @Test
    void eachTableHasItsTitleAndTheOfficialMergedLayout() throws Exception {
        Report r = new RandomReports(2).next(Generation.V2021);
        Document page = Jsoup.parse(write(List.of(r)));
        List<String> titles = page.select("p > strong").eachText();
        Schema schema = Schema.official();
        assertEquals(schema.tablesIn(Generation.V2021).stream().map(t -> t.title()).toList(), titles);
        Element t3 = page.select("table").get(1);
        Element corner = t3.selectFirst("tr td");
        assertEquals("3", corner.attr("rowspan"));
        assertEquals("3", corner.attr("colspan"));
        assertEquals(schema.requireTable("t3").headerLabel(), corner.text());
        assertEquals(28, t3.select("tr").size(), "3 header rows and 25 data rows");
        assertTrue(t3.attr("style").contains("border-collapse:collapse"));
        assertTrue(corner.attr("style").contains("border:1px solid") && corner.attr("style").contains("text-align:center"));
    }

    @Test
    void numbersAreRightAlignedAndWrittenPlainly() throws Exception {
        Report r = new RandomReports(3).next(Generation.V2021);
        Document page = Jsoup.parse(write(List.of(r)));
        Element fees = page.select("table").get(0).select("tr").last().select("td").last();
        assertEquals(r.values().get("t2.fees.amount").number().stripTrailingZeros().toPlainString(), fees.text());
        assertTrue(fees.attr("style").contains("text-align:right"));
    }

    @Test
    void severalReportsFollowOneAnotherEachWithItsTitle() throws Exception {
        Report a = new RandomReports(4).next(Generation.V2021);
        Report b = new RandomReports(5).next(Generation.V2019);
        Document page = Jsoup.parse(write(List.of(a, b)));
        assertEquals(List.of(HtmlReportWriter.title(a), HtmlReportWriter.title(b)), page.select("h2").eachText());
        assertEquals(6, page.select("table").size());
        assertTrue(HtmlReportWriter.title(a).startsWith(a.agency() + a.year() + "年"));
    }

    @Test
    void textIsEscaped() {
        assertEquals("A&amp;B&lt;局&gt;&quot;", HtmlReportWriter.escape("A&B<局>\""));
    }

    @Test
    void isFoundThroughTheServiceLoader() throws Exception {
        assertTrue(Xxgk.create().writer("html") instanceof HtmlReportWriter);
    }
}
