package org.xxgk.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.namespace.QName;

import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * WordprocessingML read straight from its XML: POI's model drops what block-level content controls
 * ({@code w:sdt}) and custom XML hold, so tables are walked element by element.
 */
final class Ooxml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final QName VAL = new QName(W, "val");

    /** An element with its name. */
    record Node(QName name, XmlObject object) {

        boolean is(String local) {
            return W.equals(name.getNamespaceURI()) && local.equals(name.getLocalPart());
        }

        /** The {@code w:val} attribute, or empty. */
        Optional<String> val() {
            try (XmlCursor c = object.newCursor()) {
                return Optional.ofNullable(c.getAttributeText(VAL));
            }
        }

        Optional<Node> child(String local) {
            return children(object).stream().filter(n -> n.is(local)).findFirst();
        }

        /** The content of a wrapper: a content control's {@code w:sdtContent}, or the element itself. */
        XmlObject content() {
            return is("sdt") ? child("sdtContent").map(Node::object).orElse(null) : object;
        }
    }

    private Ooxml() {
    }

    static List<Node> children(XmlObject parent) {
        List<Node> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        try (XmlCursor c = parent.newCursor()) {
            if (c.toFirstChild()) {
                do {
                    out.add(new Node(c.getName(), c.getObject()));
                } while (c.toNextSibling());
            }
        }
        return out;
    }

    /**
     * The children of a given name, looking through content controls and custom XML that wrap them
     * (a row, cell or paragraph may sit inside {@code w:sdt} or {@code w:customXml}).
     */
    static List<Node> wrapped(XmlObject parent, String local) {
        List<Node> out = new ArrayList<>();
        for (Node n : children(parent)) {
            if (n.is(local)) {
                out.add(n);
            } else if (n.is("sdt") || n.is("customXml")) {
                out.addAll(wrapped(n.content(), local));
            }
        }
        return out;
    }

    /** A paragraph's text: runs, hyperlinks, fields and inline content controls; tabs as spaces, breaks as {@code \n}. */
    static String text(XmlObject paragraph) {
        StringBuilder sb = new StringBuilder();
        text(paragraph, sb);
        return sb.toString();
    }

    private static void text(XmlObject o, StringBuilder sb) {
        for (Node n : children(o)) {
            if (MC.equals(n.name().getNamespaceURI()) && "Fallback".equals(n.name().getLocalPart())
                    || n.is("pPr") || n.is("rPr") || n.is("tbl")) {
                continue;
            }
            if (n.is("t")) {
                try (XmlCursor c = n.object().newCursor()) {
                    sb.append(c.getTextValue());
                }
            } else if (n.is("tab")) {
                sb.append(' ');
            } else if (n.is("br") || n.is("cr")) {
                sb.append('\n');
            } else if (n.is("noBreakHyphen")) {
                sb.append('-');
            } else {
                text(n.object(), sb);
            }
        }
    }
}
