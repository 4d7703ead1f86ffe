package org.xxgk.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.DocumentReader;
import org.xxgk.core.spi.FormatDetector;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.text.TextDecoder;

/**
 * Reads a report saved from an agency web page (or written by {@link HtmlReportWriter}).
 *
 * <p>Bytes to text: a byte-order mark first, then strict UTF-8, then the charset the page declares
 * in its first bytes ({@code <meta charset>}, {@code http-equiv} or an XML declaration), then what a
 * detector finds; GBK and GB2312 are read as GB18030 (see {@link TextDecoder}). Then jsoup: every
 * {@code <table>} becomes one positional grid with merged cells expanded ({@link SpanGrid}), each cell
 * located by the file, the source line where its row starts, and its row and column in the grid; the
 * visible text becomes the document's lines ({@link PageLines}). Scripts, styles and hidden elements
 * are left out. A page with no table is still a document: the recognizer says it holds no report.
 */
public final class HtmlReportReader implements DocumentReader {

    /** Share of undecodable characters above which the bytes are not a page in any charset we know. */
    private static final double GARBLED_SHARE = 0.02;
    private static final int GARBLED_SAMPLE = 64 * 1024;
    private static final String HIDDEN = "script, style, noscript, template, [hidden], [style~=(?i)display\\s*:\\s*none]";

    @Override
    public Set<String> formats() {
        return Set.of(FormatDetector.HTML);
    }

    @Override
    public org.xxgk.core.model.Document read(InputStream in, String source) throws XxgkException, IOException {
        byte[] bytes = in.readAllBytes();
        String html = decode(bytes, source);
        Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        page.select(HIDDEN).remove();
        Map<Element, Integer> tableLines = new IdentityHashMap<>();
        List<String> lines = PageLines.of(page.body(), tableLines);
        List<Grid> grids = TableGrids.of(page.body(), SourceLocation.ofFile(source), tableLines);
        return new org.xxgk.core.model.Document(source, FormatDetector.HTML, grids, lines, 0);
    }

    private static String decode(byte[] bytes, String source) throws CorruptFileException {
        Charset declared = PageCharset.declared(bytes).orElse(null);
        TextDecoder.Decoded decoded = TextDecoder.require(bytes, declared, source);
        int sample = Math.min(decoded.text().length(), GARBLED_SAMPLE);
        long bad = garbled(decoded.text().substring(0, sample));
        if (bad > GARBLED_SHARE * sample) {
            throw new CorruptFileException(source, "无法解码网页文字：按 " + decoded.charset().name() + " 读取时前 "
                    + sample + " 个字符中有 " + bad + " 个乱码或控制字符，文件可能已损坏或不是网页");
        }
        return decoded.text();
    }

    /** Characters that no page holds as text: replacement characters and C0 controls other than white space. */
    private static long garbled(String text) {
        return text.chars().filter(c -> c == '\ufffd' || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
    }
}
