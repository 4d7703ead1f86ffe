package org.xxgk.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.xxgk.core.model.Document;
import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.testkit.Golden;

/** The charset of a page: BOM, then the page's own declaration, then detection; GBK read as GB18030. */
class CharsetTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String BODY = "<p>临江市公安局2023年政府信息公开工作年度报告</p><table><tr><td>行政许可</td><td>5</td></tr></table>";

    private static Document read(byte[] bytes) throws Exception {
        return new HtmlReportReader().read(new ByteArrayInputStream(bytes), "t.html");
    }

    private static byte[] page(String head, Charset charset) {
        return ("<html><head>" + head + "</head><body>" + BODY + "</body></html>").getBytes(charset);
    }

    @Test
    void metaCharsetIsFound() {
        assertEquals(Optional.of(GBK), PageCharset.declared(page("<meta charset=\"gbk\">", GBK)));
        assertEquals(Optional.of(GBK), PageCharset.declared(page("<META CHARSET=GBK>", GBK)));
    }

    @Test
    void httpEquivCharsetIsFound() {
        byte[] b = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />", GBK);
        assertEquals(Optional.of(Charset.forName("GB2312")), PageCharset.declared(b));
    }

    @Test
    void xmlDeclarationIsFound() {
        byte[] b = ("<?xml version=\"1.0\" encoding=\"GB18030\"?><html><body>" + BODY + "</body></html>").getBytes(GB18030);
        assertEquals(Optional.of(GB18030), PageCharset.declared(b));
    }

    @Test
    void unknownAndImpossibleLabelsAreIgnored() {
        assertEquals(Optional.empty(), PageCharset.declared(page("<meta charset=\"no-such-charset\">", StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), PageCharset.declared(page("<meta charset=\"utf-16\">", StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), PageCharset.declared(page("", StandardCharsets.UTF_8)));
    }

    @Test
    void gbkPageWithMetaIsReadAsGb18030() throws Exception {
        Document d = read(page("<meta charset=\"gbk\">", GBK));
        assertEquals("临江市公安局2023年政府信息公开工作年度报告", d.lines().get(0));
        assertEquals("行政许可", d.grids().get(0).rows().get(0).get(0).text());
    }

    @Test
    void gb18030PageWithoutMetaIsDetected() throws Exception {
        Document d = read(page("<title>年度报告</title>", GB18030));
        assertEquals("临江市公安局2023年政府信息公开工作年度报告", d.lines().get(0));
    }

    @Test
    void fixtureWithoutMetaKeepsACharacterThatOnlyGb18030Has() throws Exception {
        Path page = Golden.testdata().resolve("html/v2021-gb18030-no-meta-t3-2019.html");
        Document d = read(Files.readAllBytes(page));
        assertTrue(d.lines().stream().anyMatch(l -> l.contains("市民王\u4dae申请")), "U+4DAE decoded");
    }

    @Test
    void byteOrderMarkWinsOverAWrongMeta() throws Exception {
        byte[] body = page("<meta charset=\"gbk\">", StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals("临江市公安局2023年政府信息公开工作年度报告", read(withBom).lines().get(0));
    }

    @Test
    void utf8PageWithAWrongMetaIsStillUtf8() throws Exception {
        Document d = read(page("<meta charset=\"gb2312\">", StandardCharsets.UTF_8));
        assertEquals("临江市公安局2023年政府信息公开工作年度报告", d.lines().get(0));
    }

    @Test
    void bytesThatAreNoTextAreACorruptFile() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        CorruptFileException e = assertThrows(CorruptFileException.class, () -> read(noise));
        assertTrue(e.getMessage().startsWith("无法识别文字编码"), e.getMessage());
        assertEquals("t.html", e.source());
    }
}
