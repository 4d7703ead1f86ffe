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
import org.codehaus.stax2.XMLStreamReader2;

import org.xxgk.excel.StreamedReads.Fallback;

/**
 * The XML parts of an .xlsx as the streamed reading parses them: with Aalto's StAX parser, one factory
 * for the process (its symbol tables are shared by every part it reads), set up so that a part cannot
 * reach anything beyond itself: no document type declarations, so no entity but the five predefined
 * ones and character references (no external entity, no entity expansion), no external resources.
 *
 * <p>A part is decoded by the JDK's strict UTF-8 decoder before it is parsed, as POI's own parser
 * refuses malformed UTF-8 (overlong forms, surrogates) that Aalto would decode. Whatever the parser
 * or the decoder refuses — and a document type declaration, which POI refuses too, or a declared
 * encoding other than UTF-8 — ends the streamed reading ({@link Fallback#MALFORMED_XML}) and POI's
 * usermodel reads the file or names what is wrong with it.
 */
final class Xml {

    /** A part's reading, from its root element (the reader stands on it) to wherever the reading stops. */
    @FunctionalInterface
    interface Reading<T> {
        T read(XMLStreamReader2 xml) throws XMLStreamException;
    }

    private static final XMLInputFactory FACTORY = factory();

    private Xml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** Parses a part with {@code reading}; anything not well-formed ends the streamed reading. */
    static <T> T read(byte[] part, String name, Reading<T> reading) {
        CharBuffer chars = decode(part, name);
        try {
            XMLStreamReader2 xml = (XMLStreamReader2) FACTORY.createXMLStreamReader(
                    new CharArrayReader(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining()));
            try {
                toRoot(xml, name);
                return reading.read(xml);
            } finally {
                xml.closeCompletely();
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

    /** Moves to the root element, refusing a document type declaration and an encoding other than UTF-8. */
    private static void toRoot(XMLStreamReader2 xml, String name) throws XMLStreamException {
        String encoding = xml.getCharacterEncodingScheme();
        if (encoding != null && !encoding.equalsIgnoreCase("UTF-8")) {
            throw new StreamedTemplate.Unsupported(Fallback.MALFORMED_XML, name + ": encoding " + encoding);
        }
        for (int e = xml.next(); e != XMLStreamConstants.START_ELEMENT; e = xml.next()) {
            if (e == XMLStreamConstants.DTD) {
                throw new StreamedTemplate.Unsupported(Fallback.MALFORMED_XML, name + ": document type declaration");
            }
        }
    }

    /** An attribute without a namespace of the element the reader stands on, or {@code null}. */
    static String attribute(XMLStreamReader2 xml, String local) {
        return xml.getAttributeValue(XMLConstants.NULL_NS_URI, local);
    }

    /** An attribute without a namespace that must be there: its absence is beyond the streamed reading. */
    static String required(XMLStreamReader2 xml, String local, Fallback reason) {
        String v = attribute(xml, local);
        if (v == null) {
            throw new StreamedTemplate.Unsupported(reason, "missing attribute " + local + " of " + xml.getLocalName());
        }
        return v;
    }

    /**
     * Moves to the next start of a child of the element the reader stands in, or to that element's end:
     * {@code true} on a child's start. Text, comments and processing instructions between are passed.
     */
    static boolean nextChild(XMLStreamReader2 xml) throws XMLStreamException {
        while (true) {
            int e = xml.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (e == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    /**
     * The text of a string item ({@code <si>} of the shared strings, {@code <is>} of a cell) as POI's
     * {@code XSSFRichTextString.getString} gives it, the reader standing on the item's start and left
     * on its end: the text of its runs when it has runs, else its own {@code <t>}; phonetic guides and
     * run properties left out. {@code null} for an item with neither.
     */
    static String richText(XMLStreamReader2 xml) throws XMLStreamException {
        String own = null;
        StringBuilder runs = null;
        while (nextChild(xml)) {
            String name = xml.getLocalName();
            if (name.equals("t")) {
                String t = xml.getElementText();
                own = own == null ? t : own;
            } else if (name.equals("r")) {
                runs = (runs == null ? new StringBuilder() : runs).append(runText(xml));
            } else {
                xml.skipElement();
            }
        }
        return runs != null ? runs.toString() : own;
    }

    /** A run's text: its first {@code <t>}, as POI's {@code CTRElt.getT}; a run without one POI reads as "null". */
    private static String runText(XMLStreamReader2 xml) throws XMLStreamException {
        String t = null;
        while (nextChild(xml)) {
            if (t == null && xml.getLocalName().equals("t")) {
                t = xml.getElementText();
            } else {
                xml.skipElement();
            }
        }
        if (t == null) {
            throw new StreamedTemplate.Unsupported(Fallback.UNUSUAL_CELL, "text run without text");
        }
        return t;
    }
}
