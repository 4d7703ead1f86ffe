package org.xxgk.excel;

import java.io.CharArrayReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import com.fasterxml.aalto.UncheckedStreamException;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import org.apache.poi.openxml4j.opc.PackageNamespaces;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.codehaus.stax2.XMLStreamReader2;

import org.xxgk.excel.StreamedReads.Fallback;

/**
 * One XML part of an .xlsx as the streamed reading walks it, element by element, with Aalto's StAX
 * parser: one factory for the process (its symbol tables are shared by every part it reads), set up so
 * that a part cannot reach anything beyond itself — no document type declarations, so no entity but
 * the five predefined ones and character references (no external entity, no entity expansion), no
 * external resources.
 *
 * <p>Elements are matched as POI's XMLBeans matches them: by name in the part's namespace (SpreadsheetML
 * or package relationships). An element in another namespace is skipped with all it holds, as XMLBeans
 * leaves it unread; a root element in another namespace (a Strict OOXML part, say) ends the streamed
 * reading. A part is decoded by the JDK's strict UTF-8 decoder before it is parsed, as POI's parser
 * refuses malformed UTF-8 (overlong forms, surrogates) that Aalto would decode. Whatever the parser or
 * the decoder refuses — and a document type declaration, which POI refuses too, or a declared encoding
 * other than UTF-8 — ends the streamed reading ({@link Fallback#MALFORMED_XML}), and POI's usermodel
 * reads the file or names what is wrong with it. Every part is parsed to its end, so that a part POI
 * would refuse is never half read.
 */
final class Xml {

    /** The namespace of the workbook, sheet, styles and shared strings parts. */
    static final String SPREADSHEET = XSSFRelation.NS_SPREADSHEETML;
    /** The namespace of relationship parts. */
    static final String RELATIONSHIPS = PackageNamespaces.RELATIONSHIPS;

    /** A part's reading, from its root element (the cursor stands on it) to wherever the reading stops. */
    @FunctionalInterface
    interface Reading<T> {
        T read(Xml xml) throws XMLStreamException;
    }

    private static final XMLInputFactory FACTORY = factory();

    private final XMLStreamReader2 xml;
    private final String namespace;

    private Xml(XMLStreamReader2 xml, String namespace) {
        this.xml = xml;
        this.namespace = namespace;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /**
     * Parses a part with {@code reading}, then to its end; anything not well-formed ends the streamed
     * reading.
     *
     * @param namespace the namespace of the part's elements
     */
    static <T> T read(byte[] part, String name, String namespace, Reading<T> reading) {
        CharBuffer chars = decode(part, name);
        try {
            XMLStreamReader2 reader = (XMLStreamReader2) FACTORY.createXMLStreamReader(
                    new CharArrayReader(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining()));
            try {
                toRoot(reader, name, namespace);
                T read = reading.read(new Xml(reader, namespace));
                while (reader.hasNext()) {
                    reader.next();
                }
                return read;
            } finally {
                reader.closeCompletely();
            }
        } catch (XMLStreamException | UncheckedStreamException e) {
            // Aalto reports some errors in text only when the text is asked for, unchecked.
            throw new StreamedTemplate.Unsupported(Fallback.MALFORMED_XML, name + ": " + e.getMessage());
        }
    }

    private static CharBuffer decode(byte[] part, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(part));
        } catch (CharacterCodingException e) {
            throw new StreamedTemplate.Unsupported(Fallback.MALFORMED_XML, name + ": not UTF-8");
        }
    }

    /**
     * Moves to the root element, refusing a document type declaration, an encoding other than UTF-8
     * and a root in another namespace.
     */
    private static void toRoot(XMLStreamReader2 reader, String name, String namespace) throws XMLStreamException {
        String encoding = reader.getCharacterEncodingScheme();
        if (encoding != null && !encoding.equalsIgnoreCase("UTF-8")) {
            throw new StreamedTemplate.Unsupported(Fallback.MALFORMED_XML, name + ": encoding " + encoding);
        }
        for (int e = reader.next(); e != XMLStreamConstants.START_ELEMENT; e = reader.next()) {
            if (e == XMLStreamConstants.DTD) {
                throw new StreamedTemplate.Unsupported(Fallback.MALFORMED_XML, name + ": document type declaration");
            }
        }
        if (!namespace.equals(namespaceOf(reader))) {
            throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_PACKAGE, name + ": root in namespace " + namespaceOf(reader));
        }
    }

    /** The namespace of the element the reader stands on, {@code ""} for none. */
    private static String namespaceOf(XMLStreamReader2 reader) {
        String uri = reader.getNamespaceURI();
        return uri == null ? XMLConstants.NULL_NS_URI : uri;
    }

    /**
     * Moves to the next child of the element the cursor stands in that is in the part's namespace:
     * {@code true} on its start, {@code false} on the end of the element. Text, comments, processing
     * instructions and elements of other namespaces between are passed.
     */
    boolean nextChild() throws XMLStreamException {
        while (true) {
            int e = xml.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (namespace.equals(namespaceOf(xml))) {
                    return true;
                }
                xml.skipElement();
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    /** Whether the element the cursor stands on has this name. */
    boolean is(String local) {
        return local.equals(xml.getLocalName());
    }

    /** The name of the element the cursor stands on. */
    String name() {
        return xml.getLocalName();
    }

    /** An attribute without a namespace of the element the cursor stands on, or {@code null}. */
    String attribute(String local) {
        return xml.getAttributeValue(XMLConstants.NULL_NS_URI, local);
    }

    /** An attribute in a namespace, or {@code null}. */
    String attribute(String namespaceUri, String local) {
        return xml.getAttributeValue(namespaceUri, local);
    }

    /** An attribute without a namespace that must be there: its absence is beyond the streamed reading. */
    String required(String local, Fallback reason) {
        String v = attribute(local);
        if (v == null) {
            throw new StreamedTemplate.Unsupported(reason, "missing attribute " + local + " of " + xml.getLocalName());
        }
        return v;
    }

    /** The text of an element that holds only text; the cursor is left on its end. */
    String text() throws XMLStreamException {
        return xml.getElementText();
    }

    /** Passes the element the cursor stands on, with all it holds; the cursor is left on its end. */
    void skip() throws XMLStreamException {
        xml.skipElement();
    }

    /**
     * The text of a string item ({@code <si>} of the shared strings, {@code <is>} of a cell) as POI's
     * {@code XSSFRichTextString.getString} gives it, the cursor standing on the item's start and left
     * on its end: the text of its runs when it has runs, else its own {@code <t>} (the first);
     * phonetic guides and run properties left out. {@code null} for an item with neither.
     */
    String richText() throws XMLStreamException {
        String own = null;
        StringBuilder runs = null;
        while (nextChild()) {
            if (is("t")) {
                String t = text();
                own = own == null ? t : own;
            } else if (is("r")) {
                runs = (runs == null ? new StringBuilder() : runs).append(runText());
            } else {
                skip();
            }
        }
        return runs != null ? runs.toString() : own;
    }

    /** A run's text: its first {@code <t>}, as POI's {@code CTRElt.getT}; a run without one POI reads as "null". */
    private String runText() throws XMLStreamException {
        String t = null;
        while (nextChild()) {
            if (t == null && is("t")) {
                t = text();
            } else {
                skip();
            }
        }
        if (t == null) {
            throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_CELL, "text run without text");
        }
        return t;
    }
}
