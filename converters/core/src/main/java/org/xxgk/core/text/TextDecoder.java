package org.xxgk.core.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.mozilla.universalchardet.UniversalDetector;

import org.xxgk.core.spi.CorruptFileException;

/**
 * Bytes to text, once for every textual input (pasted text, web pages, the toolkit's CSV and JSON data,
 * rosters): the byte-order mark first, then strict UTF-8, then a charset the container declares (an
 * HTML meta tag), then what a charset detector finds among the Chinese charsets, then GB18030. Many
 * agency sites and Excel on a Chinese Windows write GBK or GB18030, which are read as GB18030 (a
 * superset of both). Every candidate is decoded strictly: bytes that are valid in none of them are an
 * error, never text with replacement characters in an agency's name.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    private TextDecoder() {
    }

    /** The text, with the charset the bytes were found to be in. */
    public record Decoded(String text, Charset charset) {
    }

    /**
     * @param declared a charset the container declares, tried after the BOM and strict UTF-8, or {@code null}
     * @return the text, or empty when the bytes are valid in none of the candidates
     */
    public static Optional<Decoded> decode(byte[] bytes, Charset declared) {
        Optional<Decoded> bom = byBom(bytes);
        if (bom.isPresent()) {
            return bom;
        }
        Optional<Decoded> found = strict(bytes, StandardCharsets.UTF_8);
        if (found.isEmpty() && declared != null) {
            found = strict(bytes, widen(declared));
        }
        if (found.isEmpty()) {
            found = detected(bytes).flatMap(c -> strict(bytes, c));
        }
        return found.isPresent() ? found : strict(bytes, GB18030);
    }

    /**
     * The text, or an error naming the file when the bytes are valid in none of the candidates.
     *
     * @param source the input as the user named it
     */
    public static Decoded require(byte[] bytes, Charset declared, String source) throws CorruptFileException {
        return decode(bytes, declared).orElseThrow(() -> new CorruptFileException(source,
                "无法识别文字编码：不是有效的 UTF-8，也不是 GBK/GB18030 编码的文本（文件可能已损坏，或不是文本文件）"));
    }

    /** A GBK or GB2312 label means GB18030: the same bytes, more characters. */
    private static Charset widen(Charset c) {
        String name = c.name().toUpperCase(Locale.ROOT);
        return name.equals("GBK") || name.equals("GB2312") || name.equals("EUC-CN") || name.equals("X-EUC-CN") ? GB18030 : c;
    }

    /** What the detector finds, when it is a Chinese charset (anything else is tried as GB18030 last). */
    private static Optional<Charset> detected(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals("BIG5")) {
            return Optional.of(BIG5);
        }
        return upper.startsWith("GB") || upper.contains("EUC-CN") || upper.equals("HZ-GB-2312")
                ? Optional.of(GB18030) : Optional.empty();
    }

    private static Optional<Decoded> byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return strict(b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return strict(b, 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return strict(b, 2, StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static Optional<Decoded> strict(byte[] bytes, Charset charset) {
        return strict(bytes, 0, charset);
    }

    private static Optional<Decoded> strict(byte[] bytes, int offset, Charset charset) {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return Optional.of(new Decoded(text, charset));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
