package org.xxgk.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;

import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.DocumentReader;
import org.xxgk.core.spi.EmptyFileException;
import org.xxgk.core.spi.ScannedDocumentException;
import org.xxgk.core.spi.XxgkException;

/**
 * Reads a PDF report: one pass over every page for its text, characters and ruling lines (PDFBox), then
 * tabula's lattice algorithm on the pages that hold the tables, or its stream algorithm when the
 * document's tables are drawn without lines. Produces grids and text lines only; the recognizer does
 * the rest.
 */
public final class PdfReportReader implements DocumentReader {

    @Override
    public Set<String> formats() {
        return Set.of("pdf");
    }

    @Override
    public Document read(InputStream in, String source) throws XxgkException, IOException {
        try (PDDocument doc = PdfFile.open(in, source)) {
            FontMaps.check(doc, source);
            List<ScannedPage> pages = scan(doc, source);
            checkText(pages, source);
            List<ScannedPage> tablePages = pages.stream().filter(ScannedPage::table).toList();
            checkTablesAreText(pages, tablePages, source);
            List<String> lines = new ArrayList<>();
            pages.forEach(p -> lines.addAll(p.lines()));
            return new Document(source, "pdf", grids(tablePages, source), lines, pages.size()).withTitle(title(doc));
        }
    }

    /** The document information's Title, which the recognizer weighs against the title on the page. */
    private static String title(PDDocument doc) {
        String title = doc.getDocumentInformation().getTitle();
        return title == null || title.isBlank() ? null : title.strip();
    }

    private static List<ScannedPage> scan(PDDocument doc, String source) throws CorruptFileException {
        try {
            return PageScanner.scan(doc, Landmarks.official());
        } catch (IOException | RuntimeException e) {
            // PDFBox skips what it can; what reaches here is a content stream it cannot parse at all.
            throw new CorruptFileException(source, "PDF 页面内容已损坏，无法读取文字", e);
        }
    }

    /**
     * Ruled tables where the document has any, with rows cut by a page break made whole; otherwise the
     * stream algorithm on the same pages. {@link FixedLayout} builds the grids of other fixed-layout formats here too.
     */
    static List<Grid> grids(List<ScannedPage> pages, String source) {
        SourceLocation file = SourceLocation.ofFile(source);
        List<List<Grid>> byPage = new ArrayList<>();
        pages.forEach(p -> byPage.add(new ArrayList<>(LatticeTables.of(p, file))));
        if (byPage.stream().allMatch(List::isEmpty)) {
            StreamTables stream = new StreamTables(Landmarks.official());
            List<Grid> out = new ArrayList<>();
            pages.forEach(p -> out.addAll(stream.of(p, file)));
            return out;
        }
        CutRows.stitch(byPage, pages.stream().map(ScannedPage::number).toList(), Landmarks.official());
        return byPage.stream().flatMap(List::stream).toList();
    }

    /** A PDF without any text: a scan that needs OCR, or nothing at all. */
    private static void checkText(List<ScannedPage> pages, String source) throws XxgkException {
        if (pages.stream().anyMatch(p -> !p.textless())) {
            return;
        }
        List<Integer> images = imageOnly(pages);
        if (images.isEmpty()) {
            throw new EmptyFileException(source, "PDF 没有任何文字，也没有图像");
        }
        throw new ScannedDocumentException(source, "PDF 为扫描件（" + PageNumbers.describe(images)
                + "只有图像，没有文字层），需要先做文字识别（OCR）");
    }

    /** Text pages without any table labels while other pages are images: the tables were scanned. */
    private static void checkTablesAreText(List<ScannedPage> pages, List<ScannedPage> tablePages, String source)
            throws ScannedDocumentException {
        List<Integer> images = imageOnly(pages);
        if (tablePages.isEmpty() && !images.isEmpty()) {
            throw new ScannedDocumentException(source, "PDF 的文字中没有统计表，统计表可能是扫描图片（"
                    + PageNumbers.describe(images) + "只有图像，没有文字层），需要先做文字识别（OCR）");
        }
    }

    private static List<Integer> imageOnly(List<ScannedPage> pages) {
        return pages.stream().filter(p -> p.textless() && p.images()).map(ScannedPage::number).toList();
    }
}
