package org.xxgk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.xxgk.core.ConsolidateOptions;
import org.xxgk.core.Xxgk;
import org.xxgk.core.batch.Input;
import org.xxgk.core.batch.Outcome;
import org.xxgk.core.consolidate.Consolidator;
import org.xxgk.core.consolidate.Region;
import org.xxgk.core.spi.XxgkException;

/**
 * A region as agencies really send it: {@code count} files of PDF, Word, HTML, Excel, text and data,
 * made by copying a folder of real reports round-robin (not timed), then, in one run and through the
 * facade, the same files read one by one on one thread (the baseline) beside the whole consolidate
 * path on all threads (read and recognise, consolidate, write the regional workbook).
 */
public final class MixedRegionBench {

    private final PrintWriter out;
    private final Xxgk parallel;
    private final Xxgk single;

    /**
     * @param out     where the figures go
     * @param threads the consolidate path's reading threads
     */
    public MixedRegionBench(PrintWriter out, int threads) {
        this.out = out;
        this.parallel = Xxgk.builder().threads(threads).build();
        this.single = Xxgk.builder().threads(1).build();
    }

    /** The figures of a run. */
    public record Result(ConsolidateBench.Phase baseline, ConsolidateBench.Phase consolidate, int failed) {

        public double speedUp() {
            return consolidate.filesPerSecond() / baseline.filesPerSecond();
        }
    }

    /**
     * @param sources a folder of real reports (e.g. testdata/region/reports) whose files are copied
     * @param folder  where the copies and the regional workbook go
     * @param warmUp  files each path reads untimed first (0: both timed from a cold start)
     */
    public Result run(int count, Path sources, Path folder, int warmUp) throws IOException, XxgkException {
        List<Path> files = copies(sources, folder.resolve("region"), count);
        out.printf("xxgk bench consolidate --mixed：%d 个文件（由 %s 的报告轮流复制，格式：%s），%d 核，最大堆 %d MB%n", files.size(),
                sources, mix(files), Runtime.getRuntime().availableProcessors(), HeapSampler.maxHeapMegabytes());
        out.flush();
        if (warmUp > 0) {
            List<Path> some = files.subList(0, Math.min(warmUp, files.size()));
            readOneByOne(some);
            consolidate(some, folder.resolve("warm-up.xlsx"));
            out.printf("预热：两条路径各先处理 %d 个文件（不计时）%n", some.size());
        } else {
            out.println("不预热：两条路径都从冷启动计时（先基线，后汇总）");
        }
        ConsolidateBench.Phase baseline;
        int failed;
        try (HeapSampler heap = HeapSampler.start()) {
            long cpu = processCpu();
            long start = System.nanoTime();
            failed = readOneByOne(files);
            baseline = new ConsolidateBench.Phase(files.size(), System.nanoTime() - start, processCpu() - cpu, heap.peak());
        }
        print("基线（同一批文件单线程逐个读取识别）", baseline);
        ConsolidateBench.Phase consolidate;
        Region region;
        try (HeapSampler heap = HeapSampler.start()) {
            long cpu = processCpu();
            long start = System.nanoTime();
            region = consolidate(files, folder.resolve("region.xlsx"));
            consolidate = new ConsolidateBench.Phase(files.size(), System.nanoTime() - start, processCpu() - cpu, heap.peak());
        }
        print("汇总（xxgk consolidate：多线程读取识别 + 汇总 + 写出汇总工作簿）", consolidate);
        out.printf("倍数：汇总路径每秒处理的文件数是基线的 %.1f 倍；%d 个文件中 %d 个无法读取（两条路径相同：%s）%n",
                consolidate.filesPerSecond() / baseline.filesPerSecond(), files.size(), failed,
                region.entries().stream().filter(e -> e.report() == null).count() == failed ? "是" : "否");
        out.flush();
        return new Result(baseline, consolidate, failed);
    }

    /** The baseline: every file read and recognised on its own, one after the other. */
    private int readOneByOne(List<Path> files) {
        int failed = 0;
        for (Path f : files) {
            try {
                single.read(f);
            } catch (XxgkException e) {
                failed++;
            }
        }
        return failed;
    }

    private Region consolidate(List<Path> files, Path target) throws IOException, XxgkException {
        List<Input> inputs = files.stream().map(p -> new Input(p, p.toString())).toList();
        List<Outcome> outcomes = parallel.extractAll(inputs, Consolidator::numbersOnly, o -> { });
        Region region = parallel.consolidateOutcomes(outcomes, ConsolidateOptions.defaults());
        try (OutputStream o = Files.newOutputStream(target)) {
            parallel.writeRegion(region, "xlsx", o);
        }
        return region;
    }

    /** The sources' files copied round-robin into the folder until it holds {@code count} (kept when there). */
    static List<Path> copies(Path sources, Path folder, int count) throws IOException {
        List<Path> originals;
        try (var s = Files.list(sources)) {
            originals = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        if (originals.isEmpty()) {
            throw new IOException("没有可复制的报告：" + sources);
        }
        Files.createDirectories(folder);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path original = originals.get(i % originals.size());
            Path copy = folder.resolve(String.format(Locale.ROOT, "%05d-%s", i, original.getFileName()));
            if (!Files.exists(copy)) {
                Files.copy(original, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            out.add(copy);
        }
        return out;
    }

    private static String mix(List<Path> files) {
        Map<String, Long> byExtension = files.stream().collect(Collectors.groupingBy(p -> {
            String n = p.getFileName().toString();
            return n.substring(n.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        }, TreeMap::new, Collectors.counting()));
        return byExtension.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("、"));
    }

    private void print(String what, ConsolidateBench.Phase p) {
        out.printf("%s：%d 个文件，用时 %.1f 秒，%.1f 个文件/秒，堆峰值 %d MB，CPU %.1f 秒（每个文件 %.1f 毫秒）%n",
                what, p.files(), p.seconds(), p.filesPerSecond(), p.heap().usedMegabytes(), p.cpuSeconds(),
                p.cpuNanos() / 1e6 / p.files());
        out.flush();
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
