package org.xxgk.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Watches the heap while a phase runs, from a daemon thread: the most heap in use at any sample, and
 * the most in use right after a collection, as the collector reports it (close to the live data: "in
 * use" also counts garbage not yet collected, which a collector lets grow towards the limit). Sampling
 * instead of a profiler keeps the benchmark a plain run of the jar.
 */
final class HeapSampler implements AutoCloseable {

    private static final long PERIOD_MILLIS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP).map(p -> p.getName())
            .collect(Collectors.toSet());
    private final List<NotificationEmitter> collectors = new ArrayList<>();
    private final NotificationListener afterCollection = this::collected;
    private final AtomicLong maxUsed = new AtomicLong();
    private final AtomicLong maxLive = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    /** Peak heap of a phase, in bytes. */
    record Peak(long used, long live) {

        long usedMegabytes() {
            return used / (1024 * 1024);
        }

        long liveMegabytes() {
            return live / (1024 * 1024);
        }
    }

    private HeapSampler() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(afterCollection, null, null);
                collectors.add(e);
            }
        }
        thread = new Thread(this::run, "heap-sampler");
        thread.setDaemon(true);
    }

    /** Collects what the phase before left, then starts sampling. */
    static HeapSampler start() {
        System.gc();
        HeapSampler s = new HeapSampler();
        s.sample();
        s.thread.start();
        return s;
    }

    private void run() {
        while (running) {
            sample();
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        maxUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    private void collected(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long after = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            after += heapPools.contains(pool.getKey()) ? pool.getValue().getUsed() : 0;
        }
        maxLive.accumulateAndGet(after, Math::max);
    }

    Peak peak() {
        sample();
        return new Peak(maxUsed.get(), maxLive.get());
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        for (NotificationEmitter e : collectors) {
            try {
                e.removeNotificationListener(afterCollection);
            } catch (javax.management.ListenerNotFoundException x) {
                // Already gone: nothing to undo.
            }
        }
    }

    /** The heap limit (-Xmx) in megabytes. */
    static long maxHeapMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }
}
