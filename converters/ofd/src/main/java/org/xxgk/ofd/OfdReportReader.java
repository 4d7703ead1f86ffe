package org.xxgk.ofd;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dom4j.io.SAXReader;
import org.ofdrw.pkg.tool.SAXReaderFactory;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.reader.PageInfo;
import org.xml.sax.SAXException;

import org.xxgk.core.model.Document;
import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.DocumentReader;
import org.xxgk.core.spi.EmptyFileException;
import org.xxgk.core.spi.ScannedDocumentException;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.pdf.FixedLayout;

/**
 * Reads an OFD report (GB/T 33190-2016, the national fixed-layout format): the package unpacked within
 * limits ({@link OfdPackage}), its pages parsed by ofdrw-reader, each page's text objects and path
 * objects described as placed characters and ruling lines ({@link PageWalker}), and the tables built from
 * them by the PDF reader's own steps ({@link FixedLayout}), so that an OFD made from a PDF gives the
 * PDF's grids. Pages that hold no text objects (a scan, glyphs drawn as outlines) need OCR and are
 * refused as a scanned PDF is.
 *
 * <p>ofdrw parses every part with dom4j over the JDK's SAX parser; the reader it uses here refuses any
 * document type declaration, so that no entity is ever expanded or fetched (an OFD never needs one).
 */
public final class OfdReportReader implements DocumentReader {

    private static final String DAMAGED = "OFD 文件已损坏或不完整（可能没有下载完），无法打开";
    /** No annual report has more pages; an OFD's pages may all point at one large part, so they are bounded. */
    static final int MAX_PAGES = 5_000;
    /** Characters and lines of all pages together (pages may share one part): a 500-page report has under a million. */
    static final long MAX_OBJECTS = 3_000_000;

    /** OFD parts nest a few levels (page, content, layer, blocks, object, text code); a hundred is already hostile. */
    static final int MAX_XML_DEPTH = 100;

    static {
        SAXReaderFactory.SetCustomizedProducer(OfdReportReader::secureSaxReader);
    }

    @Override
    public Set<String> formats() {
        return Set.of(OfdDetector.OFD);
    }

    @Override
    public Document read(InputStream in, String source) throws XxgkException, IOException {
        byte[] bytes = in.readAllBytes();
        if (bytes.length == 0) {
            throw new EmptyFileException(source, "文件是空的（0 字节）");
        }
        List<FixedLayout.Page> pages;
        try (OfdPackage pkg = OfdPackage.unpack(bytes, source)) {
            pages = pages(pkg, source);
        }
        FixedLayout.Result read = FixedLayout.read(pages, source, OfdDetector.OFD);
        checkText(read, source);
        return read.document();
    }

    private static List<FixedLayout.Page> pages(OfdPackage pkg, String source) throws CorruptFileException {
        OFDReader reader = open(pkg, source);
        try {
            int count = count(reader, source);
            if (count > MAX_PAGES) {
                throw new CorruptFileException(source, "OFD 有 " + count + " 页，超过 " + MAX_PAGES + " 页，不像是一份报告，拒绝读取");
            }
            List<FixedLayout.Page> pages = new ArrayList<>(count);
            long glyphs = 0;
            for (int n = 1; n <= count; n++) {
                FixedLayout.Page page = page(reader, n, source);
                glyphs += page.glyphs().size() + page.lines().size();
                if (glyphs > MAX_OBJECTS) {
                    throw new CorruptFileException(source, "OFD 的文字和线条超过 " + MAX_OBJECTS + " 个，不像是一份报告，拒绝读取");
                }
                pages.add(page);
            }
            return pages;
        } finally {
            close(reader);
        }
    }

    private static OFDReader open(OfdPackage pkg, String source) throws CorruptFileException {
        try {
            // The package is unpacked and deleted by OfdPackage: ofdrw is told not to delete it.
            return new OFDReader(pkg.root().toString(), false);
        } catch (RuntimeException e) {
            throw damaged(source, e);
        }
    }

    private static int count(OFDReader reader, String source) throws CorruptFileException {
        try {
            return reader.getNumberOfPages();
        } catch (RuntimeException e) {
            throw damaged(source, e);
        }
    }

    /** One page; ofdrw reports a missing part or attribute with runtime exceptions of its own, said here in one line. */
    private static FixedLayout.Page page(OFDReader reader, int n, String source) throws CorruptFileException {
        try {
            PageInfo info = reader.getPageInfo(n);
            return PageWalker.walk(n, info.getSize(), info.getAllLayer(), reader.getResMgt());
        } catch (RuntimeException e) {
            throw new CorruptFileException(source, "OFD 第" + n + "页的内容已损坏，无法读取文字（" + reason(e) + "）", e);
        }
    }

    private static void close(OFDReader reader) {
        try {
            reader.close();
        } catch (IOException | RuntimeException e) {
            // Nothing of ofdrw's is left to release once the pages are read; the folder is OfdPackage's.
        }
    }

    private static CorruptFileException damaged(String source, RuntimeException e) {
        return new CorruptFileException(source, DAMAGED + "（" + reason(e) + "）", e);
    }

    /**
     * The innermost cause in a few Chinese words. ofdrw's own messages are shown when they are Chinese
     * and name no file (they may name the temporary folder); the XML parser's and Java's never are.
     */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof SAXException) {
            return "XML 无法解析：已损坏、嵌套过深，或含有 OFD 不允许的文档类型声明";
        }
        if (root instanceof NumberFormatException) {
            return "坐标、字号或字符间距不是数字";
        }
        if (root instanceof FileNotFoundException || root instanceof NoSuchFileException) {
            return "缺少它指向的部件";
        }
        String m = root.getMessage() == null ? null : ATTRIBUTE.matcher(root.getMessage()).replaceAll("");
        return m != null && chinese(m) ? m : "文件结构不符合 GB/T 33190";
    }

    /** The attribute name ofdrw puts beside its Chinese word ({@code 字号（Size）}): the word alone says it. */
    private static final java.util.regex.Pattern ATTRIBUTE = java.util.regex.Pattern.compile("[（(]\\s*[A-Za-z][A-Za-z0-9_:]*\\s*[）)]");

    /** Chinese, with no Latin word left (a user reads no English) and naming no file. */
    private static boolean chinese(String m) {
        boolean han = m.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return han && m.length() <= 80 && !m.matches("(?s).*[A-Za-z]{2,}.*") && m.indexOf('/') < 0 && m.indexOf('\\') < 0
                && m.codePoints().noneMatch(Character::isISOControl);
    }

    /** An OFD without any text: a scan or outlined glyphs that need OCR, or nothing at all. */
    private static void checkText(FixedLayout.Result read, String source) throws XxgkException {
        if (!read.hasText()) {
            if (read.imageOnly().isEmpty()) {
                throw new EmptyFileException(source, "OFD 没有任何文字，也没有图像");
            }
            throw new ScannedDocumentException(source, "OFD 为扫描件或文字已转成曲线（" + FixedLayout.describePages(read.imageOnly())
                    + "只有图像或轮廓字形，没有文字对象），需要先做文字识别（OCR）");
        }
        if (read.document().grids().isEmpty() && !read.imageOnly().isEmpty()) {
            throw new ScannedDocumentException(source, "OFD 的文字中没有统计表，统计表可能是扫描图片或曲线（"
                    + FixedLayout.describePages(read.imageOnly()) + "只有图像或轮廓字形，没有文字对象），需要先做文字识别（OCR）");
        }
    }

    /**
     * dom4j's reader with every way to a DTD closed: a declaration is an error, external entities and DTDs
     * are never loaded, and an entity resolver refuses whatever might still be asked. A feature the parser
     * does not know fails the read instead of being skipped (ofdrw's own factory skips it silently).
     */
    static SAXReader secureSaxReader() {
        SAXReader reader = new SAXReader();
        try {
            reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            reader.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            reader.setFeature("http://xml.org/sax/features/external-general-entities", false);
            reader.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            // The JDK parser's own limit: elements nested deeper than an OFD ever nests them are an error, before
            // ofdrw's recursive copying of the tree (it hashes every part) could run out of stack.
            reader.setProperty("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(MAX_XML_DEPTH));
        } catch (SAXException e) {
            throw new IllegalStateException("XML parser cannot refuse document type declarations", e);
        }
        reader.setIncludeExternalDTDDeclarations(false);
        reader.setIncludeInternalDTDDeclarations(false);
        reader.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
        });
        return reader;
    }
}
