package org.xxgk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.xxgk.bench.ConsolidateBench;
import org.xxgk.bench.MixedRegionBench;
import org.xxgk.core.Xxgk;
import org.xxgk.core.spi.XxgkException;

/**
 * {@code xxgk bench}: benchmarks run on the user's own machine with the shipped jar, so that the
 * figures are those of the real command, not of a test harness.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        header = "性能基准：在本机测量汇总和读取 PDF 的速度和内存",
        description = "用随机生成的有效报告测量速度，结果每行一项，打印到标准输出。",
        subcommands = {BenchCommand.Consolidate.class, BenchPdfCommand.class})
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定要测量的命令，例如：xxgk bench consolidate 1000");
    }

    /** {@code xxgk bench consolidate N}: N agencies' workbooks through the consolidate path and through plain POI. */
    @Command(name = "consolidate", mixinStandardHelpOptions = true, sortOptions = false,
            header = "测量汇总速度：生成若干个单位的工作簿，与通用 Excel 读取库单线程逐格读取的基线比较",
            description = {"用随机生成的有效报告按官方模板填写给定数量的单位工作簿（不计时），然后分别计时：",
                "基线（通用 Excel 读取库单线程打开每个文件、逐格读取）和 xxgk consolidate 的完整路径",
                "（多线程读取识别、汇总、写出汇总工作簿）；报告每秒文件数、倍数、堆峰值，并核对汇总数。",
                "测量 1 万个文件的内存上限时请用 XXGK_JAVA_OPTS=-Xmx1g ./xxgk bench consolidate 10000。"},
            footer = {"%n示例：%n  xxgk bench consolidate 1000", "  xxgk bench consolidate 1000 --warmup 0",
                "  XXGK_JAVA_OPTS=-Xmx1g ./xxgk bench consolidate 10000 --keep /tmp/xxgk-bench",
                "  ./xxgk bench consolidate 1000 --mixed testdata/region/reports --warmup 0"})
    static final class Consolidate implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "数量", description = "单位工作簿的数量")
        private int count;

        @Option(names = "--keep", paramLabel = "文件夹", description = "在此文件夹生成并保留工作簿和汇总结果；已有的工作簿直接使用，不再生成")
        private Path keep;

        @Option(names = "--threads", paramLabel = "线程数", description = "读取识别的线程数（默认为处理器核数）")
        private Integer threads;

        @Option(names = "--seed", paramLabel = "种子", defaultValue = "2024", description = "随机报告的种子（默认 ${DEFAULT-VALUE}）")
        private long seed;

        @Option(names = "--mixed", paramLabel = "文件夹",
                description = "改为测量各单位实际报送的混合格式：把该文件夹中的报告（PDF、Word、HTML、Excel、文本等）轮流复制成指定数量的文件，"
                        + "与同一批文件单线程逐个读取比较（例如 testdata/region/reports）")
        private Path mixed;

        @Option(names = "--warmup", paramLabel = "文件数", defaultValue = "5000",
                description = "计时前两条路径各先处理这么多个文件，使代码已编译（默认 ${DEFAULT-VALUE}，不超过工作簿数量；0 为不预热，即冷启动）")
        private int warmup;

        @Override
        public Integer call() throws IOException, XxgkException {
            if (count < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "工作簿数量至少为 1：" + count);
            }
            if (warmup < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--warmup 不能为负数：" + warmup);
            }
            int t = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
            Path folder = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("xxgk-bench");
            PrintWriter out = spec.commandLine().getOut();
            try {
                if (mixed != null) {
                    new MixedRegionBench(out, t).run(count, mixed, folder, Math.min(warmup, count));
                    return ExitCodes.OK;
                }
                ConsolidateBench.Result r = new ConsolidateBench(out, Xxgk.builder().threads(t).build())
                        .run(count, folder, t, seed, Math.min(warmup, count));
                return r.sumsAgree() ? ExitCodes.OK : ExitCodes.INPUT;
            } finally {
                if (keep == null) {
                    delete(folder);
                } else {
                    out.println("工作簿与汇总结果保留在 " + folder);
                }
            }
        }

        private static void delete(Path folder) throws IOException {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
