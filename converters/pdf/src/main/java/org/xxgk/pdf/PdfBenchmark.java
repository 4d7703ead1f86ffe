package org.xxgk.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;

import org.xxgk.core.model.Document;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.spi.XxgkException;

import technology.tabula.ObjectExtractor;
import technology.tabula.PageIterator;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Times the whole way from a PDF file to a validated report (read, recognise, validate) beside
 * tabula-java's own lattice extraction of every page of the same file, in the same JVM: the baseline
 * that a user of tabula alone would pay before recognising anything. Warm-up rounds first, then the
 * median of the timed rounds per file.
 */
public final class PdfBenchmark {

    /**
     * The figures of one file.
     *
     * @param file         the PDF
     * @param pages        its page count
     * @param tablePages   the pages the tables were read from
     * @param xxgkMillis   median time of read + recognise + validate
     * @param tabulaMillis median time of tabula's lattice extraction of all pages
     */
    public record Result(Path file, int pages, int tablePages, double xxgkMillis, double tabulaMillis) {

        public double speedup() {
            return tabulaMillis / xxgkMillis;
        }
    }

    private final Recognizer recognizer = new Recognizer();
    private final PdfReportReader reader = new PdfReportReader();

    /**
     * Runs the benchmark. Files that cannot be read as reports are measured by neither and left out.
     *
     * @param warmup     rounds over all files before timing
     * @param iterations timed rounds; each file's median is kept
     */
    public List<Result> run(List<Path> files, int warmup, int iterations) throws IOException {
        List<Path> readable = new ArrayList<>();
        for (Path f : files) {
            if (xxgk(f) != null) {
                readable.add(f);
            }
        }
        for (int i = 0; i < warmup; i++) {
            for (Path f : readable) {
                xxgk(f);
                tabula(f);
            }
        }
        double[][] ours = new double[readable.size()][iterations];
        double[][] theirs = new double[readable.size()][iterations];
        for (int i = 0; i < iterations; i++) {
            for (int k = 0; k < readable.size(); k++) {
                Path f = readable.get(k);
                ours[k][i] = time(() -> xxgk(f));
                theirs[k][i] = time(() -> tabula(f));
            }
        }
        List<Result> out = new ArrayList<>();
        for (int k = 0; k < readable.size(); k++) {
            Document doc = Objects.requireNonNull(xxgk(readable.get(k)));
            out.add(new Result(readable.get(k), doc.pages(), tablePages(doc), median(ours[k]), median(theirs[k])));
        }
        return out;
    }

    /** The measured path: the document and its recognised, validated report; {@code null} when it cannot be read. */
    private Document xxgk(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Document doc = reader.read(in, file.toString());
            recognizer.recognize(doc);
            return doc;
        } catch (XxgkException e) {
            return null;
        }
    }

    /** The baseline: tabula's extractor and lattice algorithm over every page, as its command line does with {@code -l -p all}. */
    private static int tabula(Path file) throws IOException {
        int tables = 0;
        try (ObjectExtractor extractor = new ObjectExtractor(PDDocument.load(file.toFile()))) {
            SpreadsheetExtractionAlgorithm lattice = new SpreadsheetExtractionAlgorithm();
            for (PageIterator pages = extractor.extract(); pages.hasNext(); ) {
                tables += lattice.extract(pages.next()).size();
            }
        }
        return tables;
    }

    private static int tablePages(Document doc) {
        return (int) doc.grids().stream().flatMap(g -> g.rows().stream()).flatMap(List::stream)
                .map(c -> c.location().page()).filter(Objects::nonNull).distinct().count();
    }

    private interface Work {
        Object run() throws IOException;
    }

    private static double time(Work w) throws IOException {
        long start = System.nanoTime();
        w.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
