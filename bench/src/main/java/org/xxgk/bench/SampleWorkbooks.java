package org.xxgk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;


import org.xxgk.core.Xxgk;
import org.xxgk.core.spi.XxgkException;

/**
 * The agencies' workbooks of a benchmark: report {@code i} of {@link SampleReports} filled into the
 * official template, as {@code xxgk fill} does, one file each, on all cores. A file already there is
 * kept, so that a kept folder serves the next run without filling again.
 */
final class SampleWorkbooks {

    private final SampleReports reports;
    private final Xxgk xxgk;

    SampleWorkbooks(SampleReports reports, Xxgk xxgk) {
        this.reports = reports;
        this.xxgk = xxgk;
    }

    static Path file(Path folder, int i) {
        return folder.resolve(String.format(Locale.ROOT, "%05d.xlsx", i));
    }

    /** Writes the workbooks of agencies 0 to count − 1 that the folder lacks; returns all of them. */
    List<Path> write(Path folder, int count, int threads) throws IOException {
        Files.createDirectories(folder);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Path>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                done.add(pool.submit(() -> writeOne(folder, index)));
            }
            List<Path> out = new ArrayList<>();
            for (Future<Path> f : done) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing sample workbooks", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Path writeOne(Path folder, int i) {
        Path target = file(folder, i);
        if (Files.exists(target)) {
            return target;
        }
        Path part = folder.resolve("." + target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            xxgk.fill(reports.report(i), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XxgkException e) {
            throw new UncheckedIOException(new IOException(e.oneLine(), e));
        }
        try {
            return Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
