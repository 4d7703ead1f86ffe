package org.xxgk.excel;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A strict pull reader of one XML part of an .xlsx, straight from its UTF-8 bytes. The JDK's SAX
 * parser spent two thirds of the time of reading a workbook on symbol tables, entity scanning and
 * string building for parts of a few kilobytes; this reads names and attributes in place and makes a
 * string only for a value asked for.
 *
 * <p>It reads exactly what a conforming parser reads or refuses: a document type declaration (and so
 * any entity beyond the five predefined ones and character references), an encoding other than
 * UTF-8, malformed UTF-8, a character XML forbids, a non-ASCII or malformed name, an attribute given
 * twice, a prefix bound to two namespaces, an end tag that does not match, content outside the root
 * — each ends the streamed reading with {@link StreamedTemplate.Unsupported}, and POI's usermodel,
 * with its own parser, reads the file or says what is wrong with it. Line ends and attribute
 * whitespace are normalised as XML 1.0 says. Elements are matched by local name, as the SAX reading
 * before it did; attributes by local name without a prefix, or by namespace.
 */
final class XmlScanner {

    /** What {@link #next()} reached. */
    enum Event { START, END, TEXT, EOF }

    /** Fields kept per attribute in {@link #attributes}: name start, local name start, name end, value start, value end. */
    private static final int FIELDS = 5;

    /** ASCII name characters: 2 may start a name, 1 may follow. */
    private static final byte[] NAME = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            boolean start = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
            NAME[c] = (byte) (start ? 2 : c >= '0' && c <= '9' || c == '-' || c == '.' || c == ':' ? 1 : 0);
        }
    }

    private final byte[] b;
    private final int end;
    private int pos;
    private int depth;
    private boolean rootSeen;
    /** Open elements' names, as start and end offsets. */
    private int[] open = new int[32];
    private int nameStart;
    private int localStart;
    private int nameEnd;
    private boolean selfClosing;
    private int[] attributes = new int[FIELDS * 8];
    private int attributeCount;
    private int textStart;
    private int textEnd;
    private boolean cdata;
    private final Map<String, String> namespaces = new HashMap<>();

    XmlScanner(byte[] bytes) {
        this.b = bytes;
        this.end = bytes.length;
        checkUtf8();
        prolog();
    }

    /** Moves to the next start tag, end tag, run of text or the end of the document. */
    Event next() {
        if (selfClosing) {
            selfClosing = false;
            depth--;
            return Event.END;
        }
        while (pos < end) {
            if (b[pos] != '<') {
                scanText();
                if (depth > 0) {
                    cdata = false;
                    return Event.TEXT;
                }
                requireWhitespace(textStart, textEnd);
                continue;
            }
            byte after = pos + 1 < end ? b[pos + 1] : 0;
            if (after == '/') {
                endTag();
                return Event.END;
            } else if (after == '?') {
                skipPast("?>");
            } else if (after == '!') {
                if (special()) {
                    return Event.TEXT;
                }
            } else {
                startTag();
                return Event.START;
            }
        }
        if (depth != 0 || !rootSeen) {
            throw unsupported("document ends inside an element");
        }
        return Event.EOF;
    }

    /** Whether the element just started or ended has this local name. */
    boolean is(String local) {
        int n = nameEnd - localStart;
        if (n != local.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (b[localStart + i] != local.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** An attribute without a prefix of the element just started, or {@code null}. */
    String attribute(String local) {
        int i = find(local);
        return i < 0 ? null : value(i);
    }

    /** An attribute without a prefix that must be there: its absence is beyond the streamed reading. */
    String required(String local) {
        String v = attribute(local);
        if (v == null) {
            throw unsupported("missing attribute " + local);
        }
        return v;
    }

    /**
     * A plain non-negative decimal attribute without a prefix, read in place: {@code absent} when there
     * is none, -1 when its value is anything else (a sign, spaces, a reference, too many digits).
     */
    int intAttribute(String local, int absent) {
        int i = find(local);
        if (i < 0) {
            return absent;
        }
        int from = attributes[i * FIELDS + 3];
        int to = attributes[i * FIELDS + 4];
        if (to == from || to - from > 9) {
            return -1;
        }
        int n = 0;
        for (int k = from; k < to; k++) {
            if (b[k] < '0' || b[k] > '9') {
                return -1;
            }
            n = n * 10 + (b[k] - '0');
        }
        return n;
    }

    /**
     * An attribute without a prefix that is usually one of a few values: the constant itself when it is
     * one of them (no string made), else its value as {@link #attribute(String)} gives it.
     */
    String attribute(String local, String... usual) {
        int i = find(local);
        if (i < 0) {
            return null;
        }
        int from = attributes[i * FIELDS + 3];
        int to = attributes[i * FIELDS + 4];
        for (String u : usual) {
            if (equals(from, to, u)) {
                return u;
            }
        }
        return value(i);
    }

    /**
     * A cell reference attribute in its plain form ({@code D14}: one to three capital letters, then a
     * row number without leading zero) as {@code row << 20 | column}, 0-based; -1 when absent or in any
     * other form.
     */
    long cellReference(String local) {
        int i = find(local);
        if (i < 0) {
            return -1;
        }
        int from = attributes[i * FIELDS + 3];
        int to = attributes[i * FIELDS + 4];
        int k = from;
        int column = 0;
        while (k < to && k - from < 3 && b[k] >= 'A' && b[k] <= 'Z') {
            column = column * 26 + (b[k] - 'A' + 1);
            k++;
        }
        if (k == from || k == to || b[k] == '0' || to - k > 7) {
            return -1;
        }
        int row = 0;
        for (; k < to; k++) {
            if (b[k] < '0' || b[k] > '9') {
                return -1;
            }
            row = row * 10 + (b[k] - '0');
        }
        return (long) (row - 1) << 20 | (column - 1);
    }

    /** The index of the attribute without a prefix of that local name, or -1. */
    private int find(String local) {
        for (int i = 0; i < attributeCount; i++) {
            int at = i * FIELDS;
            if (attributes[at] == attributes[at + 1] && equals(attributes[at + 1], attributes[at + 2], local)) {
                return i;
            }
        }
        return -1;
    }

    /** An attribute of the element just started in a namespace (bound to any prefix), or {@code null}. */
    String attribute(String namespace, String local) {
        for (int i = 0; i < attributeCount; i++) {
            int at = i * FIELDS;
            int prefixStart = attributes[at];
            int prefixEnd = attributes[at + 1] - 1;
            if (prefixEnd > prefixStart && equals(attributes[at + 1], attributes[at + 2], local)
                    && namespace.equals(namespaces.get(ascii(prefixStart, prefixEnd)))) {
                return value(i);
            }
        }
        return null;
    }

    /** The text just read, entities and line ends resolved. */
    String text() {
        return decode(textStart, textEnd, false, !cdata);
    }

    private void prolog() {
        if (end >= 2 && (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF || b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)) {
            throw unsupported("UTF-16");
        }
        if (end >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            pos = 3;
        }
        if (startsWith(pos, "<?xml") && pos + 5 < end && isSpace(b[pos + 5])) {
            int close = indexOf(pos, "?>");
            String declaration = ascii(pos, close);
            String encoding = pseudoAttribute(declaration, "encoding");
            if (encoding != null && !encoding.equalsIgnoreCase("UTF-8")) {
                throw unsupported("encoding other than UTF-8");
            }
            if (!"1.0".equals(pseudoAttribute(declaration, "version"))) {
                throw unsupported("XML version other than 1.0");
            }
            pos = close + 2;
        }
    }

    /** A pseudo-attribute of the XML declaration ({@code encoding="UTF-8"}), or {@code null}. */
    private static String pseudoAttribute(String declaration, String name) {
        int at = declaration.indexOf(name);
        if (at < 0) {
            return null;
        }
        int i = at + name.length();
        while (i < declaration.length() && (declaration.charAt(i) == ' ' || declaration.charAt(i) == '=')) {
            i++;
        }
        if (i >= declaration.length() || declaration.charAt(i) != '"' && declaration.charAt(i) != '\'') {
            throw unsupported("malformed XML declaration");
        }
        int close = declaration.indexOf(declaration.charAt(i), i + 1);
        if (close < 0) {
            throw unsupported("malformed XML declaration");
        }
        return declaration.substring(i + 1, close);
    }

    /**
     * Checks, once, that a part holding non-ASCII bytes is well-formed UTF-8 without the two
     * non-characters XML forbids, so that any text of it can be decoded without checking again.
     */
    private void checkUtf8() {
        int i = 0;
        while (i < end) {
            if (b[i] >= 0) {
                i++;
                continue;
            }
            int c = b[i] & 0xFF;
            int length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > end) {
                throw unsupported("malformed UTF-8");
            }
            int second = b[i + 1] & 0xFF;
            // The second byte's range excludes overlong forms, surrogates and code points beyond U+10FFFF.
            int low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
            int high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
            if (second < low || second > high) {
                throw unsupported("malformed UTF-8");
            }
            for (int k = 2; k < length; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    throw unsupported("malformed UTF-8");
                }
            }
            if (c == 0xEF && second == 0xBF && ((b[i + 2] & 0xFF) == 0xBE || (b[i + 2] & 0xFF) == 0xBF)) {
                throw unsupported("character not allowed in XML");
            }
            i += length;
        }
    }

    private void scanText() {
        textStart = pos;
        while (pos < end && b[pos] != '<') {
            checkByte(b[pos]);
            if (b[pos] == '&') {
                checkReference(pos);
            } else if (b[pos] == '>' && pos - textStart >= 2 && b[pos - 1] == ']' && b[pos - 2] == ']') {
                throw unsupported("]]> in text");
            }
            pos++;
        }
        textEnd = pos;
    }

    /** A comment (skipped), a CDATA section (text: true) or anything else starting {@code <!} (refused). */
    private boolean special() {
        if (startsWith(pos, "<!--")) {
            int close = indexOf(pos + 4, "--");
            if (close + 2 >= end || b[close + 2] != '>') {
                throw unsupported("malformed comment");
            }
            pos = close + 3;
            return false;
        }
        if (depth > 0 && startsWith(pos, "<![CDATA[")) {
            textStart = pos + 9;
            textEnd = indexOf(textStart, "]]>");
            for (int i = textStart; i < textEnd; i++) {
                checkByte(b[i]);
            }
            pos = textEnd + 3;
            cdata = true;
            return true;
        }
        throw unsupported("document type declaration or misplaced section");
    }

    private void startTag() {
        if (depth == 0 && rootSeen) {
            throw unsupported("second root element");
        }
        pos++;
        readName();
        attributeCount = 0;
        while (true) {
            boolean spaced = skipSpaces();
            if (pos >= end) {
                throw unsupported("unclosed start tag");
            }
            if (b[pos] == '>') {
                pos++;
                break;
            }
            if (b[pos] == '/' && pos + 1 < end && b[pos + 1] == '>') {
                pos += 2;
                selfClosing = true;
                break;
            }
            if (!spaced) {
                throw unsupported("attributes not separated");
            }
            readAttribute();
        }
        push();
        rootSeen = true;
    }

    /** A name at {@code pos}, into {@link #nameStart}, {@link #localStart} and {@link #nameEnd}. */
    private void readName() {
        nameStart = pos;
        localStart = pos;
        if (pos >= end || !isNameStart(b[pos])) {
            throw unsupported("malformed name");
        }
        while (pos < end && isNameChar(b[pos])) {
            if (b[pos] == ':') {
                if (localStart != nameStart || pos == nameStart) {
                    throw unsupported("malformed qualified name");
                }
                localStart = pos + 1;
            }
            pos++;
        }
        nameEnd = pos;
        if (localStart == nameEnd) {
            throw unsupported("malformed qualified name");
        }
    }

    private void readAttribute() {
        int elementName = nameStart;
        int elementLocal = localStart;
        int elementEnd = nameEnd;
        readName();
        int at = attributeCount * FIELDS;
        if (at + FIELDS > attributes.length) {
            attributes = Arrays.copyOf(attributes, attributes.length * 2);
        }
        attributes[at] = nameStart;
        attributes[at + 1] = localStart;
        attributes[at + 2] = nameEnd;
        skipSpaces();
        if (pos >= end || b[pos] != '=') {
            throw unsupported("attribute without a value");
        }
        pos++;
        skipSpaces();
        if (pos >= end || b[pos] != '"' && b[pos] != '\'') {
            throw unsupported("unquoted attribute");
        }
        byte quote = b[pos++];
        attributes[at + 3] = pos;
        while (pos < end && b[pos] != quote) {
            if (b[pos] == '<') {
                throw unsupported("< in an attribute");
            }
            checkByte(b[pos]);
            if (b[pos] == '&') {
                checkReference(pos);
            }
            pos++;
        }
        if (pos >= end) {
            throw unsupported("unclosed attribute");
        }
        attributes[at + 4] = pos++;
        for (int i = 0; i < attributeCount; i++) {
            if (sameBytes(attributes[i * FIELDS], attributes[i * FIELDS + 2], attributes[at], attributes[at + 2])) {
                throw unsupported("attribute given twice");
            }
        }
        attributeCount++;
        declareNamespace(attributeCount - 1);
        nameStart = elementName;
        localStart = elementLocal;
        nameEnd = elementEnd;
    }

    /** Records {@code xmlns:p="…"}; a prefix bound again to another namespace is beyond this reader. */
    private void declareNamespace(int i) {
        int at = i * FIELDS;
        if (attributes[at + 1] - attributes[at] == 6 && startsWith(attributes[at], "xmlns:")) {
            String prefix = ascii(attributes[at + 1], attributes[at + 2]);
            String uri = value(i);
            String before = namespaces.putIfAbsent(prefix, uri);
            if (before != null && !before.equals(uri)) {
                throw unsupported("prefix " + prefix + " bound twice");
            }
        }
    }

    private void endTag() {
        pos += 2;
        readName();
        skipSpaces();
        if (pos >= end || b[pos] != '>') {
            throw unsupported("malformed end tag");
        }
        pos++;
        if (depth == 0) {
            throw unsupported("end tag without a start");
        }
        int openStart = open[2 * (depth - 1)];
        int openEnd = open[2 * (depth - 1) + 1];
        if (!sameBytes(openStart, openEnd, nameStart, nameEnd)) {
            throw unsupported("end tag does not match");
        }
        depth--;
        attributeCount = 0;
    }

    private void push() {
        if (2 * depth + 2 > open.length) {
            open = Arrays.copyOf(open, open.length * 2);
        }
        open[2 * depth] = nameStart;
        open[2 * depth + 1] = nameEnd;
        depth++;
    }

    /** The value of attribute {@code i}, references and whitespace resolved. */
    private String value(int i) {
        int at = i * FIELDS;
        return decode(attributes[at + 3], attributes[at + 4], true, true);
    }

    /**
     * Text between two offsets: ASCII without references or line ends is taken as it is (the common
     * case); anything else is decoded strictly and resolved character by character.
     */
    private String decode(int from, int to, boolean attribute, boolean references) {
        boolean plain = true;
        for (int i = from; i < to && plain; i++) {
            byte c = b[i];
            plain = c >= 0 && c != '&' && c != '\r' && !(attribute && (c == '\t' || c == '\n'));
        }
        if (plain) {
            return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        }
        String raw = new String(b, from, to - from, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '&' && references) {
                int semicolon = indexOf(raw, ';', i);
                appendReference(out, raw.substring(i + 1, semicolon));
                i = semicolon;
            } else if (c == '\r') {
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
                out.append(attribute ? ' ' : '\n');
            } else if (attribute && (c == '\t' || c == '\n')) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int indexOf(CharSequence s, char c, int from) {
        for (int i = from; i < s.length() && i < from + 12; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        throw unsupported("unterminated reference");
    }

    private static void appendReference(StringBuilder out, String name) {
        switch (name) {
            case "lt" -> out.append('<');
            case "gt" -> out.append('>');
            case "amp" -> out.append('&');
            case "quot" -> out.append('"');
            case "apos" -> out.append('\'');
            default -> out.appendCodePoint(characterReference(name));
        }
    }

    private static int characterReference(String name) {
        int code;
        try {
            if (name.startsWith("#x")) {
                code = Integer.parseInt(name.substring(2), 16);
            } else if (name.startsWith("#")) {
                code = Integer.parseInt(name.substring(1));
            } else {
                throw unsupported("entity " + name);
            }
        } catch (NumberFormatException e) {
            throw unsupported("character reference " + name);
        }
        boolean allowed = code == 0x9 || code == 0xA || code == 0xD || code >= 0x20 && code <= 0xD7FF
                || code >= 0xE000 && code <= 0xFFFD || code >= 0x10000 && code <= 0x10FFFF;
        if (!allowed || name.startsWith("#+") || name.startsWith("#-") || name.startsWith("#x+") || name.startsWith("#x-")) {
            throw unsupported("character reference " + name);
        }
        return code;
    }

    /** A reference at {@code at} must be one this reader resolves, as a parser would refuse any other. */
    private void checkReference(int at) {
        int semicolon = at + 1;
        while (semicolon < end && semicolon < at + 12 && b[semicolon] != ';') {
            semicolon++;
        }
        if (semicolon >= end || b[semicolon] != ';') {
            throw unsupported("unterminated reference");
        }
        appendReference(new StringBuilder(), ascii(at + 1, semicolon));
    }

    /** A byte XML forbids: a control character other than tab, line feed and carriage return. */
    private static void checkByte(byte c) {
        if (c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            throw unsupported("control character");
        }
    }

    private void requireWhitespace(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(b[i])) {
                throw unsupported("text outside the root element");
            }
        }
    }

    private boolean skipSpaces() {
        int from = pos;
        while (pos < end && isSpace(b[pos])) {
            pos++;
        }
        return pos > from;
    }

    private void skipPast(String marker) {
        pos = indexOf(pos + 2, marker) + marker.length();
    }

    private int indexOf(int from, String marker) {
        for (int i = from; i + marker.length() <= end; i++) {
            if (startsWith(i, marker)) {
                return i;
            }
        }
        throw unsupported("unterminated " + marker);
    }

    private boolean startsWith(int at, String s) {
        if (at + s.length() > end) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean equals(int from, int to, String s) {
        return to - from == s.length() && startsWith(from, s);
    }

    private boolean sameBytes(int aFrom, int aTo, int bFrom, int bTo) {
        return Arrays.equals(b, aFrom, aTo, b, bFrom, bTo);
    }

    private String ascii(int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isNameStart(byte c) {
        return c >= 0 && NAME[c] == 2;
    }

    private static boolean isNameChar(byte c) {
        return c >= 0 && NAME[c] != 0;
    }

    private static StreamedTemplate.Unsupported unsupported(String why) {
        return new StreamedTemplate.Unsupported("XML: " + why);
    }
}
