package org.xxgk.ocr;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The threads that run the engine, one per core, each with its own engines (a Tesseract instance is
 * not thread-safe and takes a while to load its model, so each thread loads its own once and keeps
 * it). Shared by every file read at once, so that a batch never runs more engines than there are cores.
 */
final class Workers {

    private static volatile Workers shared;

    private final ExecutorService pool;
    private final ThreadLocal<CellReader> readers;

    private Workers(Tesseract engine, int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "xxgk-ocr-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.readers = ThreadLocal.withInitial(() -> CellReader.start(engine));
    }

    /** The process's workers, started on first use. */
    static synchronized Workers shared(Tesseract engine) {
        if (shared == null) {
            shared = new Workers(engine, Math.max(1, Runtime.getRuntime().availableProcessors()));
        }
        return shared;
    }

    /** Runs a task on a worker, with that worker's reader. */
    <T> Future<T> submit(Function<CellReader, T> task) {
        return pool.submit(() -> task.apply(readers.get()));
    }
}
