package org.xxgk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.xxgk.core.ConsolidateOptions;
import org.xxgk.core.Xxgk;
import org.xxgk.core.consolidate.Consolidator;
import org.xxgk.core.consolidate.Region;
import org.xxgk.core.batch.Input;
import org.xxgk.core.batch.Outcome;
import org.xxgk.core.model.Document;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.excel.StreamedReads;

/**
 * How fast {@code xxgk consolidate} reads a region's workbooks, beside the plain POI way of reading
 * them. Fills {@code count} agencies' workbooks from random valid reports (not timed), then times, with
 * {@link System#nanoTime()} and the heap watched by {@link HeapSampler}:
 * <ol>
 *   <li>the baseline: one thread, POI's {@code WorkbookFactory} opening each file and reading every cell;</li>
 *   <li>the consolidate path as the command runs it, through the facade {@link Xxgk}: every file read on
 *       all cores, the region consolidated, and the regional workbook written to disk.</li>
 * </ol>
 * Then, single-threaded on a sample of files, where a file's time goes (reading, recognising,
 * validating), and a check that the region's sums are the sums of the generated reports.
 */
public final class ConsolidateBench {

    /** Files read one by one for the breakdown of a file's time. */
    private static final int SAMPLE = 200;

    private final Schema schema = Schema.official();
    private final PrintWriter out;
    private final Xxgk xxgk;

    /**
     * @param out  where the figures go, one line each, as the run proceeds
     * @param xxgk the toolkit whose consolidate path is timed (its threads are the reading threads)
     */
    public ConsolidateBench(PrintWriter out, Xxgk xxgk) {
        this.out = out;
        this.xxgk = xxgk;
    }

    /**
     * One timed phase.
     *
     * @param nanos    wall-clock time
     * @param cpuNanos CPU time of the whole process (all threads, the collector's included): on a machine
     *                 shared with other work, the figure that other processes do not inflate
     */
    public record Phase(int files, long nanos, long cpuNanos, HeapSampler.Peak heap) {

        public double seconds() {
            return nanos / 1e9;
        }

        public double cpuSeconds() {
            return cpuNanos / 1e9;
        }

        public double filesPerSecond() {
            return files / seconds();
        }
    }

    /** The figures of a run; {@code sumsAgree} says whether the region's sums are the generated ones. */
    public record Result(Phase baseline, Phase consolidate, boolean sumsAgree) {

        public double speedUp() {
            return consolidate.filesPerSecond() / baseline.filesPerSecond();
        }
    }

    /**
     * Runs the benchmark in a folder: the workbooks go to {@code folder/agencies} (those already there
     * are used as they are), the regional workbook to {@code folder/region.xlsx}.
     */
    public Result run(int count, Path folder, int threads, long seed, int warmUp) throws IOException, XxgkException {
        Path agencies = folder.resolve("agencies");
        out.printf("xxgk bench consolidate：%d 个单位工作簿，%d 核，读取线程 %d，最大堆 %d MB，垃圾收集器 %s，Java %s%n", count,
                Runtime.getRuntime().availableProcessors(), threads, HeapSampler.maxHeapMegabytes(),
                String.join("/", ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList()),
                System.getProperty("java.version"));
        SampleReports reports = new SampleReports(schema, seed);
        long start = System.nanoTime();
        List<Path> files = new SampleWorkbooks(reports, xxgk).write(agencies, count, threads);
        out.printf("生成：%d 个工作簿（与 xxgk fill 相同的模板），用时 %.1f 秒，不计入比较%n", count, seconds(start));
        out.flush();
        if (warmUp > 0) {
            warmUp(files.subList(0, Math.min(warmUp, files.size())), threads, folder);
            out.printf("预热：两条路径各先处理 %d 个文件（不计时），使两者都以编译后的代码计时%n", Math.min(warmUp, files.size()));
        } else {
            out.println("不预热：两条路径都从冷启动计时（先基线，后汇总）");
        }
        Phase baseline = baseline(files);
        print("基线（POI WorkbookFactory 单线程打开并逐格读取）", baseline);
        Path target = folder.resolve("region.xlsx");
        Timed timed = consolidate(agencies, count, threads, target);
        Phase consolidate = timed.phase();
        print("汇总（xxgk consolidate：读取识别 + 汇总 + 写出汇总工作簿）", consolidate);
        out.printf("  其中读取与识别 %.1f 秒（%d 线程），汇总 %.1f 秒，写出汇总工作簿 %.1f 秒（%d KB）%n",
                timed.extract() / 1e9, threads, timed.sum() / 1e9, timed.write() / 1e9, Files.size(target) / 1024);
        out.println("  " + StreamedReads.summary());
        out.printf("倍数：汇总路径每秒处理的文件数是基线的 %.1f 倍；每个文件用的 CPU 时间是基线的 %.2f%n",
                consolidate.filesPerSecond() / baseline.filesPerSecond(),
                (double) consolidate.cpuNanos() / consolidate.files() / ((double) baseline.cpuNanos() / baseline.files()));
        boolean agree = check(timed.region(), count, reports);
        breakdown(files.subList(0, Math.min(SAMPLE, files.size())));
        return new Result(baseline, consolidate, agree);
    }

    /** The consolidate phase with its sections' times and the region it made. */
    private record Timed(Phase phase, long extract, long sum, long write, Region region) {
    }

    /** Runs both paths over some files untimed, so that both are timed with their code compiled. */
    private void warmUp(List<Path> some, int threads, Path folder) throws IOException, XxgkException {
        PoiBaseline.readAll(some);
        List<Input> inputs = some.stream().map(p -> new Input(p, p.toString())).toList();
        Region region = xxgk.consolidateOutcomes(xxgk.extractAll(inputs, Consolidator::numbersOnly, o -> { }), ConsolidateOptions.defaults());
        try (OutputStream o = Files.newOutputStream(folder.resolve("warm-up.xlsx"))) {
            xxgk.writeRegion(region, "xlsx", o);
        }
        Files.delete(folder.resolve("warm-up.xlsx"));
    }

    private Phase baseline(List<Path> files) throws IOException {
        try (HeapSampler heap = HeapSampler.start()) {
            long cpu = processCpu();
            long start = System.nanoTime();
            PoiBaseline.readAll(files);
            return new Phase(files.size(), System.nanoTime() - start, processCpu() - cpu, heap.peak());
        }
    }

    /** The command's path, section by section: what {@code xxgk consolidate FOLDER -o REGION.xlsx} does. */
    private Timed consolidate(Path agencies, int count, int threads, Path target) throws IOException, XxgkException {
        try (HeapSampler heap = HeapSampler.start()) {
            long cpu = processCpu();
            long start = System.nanoTime();
            List<Outcome> outcomes = xxgk.extractAll(xxgk.inputs(List.of(agencies)), Consolidator::numbersOnly, o -> { });
            long extracted = System.nanoTime();
            Region region = xxgk.consolidateOutcomes(outcomes, ConsolidateOptions.defaults());
            long summed = System.nanoTime();
            try (OutputStream o = Files.newOutputStream(target)) {
                xxgk.writeRegion(region, "xlsx", o);
            }
            long written = System.nanoTime();
            return new Timed(new Phase(count, written - start, processCpu() - cpu, heap.peak()), extracted - start, summed - extracted,
                    written - summed, region);
        }
    }

    /**
     * Single-threaded, per file: reading the workbook into a document, recognising it, validating it
     * alone. In CPU time of the thread, which other processes on the machine do not inflate.
     */
    private void breakdown(List<Path> sample) throws XxgkException {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long read = 0;
        long recognize = 0;
        long validate = 0;
        for (Path f : sample) {
            long t0 = cpu.getCurrentThreadCpuTime();
            Document doc = xxgk.readDocument(f);
            long t1 = cpu.getCurrentThreadCpuTime();
            var report = xxgk.recognize(doc).get(0);
            long t2 = cpu.getCurrentThreadCpuTime();
            xxgk.validate(report);
            long t3 = cpu.getCurrentThreadCpuTime();
            read += t1 - t0;
            recognize += t2 - t1;
            validate += t3 - t2;
        }
        int n = sample.size();
        out.printf("每个文件的 CPU 时间（单线程，抽样 %d 个）：读取工作簿 %.2f 毫秒，识别 %.2f 毫秒（含校验 %.2f 毫秒）%n",
                n, read / 1e6 / n, recognize / 1e6 / n, validate / 1e6 / n);
        out.flush();
    }

    /** The region counts every agency once, and its sums are those of the generated reports. */
    private boolean check(Region region, int count, SampleReports reports) {
        Map<String, BigDecimal> expected = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            reports.report(i).values().forEach((code, v) -> expected.merge(code, v.number(), BigDecimal::add));
        }
        Map<String, BigDecimal> got = new TreeMap<>(region.others());
        region.summary().values().forEach((code, v) -> got.put(code, v.number()));
        List<String> wrong = new ArrayList<>();
        expected.forEach((code, n) -> {
            if (got.get(code) == null || got.get(code).compareTo(n) != 0) {
                wrong.add(code);
            }
        });
        boolean ok = region.counted().size() == count && wrong.isEmpty() && got.size() == expected.size();
        out.println(ok ? "核对：汇总了 " + count + " 个机构，" + expected.size() + " 个指标的合计与生成的数据一致"
                : "核对：不一致！计入 " + region.counted().size() + " 个机构（应为 " + count + "），合计不符的指标：" + wrong);
        out.flush();
        return ok;
    }

    private void print(String what, Phase p) {
        out.printf("%s：%d 个文件，用时 %.1f 秒，%.1f 个文件/秒，堆峰值 %d MB（GC 后最多 %d MB），CPU %.1f 秒（每个文件 %.1f 毫秒）%n",
                what, p.files(), p.seconds(), p.filesPerSecond(), p.heap().usedMegabytes(), p.heap().liveMegabytes(),
                p.cpuSeconds(), p.cpuNanos() / 1e6 / p.files());
        out.flush();
    }

    /** CPU time of the whole process so far. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
