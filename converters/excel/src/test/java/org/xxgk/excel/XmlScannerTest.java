package org.xxgk.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import javax.xml.parsers.SAXParserFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The scanner reads what the JDK's own parser reads, event for event (differential tests), and
 * refuses what it cannot read the same way.
 */
class XmlScannerTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    @ParameterizedTest
    @ValueSource(strings = {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + MAIN + "\"><si><t>总计</t></si></sst>",
        "<?xml version='1.0' encoding='utf-8'?><a><b x=\"1\" y='2'/><b x=\"&lt;&amp;&gt;&quot;&apos;\">t</b></a>",
        "\uFEFF<a>byte order mark</a>",
        "<a>\r\n line ends \r normalised \r\n</a>",
        "<a x=\"tab\there\nand line\r\nend\">ws</a>",
        "<a>&#20027;&#x52a8;&#x1F600; references</a>",
        "<a><!-- a comment --><?pi data?><![CDATA[<raw & text>\r\n]]>after</a>",
        "<x:a xmlns:x=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><x:sheet name=\"表三\" r:id=\"rId3\"/></x:a>",
        "<a  >\n  <b\n   x = \"1\"  />\n</a  >\n<!-- trailing -->\n",
        "<a><t xml:space=\"preserve\">  两端空格  </t></a>",
    })
    void readsAsTheJdkParserReads(String xml) throws Exception {
        assertEquals(sax(xml), scanned(xml));
    }

    @Test
    void randomTextAndAttributesReadAsTheJdkParserReads() throws Exception {
        Random random = new Random(20261130L);
        String alphabet = "ab 0 总计申请\t\n\r&<>\"'_x000D_\uD83D\uDE00";
        for (int i = 0; i < 300; i++) {
            String text = randomText(random, alphabet);
            String value = randomText(random, alphabet);
            String xml = "<a v=\"" + escape(value) + "\"><b>" + escape(text) + "</b><c w='" + escape(text) + "'/></a>";
            assertEquals(sax(xml), scanned(xml), xml);
        }
    }

    @Test
    void namespacedAttributesAreFoundByNamespace() {
        XmlScanner x = scanner("<w xmlns:q=\"" + REL + "\"><sheet name=\"表二\" q:id=\"rId7\" id=\"plain\"/></w>");
        x.next();
        x.next();
        assertEquals("rId7", x.attribute(REL, "id"));
        assertEquals("plain", x.attribute("id"));
        assertEquals("表二", x.attribute("name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE a [<!ENTITY e \"boom\">]><a>&e;</a>",
        "<a>&nbsp;</a>",
        "<a>&#0;</a>",
        "<a>&#xFFFE;</a>",
        "<a>&lt</a>",
        "<?xml version=\"1.0\" encoding=\"GBK\"?><a/>",
        "<?xml version=\"1.1\"?><a/>",
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
        "<a xmlns:p=\"one\"><b xmlns:p=\"two\"/></a>",
        "<1a/>",
        "<a:/>",
        "<a><!-- double -- dash --></a>",
        "<a>text ]]> end</a>",
        "<a>unclosed comment <!-- </a>",
        "",
    })
    void refusesWhatItCannotReadAsAConformingParser(String xml) {
        assertThrows(StreamedTemplate.Unsupported.class, () -> drain(scanner(xml)));
    }

    @Test
    void refusesMalformedUtf8AndUtf16() {
        byte[] cut = "<a>总</a>".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[cut.length - 1];
        System.arraycopy(cut, 0, broken, 0, 4);
        System.arraycopy(cut, 5, broken, 4, cut.length - 5);
        assertThrows(StreamedTemplate.Unsupported.class, () -> drain(new XmlScanner(broken)));
        byte[] gbk = "<a>总计</a>".getBytes(Charset.forName("GBK"));
        assertThrows(StreamedTemplate.Unsupported.class, () -> drain(new XmlScanner(gbk)));
        for (byte[] bad : new byte[][] {{'<', 'a', '>', (byte) 0xC0, (byte) 0x80, '<', '/', 'a', '>'},
                {'<', 'a', '>', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '<', '/', 'a', '>'},
                {'<', 'a', '>', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '<', '/', 'a', '>'},
                {'<', 'a', '>', (byte) 0xEF, (byte) 0xBF, (byte) 0xBF, '<', '/', 'a', '>'}}) {
            assertThrows(StreamedTemplate.Unsupported.class, () -> drain(new XmlScanner(bad)));
        }
        byte[] utf16 = "\uFEFF<a/>".getBytes(StandardCharsets.UTF_16);
        assertThrows(StreamedTemplate.Unsupported.class, () -> drain(new XmlScanner(utf16)));
    }

    private static String randomText(Random random, String alphabet) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            int at = random.nextInt(alphabet.length());
            char c = alphabet.charAt(at);
            if (Character.isHighSurrogate(c)) {
                s.append(c).append(alphabet.charAt(at + 1));
            } else if (!Character.isLowSurrogate(c)) {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("'", "&apos;");
    }

    private static XmlScanner scanner(String xml) {
        return new XmlScanner(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static void drain(XmlScanner x) {
        while (x.next() != XmlScanner.Event.EOF) {
            // reading is the test
        }
    }

    /** Events as {@code S:name{attributes}}, {@code T:text} (adjacent text joined) and {@code E:name}. */
    private static List<String> scanned(String xml) {
        List<String> out = new ArrayList<>();
        XmlScanner x = scanner(xml);
        StringBuilder text = new StringBuilder();
        for (XmlScanner.Event e = x.next(); e != XmlScanner.Event.EOF; e = x.next()) {
            if (e == XmlScanner.Event.TEXT) {
                text.append(x.text());
                continue;
            }
            flush(text, out);
            String name = localName(xml, x);
            if (e == XmlScanner.Event.START) {
                TreeMap<String, String> attributes = new TreeMap<>();
                for (String a : List.of("x", "y", "v", "w", "name", "id")) {
                    if (x.attribute(a) != null) {
                        attributes.put(a, x.attribute(a));
                    }
                }
                if (x.attribute(REL, "id") != null) {
                    attributes.put("{r}id", x.attribute(REL, "id"));
                }
                out.add("S:" + name + attributes);
            } else {
                out.add("E:" + name);
            }
        }
        flush(text, out);
        return out;
    }

    /** The element's local name, found by asking the scanner about each name the tests use. */
    private static String localName(String xml, XmlScanner x) {
        for (String n : List.of("a", "b", "c", "w", "t", "sst", "si", "sheet")) {
            if (x.is(n)) {
                return n;
            }
        }
        throw new AssertionError("unexpected element in " + xml);
    }

    private static List<String> sax(String xml) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        List<String> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        factory.newSAXParser().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                flush(text, out);
                TreeMap<String, String> attributes = new TreeMap<>();
                for (String a : List.of("x", "y", "v", "w", "name", "id")) {
                    if (atts.getValue("", a) != null) {
                        attributes.put(a, atts.getValue("", a));
                    }
                }
                if (atts.getValue(REL, "id") != null) {
                    attributes.put("{r}id", atts.getValue(REL, "id"));
                }
                out.add("S:" + localName + attributes);
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                flush(text, out);
                out.add("E:" + localName);
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                text.append(ch, start, length);
            }
        });
        flush(text, out);
        return out;
    }

    private static void flush(StringBuilder text, List<String> out) {
        if (!text.isEmpty()) {
            out.add("T:" + text);
            text.setLength(0);
        }
    }
}
