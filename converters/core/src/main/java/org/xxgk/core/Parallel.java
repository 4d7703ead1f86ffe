package org.xxgk.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.xxgk.core.batch.Input;
import org.xxgk.core.batch.Outcome;
import org.xxgk.core.spi.DeadlineExceededException;
import org.xxgk.core.spi.InternalErrorException;

/**
 * Reads inputs on several threads, each input within its deadline: a lane takes the next input, has a
 * worker read it, and waits at most the deadline; an input that takes longer becomes a failed outcome,
 * its worker is interrupted and left behind, and the lane goes on with the next input. Outcomes come
 * back in input order whatever the threads did; every input has one.
 */
final class Parallel {

    private Parallel() {
    }

    /**
     * @param threads  how many inputs are read at once
     * @param deadline the most one input may take, or {@code null} for no limit
     * @param work     reads one input; never throws (failures are outcomes)
     * @param progress told of each outcome as it is known, from the lanes' threads
     */
    static List<Outcome> run(List<Input> inputs, int threads, Duration deadline, Function<Input, Outcome> work,
                             Consumer<Outcome> progress) {
        Outcome[] out = new Outcome[inputs.size()];
        AtomicInteger next = new AtomicInteger();
        int lanes = Math.max(1, Math.min(threads, inputs.size()));
        ExecutorService workers = deadline == null ? null : Executors.newCachedThreadPool(daemons("xxgk-read"));
        Runnable lane = () -> {
            for (int i = next.getAndIncrement(); i < out.length; i = next.getAndIncrement()) {
                Input input = inputs.get(i);
                out[i] = workers == null ? safely(work, input) : within(workers, deadline, input, work);
                progress.accept(out[i]);
            }
        };
        try {
            if (lanes == 1) {
                lane.run();
            } else {
                runLanes(lane, lanes);
            }
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
        return Arrays.asList(out);
    }

    private static void runLanes(Runnable lane, int lanes) {
        ExecutorService pool = Executors.newFixedThreadPool(lanes, daemons("xxgk-lane"));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < lanes; i++) {
                running.add(pool.submit(lane));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("读取被中断", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome within(ExecutorService workers, Duration deadline, Input input, Function<Input, Outcome> work) {
        Future<Outcome> f = workers.submit(() -> safely(work, input));
        try {
            return f.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | CancellationException e) {
            f.cancel(true);
            return Outcome.failed(input, null, new DeadlineExceededException(input.source(),
                    "读取超过 " + describe(deadline) + " 仍未完成，已跳过（文件可能过大或内容异常；可用 --deadline 放宽时限）"));
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("读取被中断", e);
        } catch (ExecutionException e) {
            return failed(input, e.getCause());
        }
    }

    /** The work's outcome; what escapes it (an error no reader could catch) ends this file, not the batch. */
    private static Outcome safely(Function<Input, Outcome> work, Input input) {
        try {
            return work.apply(input);
        } catch (RuntimeException | Error e) {
            return failed(input, e);
        }
    }

    private static Outcome failed(Input input, Throwable e) {
        return Outcome.failed(input, null, new InternalErrorException(input.source(),
                "读取时出错（程序内部错误），已跳过；加 --verbose 可查看详细信息", e));
    }

    static String describe(Duration d) {
        long s = d.toSeconds();
        return s >= 1 ? s + " 秒" : d.toMillis() + " 毫秒";
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
