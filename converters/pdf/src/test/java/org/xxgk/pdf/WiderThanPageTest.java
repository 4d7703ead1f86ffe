package org.xxgk.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.Severity;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.testkit.Golden;

/**
 * Tables wider than the page (testdata/pdf/make/wide): what the page's edge cut off and the file does not
 * hold is named per table and left unread; what the file holds beyond the crop box is read.
 */
class WiderThanPageTest {

    private static Report read(String name) throws IOException, XxgkException {
        Path pdf = Golden.testdata().resolve("pdf").resolve(name);
        try (InputStream in = Files.newInputStream(pdf)) {
            return new Recognizer().recognize(new PdfReportReader().read(in, name));
        }
    }

    @Test
    void namesThePageTheTableAndTheColumnsCutOff() throws Exception {
        Report r = read("wider-than-page-clipped.pdf");
        // 表二's 现行有效件数 is wholly past the paper's right margin; the merged 本年处理决定数量 cells the
        // margin crosses are blank in what shows (行政许可, 行政强制), so they cannot be read as 0. 表三 shows
        // 自然人 to 社会公益组织 and the left edge of 法律服务机构; 表四 on page 2 ends after 复议后起诉's 结果维持.
        assertEquals(List.of(
                "第1页表二超出页面右边缘，“现行有效件数”“本年处理决定数量”列被截去（PDF 中没有页面以外的内容），这些格未读取",
                "第1、2页表三超出页面右边缘，“法律服务机构”“其他”“总计”列被截去（PDF 中没有页面以外的内容），这些格未读取",
                "第2页表四超出页面右边缘，“复议后起诉/结果纠正”“复议后起诉/其他结果”“复议后起诉/尚未审结”“复议后起诉/总计”列被截去（PDF 中没有页面以外的内容），这些格未读取"),
                r.problems().stream().map(Problem::message).toList());
        assertTrue(r.problems().stream().allMatch(p -> p.severity() == Severity.ERROR && p.rule().equals("cut_off_columns")));
        Problem t3 = r.problems().get(1);
        assertEquals("t3", t3.table());
        assertTrue(t3.cells().containsAll(List.of("t3.new.legal_service", "t3.new.other_org", "t3.new.total")));
        assertFalse(r.values().containsKey("t3.new.total"), "a cut cell is not read as 0");
        assertEquals(0, r.values().get("t3.new.natural").number().signum());
        assertEquals(43, r.values().get("t3.new.commercial").number().intValue());
        // a number the margin's cell holds whole, clear of the edge, is read where it stands
        assertEquals(57, r.values().get("t2.penalty.decisions").number().intValue());
        assertEquals(4, r.values().get("t2.rules.repealed").number().intValue());
    }

    @Test
    void readsWhatTheFileHoldsBeyondTheCropBox() throws Exception {
        Report r = read("wider-than-page-text-beyond-cropbox.pdf");
        assertEquals(List.of(), r.problems());
        assertEquals(191, r.values().get("t3.new.total").number().intValue());
        assertEquals(60, r.values().get("t3.new.legal_service").number().intValue());
    }
}
