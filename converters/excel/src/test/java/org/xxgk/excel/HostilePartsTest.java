package org.xxgk.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.core.model.Document;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.Xxgk;
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
     * Parts damaged at random (a byte changed, a run deleted or repeated, the part cut short): the
     * streamed reading gives the usermodel's very document or declines for a named reason — never
     * another exception, never a different document. Where POI's usermodel refuses a file that the streamed reading read, it
     * refuses it for an attribute the streamed reading does not use.
     */
    @Test
    void damagedPartsAreStreamedAlikeOrDeclined() throws Exception {
        Random random = new Random(20261202L);
        List<String> parts = List.of(STRINGS, "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml",
                "xl/workbook.xml", "xl/styles.xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet5.xml");
        String alphabet = "<>&\"'/=;#x0123456789 aZrstvcf\u00e4\u603b";
        int streamed = 0;
        int refusedByPoi = 0;
        for (int i = 0; i < 300; i++) {
            String part = parts.get(random.nextInt(parts.size()));
            byte[] damaged = Excel.withPart(filled, part, b -> damage(b, random, alphabet));
            String name = "损坏" + i + ".xlsx";
            StreamedTemplate.Outcome outcome = StreamedTemplate.read(damaged, name, Schema.official());
            if (outcome.document().isPresent()) {
                streamed++;
                try {
                    assertEquals(new WorkbookReader().throughUserModel(damaged, name), outcome.document().get(), part + " #" + i);
                } catch (CorruptFileException e) {
                    // POI refuses an attribute the streamed reading does not use (XMLBeans checks its type,
                    // e.g. customHeight="t'ue"): the values read are the file's, as they stand.
                    refusedByPoi++;
                }
            } else {
                assertTrue(outcome.fallback() != null, part + " #" + i);
            }
        }
        // Most changes leave the part well-formed (a digit or a letter changed): both paths read those.
        assertTrue(streamed > 30 && refusedByPoi < streamed / 4, "streamed " + streamed + ", refused by POI " + refusedByPoi);
    }

    private static byte[] damage(byte[] part, Random random, String alphabet) {
        int at = random.nextInt(part.length);
        int length = 1 + random.nextInt(Math.min(12, part.length - at));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (random.nextInt(4)) {
            case 0 -> {
                out.write(part, 0, at);
                out.writeBytes(String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))).getBytes(StandardCharsets.UTF_8));
                out.write(part, at + 1, part.length - at - 1);
            }
            case 1 -> {
                out.write(part, 0, at);
                out.write(part, at + length, part.length - at - length);
            }
            case 2 -> {
                out.write(part, 0, at + length);
                out.write(part, at, part.length - at);
            }
            default -> out.write(part, 0, at);
        }
        return out.toByteArray();
    }

    /**
     * The streamed reading declines the file as malformed XML; through the readers the file is refused
     * in one line naming it, or read with neither the secret nor an expanded entity in it.
     */
    private static void assertDeclinedAndSafe(String name, byte[] bytes) throws Exception {
        StreamedTemplate.Outcome outcome = StreamedTemplate.read(bytes, name, Schema.official());
        assertTrue(outcome.document().isEmpty(), name);
        assertEquals(Fallback.MALFORMED_XML, outcome.fallback(), outcome.why());
        try {
            Document doc = Xxgk.create().readDocument(new java.io.ByteArrayInputStream(bytes), name);
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
