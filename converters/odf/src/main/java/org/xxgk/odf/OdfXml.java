package org.xxgk.odf;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.XxgkException;

/**
 * The JDK's own StAX parser, made safe for files from anywhere: no DTD is read, no external entity or
 * schema is fetched, and a part that declares a document type at all (OpenDocument parts never do, and
 * it is what entity bombs need) is refused. Also the namespaces and the manifest question.
 */
final class OdfXml {

    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

    private static final XMLInputFactory FACTORY = factory();

    private OdfXml() {
    }

    private static XMLInputFactory factory() {
        // The JDK's implementation, whatever else the class path offers: its safety settings are known.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** A reader over a part; the caller closes the stream. */
    static XMLStreamReader reader(InputStream in, String source) throws XxgkException {
        try {
            return FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw malformed(source, e);
        }
    }

    /** The next event, refusing a document type declaration wherever it stands. */
    static int next(XMLStreamReader x, String source) throws XxgkException {
        try {
            int event = x.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
                    || event == XMLStreamConstants.ENTITY_DECLARATION) {
                throw new CorruptFileException(source, "OpenDocument 文件的内容含有文档类型声明或实体引用（正常文件没有，"
                        + "可能是恶意构造的文件），已拒绝读取");
            }
            return event;
        } catch (XMLStreamException e) {
            throw malformed(source, e);
        }
    }

    /** Whether a manifest lists an encrypted entry (a file saved with a password encrypts its parts). */
    static boolean hasEncryptedEntry(InputStream manifest, String source) throws XxgkException {
        XMLStreamReader x = reader(manifest, source);
        try {
            while (x.hasNext()) {
                int event = next(x, source);
                if (event == XMLStreamConstants.START_ELEMENT && MANIFEST.equals(x.getNamespaceURI())
                        && x.getLocalName().equals("encryption-data")) {
                    return true;
                }
            }
            return false;
        } catch (XMLStreamException e) {
            throw malformed(source, e);
        } finally {
            close(x);
        }
    }

    static void close(XMLStreamReader x) {
        try {
            x.close();
        } catch (XMLStreamException e) {
            // Closing a reader over bytes in memory frees nothing that matters.
        }
    }

    /** A parse failure in one line: a part that grew past the limits is a bomb, anything else damage. */
    static XxgkException malformed(String source, XMLStreamException e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 10; depth++) {
            if (t instanceof OdfPackage.TooLarge large) {
                return OdfPackage.bomb(source, large.part, e);
            }
            t = t.getCause() != null ? t.getCause() : t instanceof XMLStreamException x ? x.getNestedException() : null;
        }
        String where = e.getLocation() != null && e.getLocation().getLineNumber() > 0
                ? "（content.xml 第 " + e.getLocation().getLineNumber() + " 行）" : "";
        return new CorruptFileException(source, "OpenDocument 文件的内容已损坏，无法解析" + where, e);
    }
}
