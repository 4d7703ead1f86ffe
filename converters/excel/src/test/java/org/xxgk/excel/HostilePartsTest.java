package org.xxgk.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.core.model.Document;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.Readers;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.testkit.RandomReports;
import org.xxgk.excel.StreamedReads.Fallback;

/**
 * A filled template with one hostile part: the streamed reading declines it for a named reason, and
 * the file as a whole is either refused in one line naming it or read without anything from outside
 * the file (an external entity) or any entity expanded.
 */
class HostilePartsTest {

    private static final String STRINGS = "xl/sharedStrings.xml";
    private static final String SECRET = "不应读出的机密内容";

    @TempDir
    static Path dir;
    private static byte[] filled;
    private static Path secret;

    @BeforeAll
    static void fill() throws IOException {
        filled = Excel.bytes(TemplateFiller.official().fill(new RandomReports(11L).next(Generation.V2021)));
        secret = Files.writeString(dir.resolve("secret.txt"), SECRET, StandardCharsets.UTF_8);
    }

    @Test
    void anExternalEntityIsNeverRead() throws Exception {
        byte[] xxe = Excel.withText(filled, STRINGS, xml -> withDoctype(xml,
                "<!DOCTYPE sst [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>").replaceFirst("<t>", "<t>&x;"));
        assertDeclinedAndSafe("外部实体.xlsx", xxe);
    }

    @Test
    void anEntityBombIsNeverExpanded() throws Exception {
        StringBuilder entities = new StringBuilder("<!DOCTYPE sst [<!ENTITY a0 \"炸弹炸弹炸弹炸弹炸弹\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        byte[] bomb = Excel.withText(filled, STRINGS, xml -> withDoctype(xml, entities + "]>").replaceFirst("<t>", "<t>&a9;"));
        assertDeclinedAndSafe("实体炸弹.xlsx", bomb);
    }

    @Test
    void aDocumentTypeWithoutEntitiesIsDeclinedToo() throws Exception {
        byte[] doctype = Excel.withText(filled, STRINGS, xml -> withDoctype(xml, "<!DOCTYPE sst>"));
        assertDeclinedAndSafe("文档类型.xlsx", doctype);
    }

    @Test
    void malformedUtf8IsDeclined() throws Exception {
        // An overlong form of "5" in a label: POI's parser refuses it, a lenient decoder would read "5".
        byte[] overlong = Excel.withPart(filled, STRINGS, b -> {
            String xml = new String(b, StandardCharsets.UTF_8);
            int at = xml.indexOf("<t>") + 3;
            byte[] head = xml.substring(0, at).getBytes(StandardCharsets.UTF_8);
            byte[] tail = xml.substring(at).getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[head.length + 2 + tail.length];
            System.arraycopy(head, 0, out, 0, head.length);
            out[head.length] = (byte) 0xC0;
            out[head.length + 1] = (byte) 0xB5;
            System.arraycopy(tail, 0, out, head.length + 2, tail.length);
            return out;
        });
        assertDeclinedAndSafe("编码错误.xlsx", overlong);
    }

    @Test
    void anUndeclaredEntityIsDeclined() throws Exception {
        byte[] nbsp = Excel.withText(filled, "xl/worksheets/sheet2.xml", xml -> xml.replaceFirst("<v>", "<v>&nbsp;"));
        assertDeclinedAndSafe("未声明实体.xlsx", nbsp);
    }

    @Test
    void everyFallbackIsCountedByItsReason() throws Exception {
        Map<Fallback, Long> before = StreamedReads.fallbacks();
        long streamed = StreamedReads.streamed();
        Excel.document(filled, "模板.xlsx");
        Excel.document(Excel.bytes(new org.apache.poi.xssf.usermodel.XSSFWorkbook()), "空白.xlsx");
        byte[] doctype = Excel.withText(filled, STRINGS, xml -> withDoctype(xml, "<!DOCTYPE sst>"));
        // POI's own parser refuses the document type in turn.
        assertThrows(CorruptFileException.class, () -> Excel.document(doctype, "文档类型.xlsx"));
        Map<Fallback, Long> after = StreamedReads.fallbacks();
        assertEquals(streamed + 1, StreamedReads.streamed());
        for (Fallback f : Fallback.values()) {
            long expected = f == Fallback.NOT_TEMPLATE || f == Fallback.MALFORMED_XML ? 1 : 0;
            assertEquals(expected, after.get(f) - before.get(f), f.name());
        }
        assertTrue(StreamedReads.summary().startsWith("流式读取回退到 POI："), StreamedReads.summary());
        assertTrue(StreamedReads.summary().contains("不是 xxgk 模板"), StreamedReads.summary());
    }

    /**
     * The streamed reading declines the file as malformed XML; through the readers the file is refused
     * in one line naming it, or read with neither the secret nor an expanded entity in it.
     */
    private static void assertDeclinedAndSafe(String name, byte[] bytes) throws Exception {
        StreamedTemplate.Outcome outcome = StreamedTemplate.read(bytes, name, Schema.official());
        assertTrue(outcome.document().isEmpty(), name);
        assertEquals(Fallback.MALFORMED_XML, outcome.fallback(), outcome.why());
        Path file = Files.write(dir.resolve(name), bytes);
        try {
            Document doc = Readers.installed().read(file, name);
            String all = doc.toString();
            assertFalse(all.contains(SECRET), name);
            assertFalse(all.contains("炸弹炸弹"), name);
        } catch (XxgkException e) {
            assertTrue(e.oneLine().startsWith(name + "："), e.oneLine());
            assertFalse(e.oneLine().contains("\n"), e.oneLine());
            assertFalse(e.oneLine().contains(SECRET), e.oneLine());
            String words = e.oneLine().substring(name.length() + 1).replaceAll("Excel|WPS|XML|\\.xlsx", "");
            assertFalse(words.matches(".*[A-Za-z]{2,}.*"), "no English in what a user reads: " + e.oneLine());
        }
    }

    private static String withDoctype(String xml, String doctype) {
        int root = xml.indexOf("<sst");
        return xml.substring(0, root) + doctype + xml.substring(root);
    }
}
