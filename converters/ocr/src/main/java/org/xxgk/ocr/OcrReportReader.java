package org.xxgk.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;
import org.xxgk.core.model.SourceLocation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.DocumentReader;
import org.xxgk.core.spi.EmptyFileException;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.ocr.CellReader.CellReading;

/**
 * Reads scanned reports and photos of them with OCR: images ({@code png}, {@code jpeg}, {@code tiff})
 * and PDFs whose pages are images ({@code scanned-pdf}, which the facade hands over when the PDF
 * reader finds a scan). Each page is straightened, its ruled tables found from their lines, each cell
 * read on its own; the grids go to the recognizer like any reader's, each value carrying the engine's
 * confidence and the flag {@code ocr} ({@code unsure} below the threshold). Before handing the grids on,
 * the reader repairs a digit the rules prove wrong where exactly one reading of an unsure cell fits,
 * and warns of every unsure, sealed or unreadable value ({@link Review}).
 */
public final class OcrReportReader implements DocumentReader {

    /** The format of a PDF whose pages are scans: the facade gives the PDF's bytes to the reader of this format. */
    public static final String SCANNED_PDF = "scanned-pdf";

    private final Schema schema;

    public OcrReportReader() {
        this(Schema.official());
    }

    OcrReportReader(Schema schema) {
        this.schema = schema;
    }

    @Override
    public Set<String> formats() {
        return Set.of(ImageDetector.PNG, ImageDetector.JPEG, ImageDetector.TIFF, SCANNED_PDF);
    }

    @Override
    public Document read(InputStream in, String source) throws XxgkException, IOException {
        byte[] bytes = in.readAllBytes();
        if (bytes.length == 0) {
            throw new EmptyFileException(source, "文件是空的（0 字节）");
        }
        Workers workers = workers(source);
        boolean pdf = PageSource.isPdf(bytes);
        List<PageSource.Page> pages = pdf ? PageSource.pdf(bytes, source) : PageSource.images(bytes, source);
        PageReader reader = new PageReader(workers, new LabelBook(schema));
        SourceLocation file = SourceLocation.ofFile(source);
        List<Grid> grids = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Map<Review.Place, CellReading> readings = new LinkedHashMap<>();
        for (PageSource.Page p : pages) {
            if (p.image() == null) {
                lines.addAll(p.text());
                continue;
            }
            PageReader.Page read;
            try {
                read = reader.read(p.image(), file, p == pages.get(0), p == pages.get(pages.size() - 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new XxgkException(source, "文字识别被中断", e);
            }
            lines.addAll(read.head());
            grids.addAll(read.grids());
            readings.putAll(read.readings());
            lines.addAll(read.tail());
        }
        String format = pdf ? SCANNED_PDF : ImageDetector.detect(bytes).orElse(ImageDetector.PNG);
        Document doc = new Document(source, format, grids, lines, pages.size());
        return new Review(schema).review(doc, readings);
    }

    private static Workers workers(String source) throws XxgkException {
        try {
            return Workers.shared(Tesseract.get());
        } catch (Tesseract.MissingEngineException e) {
            throw new XxgkException(source, e.getMessage(), e);
        }
    }
}
