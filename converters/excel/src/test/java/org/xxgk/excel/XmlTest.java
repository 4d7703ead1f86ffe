package org.xxgk.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

import org.xxgk.excel.StreamedReads.Fallback;

/**
 * How the streamed reading parses a part: string items as POI reads them, and every part that is not
 * well-formed UTF-8 XML, or that declares a document type (the way to entity bombs and external
 * entities), refused as {@link Fallback#MALFORMED_XML} — never read some other way.
 */
class XmlTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @ParameterizedTest
    @ValueSource(strings = {
        "<si><t>总计</t></si>",
        "<si><t xml:space=\"preserve\">  两端空格  </t></si>",
        "<si><r><t>申请</t></r><r><rPr><b/></rPr><t>总数</t></r></si>",
        "<si><t>own</t><r><t>runs win</t></r></si>",
        "<si><t>主动公开</t><rPh sb=\"0\" eb=\"2\"><t>しゅどう</t></rPh><phoneticPr fontId=\"1\"/></si>",
        "<si><t>&lt;&amp;&gt;&quot;&apos; &#20027;&#x52a8;&#x1F600;</t></si>",
        "<si><t><![CDATA[<raw & text>]]>after</t></si>",
        "<si><t>line\r\nends\rnormalised</t></si>",
        "<si><t>_x000D_ escapes stay for the caller</t></si>",
        "<si><!-- comment --><?pi data?><t>passed</t></si>",
        "<si><t/></si>",
    })
    void stringItemsReadAsPoiReadsThem(String item) throws Exception {
        String xml = item.replaceFirst("<si>", "<si xmlns=\"" + MAIN + "\">");
        String poi = new XSSFRichTextString(CTRst.Factory.parse(xml, new XmlOptions().setLoadReplaceDocumentElement(null))).getString();
        String read = Xml.read(bytes(xml), "item", Xml.SPREADSHEET, Xml::richText);
        assertEquals(poi, StreamedWorkbook.decode(read));
    }

    @Test
    void childrenAreWalkedElementByElementInThePartsNamespace() {
        String xml = "<a xmlns=\"urn:main\" xmlns:o=\"urn:other\" x=\"1\"><b id=\"b1\"/>text<c><b id=\"nested\"/></c>"
                + "<o:b id=\"foreign\"><b id=\"inside foreign\"/></o:b><b id=\"b2\">t</b></a>";
        List<String> ids = Xml.read(bytes(xml), "part", "urn:main", r -> {
            List<String> out = new ArrayList<>();
            out.add(r.attribute("x"));
            while (r.nextChild()) {
                out.add(r.name() + "=" + r.attribute("id"));
                r.skip();
            }
            return out;
        });
        assertEquals(List.of("1", "b=b1", "c=null", "b=b2"), ids);
    }

    @Test
    void aRootInAnotherNamespaceIsDeclined() {
        StreamedTemplate.Unsupported e = assertThrows(StreamedTemplate.Unsupported.class,
                () -> Xml.read(bytes("<sst xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\"/>"), "part", Xml.SPREADSHEET, r -> null));
        assertEquals(Fallback.UNUSUAL_PACKAGE, e.reason());
    }

    @Test
    void anAttributeInANamespaceIsNotTheAttributeWithoutOne() {
        String xml = "<sheet xmlns:r=\"urn:r\" r:id=\"rId7\" name=\"表二\"/>";
        assertEquals(List.of("null", "表二", "rId7"), Xml.read(bytes(xml), "part", "",
                r -> List.of(String.valueOf(r.attribute("id")), r.attribute("name"), r.attribute("urn:r", "id"))));
    }

    @Test
    void thePartIsParsedToItsEndWhateverTheReadingTakes() {
        assertRefused(bytes("<a><b/><c></d></a>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Document types: internal and external entities, an entity bomb, a plain declaration.
        "<!DOCTYPE a [<!ENTITY e \"boom\">]><a>&e;</a>",
        "<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>",
        "<!DOCTYPE a [<!ENTITY a0 \"lol\"><!ENTITY a1 \"&a0;&a0;&a0;&a0;&a0;&a0;&a0;&a0;&a0;&a0;\">"
                + "<!ENTITY a2 \"&a1;&a1;&a1;&a1;&a1;&a1;&a1;&a1;&a1;&a1;\"><!ENTITY a3 \"&a2;&a2;&a2;&a2;&a2;&a2;&a2;&a2;&a2;&a2;\">]>"
                + "<a>&a3;&a3;&a3;&a3;&a3;&a3;&a3;&a3;&a3;&a3;</a>",
        "<!DOCTYPE a SYSTEM \"http://example.invalid/a.dtd\"><a>x</a>",
        "<!DOCTYPE a><a>x</a>",
        // Entities that only a document type could declare; references XML forbids.
        "<a>&nbsp;</a>",
        "<a>&#0;</a>",
        "<a>&#xFFFE;</a>",
        "<a>&lt</a>",
        // An encoding other than UTF-8 declared.
        "<?xml version=\"1.0\" encoding=\"GBK\"?><a/>",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>",
        // Not well-formed.
        "<a><b></a></b>",
        "<a></b>",
        "<a>",
        "<a/><b/>",
        "text<a/>",
        "<a x=\"1\" x=\"2\"/>",
        "<a x=\"1\"y=\"2\"/>",
        "<a x=1/>",
        "<a x=\"<\"/>",
        "<a>\u0001</a>",
        "<1a/>",
        "<p:a/>",
        "<a><!-- double -- dash --></a>",
        "<a>text ]]> end</a>",
        "<a>unclosed comment <!-- </a>",
        "",
    })
    void refusesWhatIsNotWellFormedOrDeclaresADocumentType(String xml) {
        assertRefused(bytes(xml));
    }

    @Test
    void refusesMalformedUtf8AndOtherEncodings() {
        byte[] cut = bytes("<a>总</a>");
        byte[] broken = new byte[cut.length - 1];
        System.arraycopy(cut, 0, broken, 0, 4);
        System.arraycopy(cut, 5, broken, 4, cut.length - 5);
        assertRefused(broken);
        assertRefused("<a>总计</a>".getBytes(Charset.forName("GBK")));
        assertRefused("<a>总计</a>".getBytes(StandardCharsets.UTF_16));
        // Overlong forms (of NUL and of '5'), a surrogate, beyond U+10FFFF, a non-character.
        for (byte[] bad : new byte[][] {{'<', 'a', '>', (byte) 0xC0, (byte) 0x80, '<', '/', 'a', '>'},
                {'<', 'a', '>', (byte) 0xC0, (byte) 0xB5, '<', '/', 'a', '>'},
                {'<', 'a', '>', (byte) 0xE0, (byte) 0x80, (byte) 0xB5, '<', '/', 'a', '>'},
                {'<', 'a', '>', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '<', '/', 'a', '>'},
                {'<', 'a', '>', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '<', '/', 'a', '>'},
                {'<', 'a', '>', (byte) 0xEF, (byte) 0xBF, (byte) 0xBF, '<', '/', 'a', '>'}}) {
            assertRefused(bad);
        }
    }

    @Test
    void aByteOrderMarkAndAUtf8DeclarationAreRead() {
        assertEquals("总计", Xml.read(bytes("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><a>总计</a>"), "part", "", Xml::text));
    }

    /** The reading takes nothing: the part is parsed to its end all the same, and refused. */
    private static void assertRefused(byte[] part) {
        StreamedTemplate.Unsupported e = assertThrows(StreamedTemplate.Unsupported.class, () -> Xml.read(part, "part", "", r -> null));
        assertEquals(Fallback.MALFORMED_XML, e.reason());
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
