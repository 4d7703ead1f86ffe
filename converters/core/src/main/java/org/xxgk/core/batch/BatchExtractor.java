package org.xxgk.core.batch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.xxgk.core.data.ReportData;
import org.xxgk.core.model.Document;
import org.xxgk.core.model.Report;
import org.xxgk.core.recognize.Recognizer;
import org.xxgk.core.spi.FormatDetector;
import org.xxgk.core.spi.Readers;
import org.xxgk.core.spi.XxgkException;

/**
 * Reads and recognises many inputs on all cores. One bad file becomes a failed {@link Outcome}, never
 * a dead batch; outcomes come back in input order whatever the parallelism.
 */
public final class BatchExtractor {

    private final Readers readers;
    private final ReportData data = ReportData.official();
    private final Recognizer recognizer;
    private final int threads;
    private final UnaryOperator<Report> keep;

    public BatchExtractor(Readers readers, Recognizer recognizer, int threads) {
        this(readers, recognizer, threads, UnaryOperator.identity());
    }

    private BatchExtractor(Readers readers, Recognizer recognizer, int threads, UnaryOperator<Report> keep) {
        this.readers = readers;
        this.recognizer = recognizer;
        this.threads = Math.max(1, threads);
        this.keep = keep;
    }

    /**
     * This extractor, each report passed through {@code keep} by the worker that read it, before the
     * next input is read: a batch of thousands keeps only what its use needs of each report.
     */
    public BatchExtractor keeping(UnaryOperator<Report> keep) {
        return new BatchExtractor(readers, recognizer, threads, keep);
    }

    public static BatchExtractor withInstalledReaders() {
        return new BatchExtractor(Readers.installed(), new Recognizer(), Runtime.getRuntime().availableProcessors());
    }

    /** Reads one input; failures are part of the outcome. */
    public Outcome extract(Input input) {
        String format = null;
        try {
            Readers.Loaded file = readers.load(input.path(), input.source());
            format = file.format();
            if (FormatDetector.JSON.equals(format) || FormatDetector.CSV.equals(format)) {
                return Outcome.of(input, format, 0, kept(readData(file)));
            }
            Document doc = readers.read(file);
            return Outcome.of(input, doc.format(), doc.pages(), kept(recognizer.recognizeAll(doc)));
        } catch (XxgkException e) {
            return Outcome.failed(input, format, e);
        } catch (RuntimeException | StackOverflowError e) {
            // A reader library failing on hostile input must not end the batch: the file is reported.
            return Outcome.failed(input, format, new XxgkException(input.source(), "读取时出错：" + e, e));
        }
    }

    private List<Report> kept(List<Report> reports) {
        return reports.stream().map(keep).toList();
    }

    /** Reports as data (what extract wrote, or made by hand): read, not recognised. */
    private List<Report> readData(Readers.Loaded file) throws XxgkException {
        try (InputStream in = new ByteArrayInputStream(file.bytes())) {
            return FormatDetector.JSON.equals(file.format()) ? data.readJson(in, file.source()) : data.readCsv(in, file.source());
        } catch (IOException e) {
            throw new XxgkException(file.source(), "无法读取文件：" + e.getMessage(), e);
        }
    }

    /**
     * Reads all inputs.
     *
     * @param progress called once per finished input (from worker threads), e.g. for a progress bar
     */
    public List<Outcome> extractAll(List<Input> inputs, Consumer<Outcome> progress) {
        if (threads == 1 || inputs.size() < 2) {
            List<Outcome> out = new ArrayList<>();
            inputs.forEach(i -> {
                Outcome o = extract(i);
                progress.accept(o);
                out.add(o);
            });
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, inputs.size()));
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Input i : inputs) {
                futures.add(pool.submit(() -> {
                    Outcome o = extract(i);
                    progress.accept(o);
                    return o;
                }));
            }
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
