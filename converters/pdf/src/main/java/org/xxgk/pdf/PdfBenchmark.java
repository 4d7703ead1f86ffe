package org.xxgk.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;

import org.xxgk.core.model.Document;
import org.xxgk.core.Xxgk;
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
     * @param xxgkCpu      median CPU time (ms) of the measuring thread for read + recognise + validate
     * @param tabulaCpu    median CPU time (ms) of tabula's extraction
     */
    public record Result(Path file, int pages, int tablePages, double xxgkMillis, double tabulaMillis,
                         double xxgkCpu, double tabulaCpu) {

        public double speedup() {
            return tabulaMillis / xxgkMillis;
        }
    }

    /**
     * One report read by a whole new process each time, xxgk's command line beside tabula's.
     *
     * @param file   the report
     * @param xxgk   wall times (ms) of {@code xxgk extract FILE}, one per run
     * @param tabula wall times (ms) of {@code tabula -l -p all FILE}, one per run
     */
    public record Cold(Path file, double[] xxgk, double[] tabula) {

        /** Median xxgk time over median tabula time. */
        public double ratio() {
            return median(xxgk) / median(tabula);
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** The measured path goes through the facade, as {@code xxgk extract} does. */
    private final Xxgk xxgk = Xxgk.create();

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
        int n = readable.size();
        double[][] ours = new double[n][iterations];
        double[][] theirs = new double[n][iterations];
        double[][] oursCpu = new double[n][iterations];
        double[][] theirsCpu = new double[n][iterations];
        for (int i = 0; i < iterations; i++) {
            for (int k = 0; k < n; k++) {
                Path f = readable.get(k);
                double[] t = time(() -> xxgk(f));
                ours[k][i] = t[0];
                oursCpu[k][i] = t[1];
                t = time(() -> tabula(f));
                theirs[k][i] = t[0];
                theirsCpu[k][i] = t[1];
            }
        }
        List<Result> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Document doc = Objects.requireNonNull(xxgk(readable.get(k)));
            out.add(new Result(readable.get(k), doc.pages(), tablePages(doc), median(ours[k]), median(theirs[k]),
                    median(oursCpu[k]), median(theirsCpu[k])));
        }
        return out;
    }

    /**
     * Runs each command on the file {@code runs} times, alternating, each as a new process with its output
     * thrown away; the first run of each is not counted (it fills the file system's caches).
     *
     * @param xxgk   the command line that extracts the file with xxgk, without the file
     * @param tabula tabula's command line, without the file
     */
    public static Cold cold(Path file, int runs, List<String> xxgk, List<String> tabula) throws IOException {
        run(xxgk, file);
        run(tabula, file);
        double[] ours = new double[runs];
        double[] theirs = new double[runs];
        for (int i = 0; i < runs; i++) {
            ours[i] = run(xxgk, file);
            theirs[i] = run(tabula, file);
        }
        return new Cold(file, ours, theirs);
    }

    private static double run(List<String> command, Path file) throws IOException {
        List<String> all = new ArrayList<>(command);
        all.add(file.toString());
        ProcessBuilder pb = new ProcessBuilder(all).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process p = pb.start();
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** The measured path: the document and its recognised, validated report; {@code null} when it cannot be read. */
    private Document xxgk(Path file) {
        try {
            Document doc = xxgk.readDocument(file);
            xxgk.recognize(doc);
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

    /** Wall time and the thread's CPU time, in milliseconds (the work runs in this thread). */
    private static double[] time(Work w) throws IOException {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        w.run();
        return new double[] {(System.nanoTime() - start) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6};
    }

    /** The middle value (the mean of the two middle ones for an even count). */
    public static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
