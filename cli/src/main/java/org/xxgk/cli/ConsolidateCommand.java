package org.xxgk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.xxgk.core.consolidate.Region;
import org.xxgk.core.consolidate.Status;
import org.xxgk.core.ConsolidateOptions;
import org.xxgk.core.Xxgk;
import org.xxgk.core.batch.AtomicOutput;
import org.xxgk.core.batch.Outcome;
import org.xxgk.core.spi.XxgkException;

/** {@code xxgk consolidate}: many agencies' reports into one regional workbook. */
@Command(name = "consolidate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "把各单位的报告汇总为本地区的汇总工作簿",
        description = {"读取各单位的报告（文件或文件夹，任意格式混合），逐个识别、校验，按规则去重后汇总，写出一个工作簿：",
            "封面、表二、表三、表四（汇总数）、汇总说明、明细（每个机构一行）、校验（全部问题）、来源（每个输入文件一行）、"
                + "名单核对（有 --roster 时：未报送与名单外）和图表。",
            "有文件无法读取或有报告违反错误级别的勾稽关系时，照常写出工作簿，退出码为 3。"},
        footer = {"%n示例：%n  xxgk consolidate 各单位报告/ -o 临江市2023年汇总.xlsx --roster 名单.csv --region 临江市",
            "  xxgk consolidate 各单位报告/ -o 汇总.xlsx --previous 临江市2022年汇总.xlsx --year 2023"})
final class ConsolidateCommand implements Callable<Integer> {

    @ParentCommand
    private XxgkCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DeadlineOption deadline;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "报告文件或文件夹（逐层读取）")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "REGION.xlsx", description = "输出的汇总工作簿")
    private Path output;

    @Option(names = "--roster", paramLabel = "FILE", description = "应报送单位名单（每行一个名称的 csv/txt，或 xlsx 第一列）")
    private Path roster;

    @Option(names = "--previous", paramLabel = "LAST_YEAR.xlsx", description = "上年用本工具生成的汇总工作簿，用于跨年度核对")
    private Path previous;

    @Option(names = "--year", paramLabel = "N", description = "汇总的报告年度（默认取多数报告的年度）")
    private Integer year;

    @Option(names = "--region", paramLabel = "NAME", description = "地区或汇总单位名称，写在封面上")
    private String region;

    @Option(names = "--force", description = "输出文件已存在时覆盖")
    private boolean force;

    @Override
    public Integer call() throws XxgkException {
        if (!force && output.toFile().exists()) {
            throw new XxgkException(output.toString(), "文件已存在；如要覆盖，请加 --force");
        }
        Xxgk xxgk = root.xxgk(deadline.value());
        ConsolidateOptions.Builder options = ConsolidateOptions.builder().region(region).skip(output);
        if (year != null) {
            options.year(year);
        }
        if (roster != null) {
            options.roster(roster).skip(roster);
        }
        if (previous != null) {
            options.previous(previous).skip(previous);
        }
        Region result = withProgress(xxgk.inputs(inputs).size(), step -> xxgk.consolidate(inputs, options.listener(step).build()));
        AtomicOutput.write(output, force, out -> xxgk.writeRegion(result, "xlsx", out));
        summarise(result);
        return result.hasFailures() ? ExitCodes.RULES : ExitCodes.OK;
    }

    /** What runs under the progress bar, told of each input read. */
    @FunctionalInterface
    private interface Job<T> {
        T run(Consumer<Outcome> step) throws XxgkException;
    }

    /** A progress bar on a terminal, nothing when the output is piped. */
    private static <T> T withProgress(int files, Job<T> job) throws XxgkException {
        if (System.console() == null) {
            return job.run(o -> { });
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("读取").setInitialMax(files)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" 个文件", 1).continuousUpdate().build()) {
            return job.run(o -> bar.step());
        }
    }

    private void summarise(Region r) {
        long failed = r.entries().stream().filter(e -> e.status() == Status.FAILED).count();
        long duplicates = r.entries().stream().filter(e -> e.status() == Status.DUPLICATE).count();
        long errors = r.entries().stream().filter(e -> e.status() == Status.ERRORS).count();
        long missing = r.roster().stream().filter(m -> m.entry() == null).count();
        spec.commandLine().getErr().printf("已汇总 %d 个机构的 %d 年报告（共 %d 个输入）：%d 个无法读取，%d 个重复，%d 个违反勾稽关系%s；已写出 %s%n",
                r.counted().size(), r.year(), r.entries().size(), failed, duplicates, errors,
                r.roster().isEmpty() ? "" : "，名单中 " + missing + " 个未报送、" + r.offRoster().size() + " 个名单外", output);
    }
}
