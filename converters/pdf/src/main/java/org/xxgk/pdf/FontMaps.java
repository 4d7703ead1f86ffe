package org.xxgk.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.text.Quote;

/**
 * Checks the fonts' ToUnicode maps before PDFBox builds them. PDFBox expands every {@code bfrange} of a
 * ToUnicode CMap into single mappings, and a damaged range — a start and an end of different lengths,
 * or longer than the four bytes a character code has — kept it busy for a minute on a 41 KB file found
 * by fuzzing. Each map of a page's fonts (and of the forms it draws, nested at most {@value #DEPTH}
 * deep) is read here as PDF tokens, the hexadecimal strings between {@code beginbfrange} and
 * {@code endbfrange}, and the file is refused, naming the page and the font, when a range is malformed,
 * the map is larger than {@value #MAX_MAP_BYTES} bytes or it declares more than {@value #MAX_MAPPINGS}
 * mappings (a font of two-byte codes has 65,536). Anything else in a map is left to PDFBox.
 */
final class FontMaps {

    static final int MAX_MAP_BYTES = 4 << 20;
    static final long MAX_MAPPINGS = 1 << 20;
    /** Forms drawn within forms followed this deep. */
    static final int DEPTH = 8;
    /** Hexadecimal digits of the longest character code (four bytes). */
    private static final int CODE_DIGITS = 8;

    private FontMaps() {
    }

    static void check(PDDocument doc, String source) throws CorruptFileException {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int number = 0;
        for (PDPage page : doc.getPages()) {
            number++;
            COSBase resources = page.getCOSObject().getDictionaryObject(COSName.RESOURCES);
            if (resources instanceof COSDictionary r) {
                resources(r, number, source, seen, 0);
            }
        }
    }

    private static void resources(COSDictionary resources, int page, String source, Set<COSBase> seen, int depth)
            throws CorruptFileException {
        if (depth > DEPTH || !seen.add(resources)) {
            return;
        }
        if (resources.getDictionaryObject(COSName.FONT) instanceof COSDictionary fonts) {
            for (COSName name : fonts.keySet()) {
                if (fonts.getDictionaryObject(name) instanceof COSDictionary font
                        && font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream map && seen.add(map)) {
                    checkMap(map, page, name.getName(), source);
                }
            }
        }
        if (resources.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary objects) {
            for (COSName name : objects.keySet()) {
                if (objects.getDictionaryObject(name) instanceof COSStream form
                        && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))
                        && form.getDictionaryObject(COSName.RESOURCES) instanceof COSDictionary inner) {
                    resources(inner, page, source, seen, depth + 1);
                }
            }
        }
    }

    private static void checkMap(COSStream map, int page, String font, String source) throws CorruptFileException {
        byte[] bytes;
        try (InputStream in = map.createInputStream()) {
            bytes = in.readNBytes(MAX_MAP_BYTES + 1);
        } catch (IOException e) {
            return; // a map PDFBox cannot inflate it cannot build either: it reads the text without it
        }
        String problem = bytes.length > MAX_MAP_BYTES ? "异常庞大" : problem(new String(bytes, StandardCharsets.ISO_8859_1));
        if (problem != null) {
            throw new CorruptFileException(source, "PDF 第" + page + "页字体" + Quote.of(font) + "的文字编码表"
                    + problem + "，无法可靠提取文字");
        }
    }

    /** What is wrong with a map's ranges, or {@code null} when nothing is. */
    static String problem(String map) {
        long mappings = 0;
        for (int at = map.indexOf("beginbfrange"); at >= 0; at = map.indexOf("beginbfrange", at)) {
            int end = map.indexOf("endbfrange", at);
            String section = map.substring(at + "beginbfrange".length(), end < 0 ? map.length() : end);
            at += "beginbfrange".length();
            int i = 0;
            while (true) {
                String low = hex(section, i);
                if (low == null) {
                    break;
                }
                i = section.indexOf('>', i) + 1;
                String high = hex(section, i);
                if (high == null) {
                    break;
                }
                i = section.indexOf('>', i) + 1;
                if (low.length() != high.length() || low.length() > CODE_DIGITS) {
                    return "中有首尾长度不一的字符范围，已损坏";
                }
                if (!low.isEmpty()) {
                    long span = Long.parseLong(high, 16) - Long.parseLong(low, 16) + 1;
                    mappings += Math.max(0, span);
                    if (mappings > MAX_MAPPINGS) {
                        return "声明的字符超过 " + MAX_MAPPINGS + " 个，异常庞大";
                    }
                }
                // The destination: a string or an array of strings.
                int next = skipSpace(section, i);
                if (next < section.length() && section.charAt(next) == '[') {
                    int close = section.indexOf(']', next);
                    i = close < 0 ? section.length() : close + 1;
                } else if (next < section.length() && section.charAt(next) == '<') {
                    int close = section.indexOf('>', next);
                    i = close < 0 ? section.length() : close + 1;
                } else {
                    break;
                }
            }
        }
        return null;
    }

    /** The hexadecimal digits of the string token at {@code from} (after spaces), or {@code null}. */
    private static String hex(String s, int from) {
        int i = skipSpace(s, from);
        if (i >= s.length() || s.charAt(i) != '<') {
            return null;
        }
        int close = s.indexOf('>', i);
        if (close < 0) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        for (int k = i + 1; k < close; k++) {
            char c = s.charAt(k);
            if (Character.digit(c, 16) >= 0) {
                digits.append(c);
            } else if (!Character.isWhitespace(c)) {
                return null;
            }
            if (digits.length() > CODE_DIGITS * 2) {
                break; // long enough to be refused
            }
        }
        return digits.toString();
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == 0)) {
            i++;
        }
        return i;
    }
}
