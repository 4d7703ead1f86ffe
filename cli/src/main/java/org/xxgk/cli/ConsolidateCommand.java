package org.xxgk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.xxgk.core.ConsolidateOptions;
import org.xxgk.core.Xxgk;
import org.xxgk.core.batch.AtomicOutput;
import org.xxgk.core.consolidate.Counts;
import org.xxgk.core.consolidate.Region;
import org.xxgk.core.spi.XxgkException;

/** {@code xxgk consolidate}: many agencies' reports into one regional workbook. */
@Command(name = "consolidate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "把各单位的报告汇总为本地区的汇总工作簿",
        description = {"读取各单位的报告（文件或文件夹，任意格式混合），逐个识别、校验，按规则去重后汇总，写出一个工作簿：",
            "封面、表二、表三、表四（汇总数）、汇总说明、明细（每个机构一行）、校验（全部问题）、来源（每个输入文件一行）、"
                + "名单核对（有 --roster 时：未报送与名单外）和图表。",
            "违反勾稽关系的报告默认照常计入，封面和汇总说明写明哪些机构使哪一列不平衡；加 --exclude-invalid 则不计入，列为“未计入”。",
            "有文件无法读取或有报告违反错误级别的勾稽关系时，照常写出工作簿，退出码为 3；没有任何报告时不写出，退出码为 1。"},
        footer = {"%n示例：%n  xxgk consolidate 各单位报告/ -o 临江市2023年汇总.xlsx --roster 名单.csv --region 临江市",
            "  xxgk consolidate 各单位报告/ -o 汇总.xlsx --exclude-invalid --pdf 汇总.pdf",
            "  xxgk consolidate 各单位报告/ -o 汇总.xlsx --previous 临江市2022年汇总.xlsx --year 2023"})
final class ConsolidateCommand implements Callable<Integer> {

    @ParentCommand
    private XxgkCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DeadlineOption deadline;

    @Parameters(arity = "1..*", paramLabel = "输入", description = "报告文件或文件夹（逐层读取）")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "汇总.xlsx", description = "输出的汇总工作簿")
    private Path output;

    @Option(names = "--pdf", paramLabel = "汇总.pdf", description = "另把封面和汇总的表二、表三、表四输出为 PDF，可直接打印报送")
    private Path pdf;

    @Option(names = "--roster", paramLabel = "名单", description = "应报送单位名单（每行一个名称的 csv/txt，或 xlsx 第一列）")
    private Path roster;

    @Option(names = "--previous", paramLabel = "上年汇总.xlsx", description = "上年用本工具生成的汇总工作簿（须为上一年度的），用于跨年度核对")
    private Path previous;

    @Option(names = "--year", paramLabel = "年度", description = "汇总的报告年度（默认取多数报告的年度）")
    private Integer year;

    @Option(names = "--region", paramLabel = "名称", description = "地区或汇总单位名称，写在封面上")
    private String region;

    @Option(names = "--office", paramLabel = "名称", description = "编制汇总的机构（如 临江市人民政府办公室），写在封面上")
    private String office;

    @Option(names = "--exclude-invalid", description = "违反错误级别勾稽关系的报告不计入汇总（在“来源”表中列为“未计入”，并写明违反的规则）")
    private boolean excludeInvalid;

    @Option(names = "--force", description = "输出文件已存在时覆盖")
    private boolean force;

    @Override
    public Integer call() throws XxgkException {
        OutputFile.check(spec, "-o", output, "xlsx");
        OutputFile.check(spec, "--pdf", pdf, "pdf");
        for (Path p : pdf == null ? List.of(output) : List.of(output, pdf)) {
            if (!force && Files.exists(p)) {
                throw new XxgkException(p.toString(), "文件已存在；如要覆盖，请加 --force");
            }
        }
        Xxgk xxgk = root.xxgk(deadline.value());
        if (pdf != null) {
            xxgk.checkRegionFormat("pdf");
        }
        inputs.stream().filter(p -> !Files.exists(p)).filter(p -> inputs.stream().anyMatch(Files::exists))
                .forEach(p -> spec.commandLine().getErr().println("xxgk: " + p + "：不存在，在“来源”表中列为无法读取"));
        Region result = Progress.of(root.terminal(), xxgk.inputs(inputs).size(),
                step -> xxgk.consolidate(inputs, options().listener(step).build()));
        Optional<String> refusal = result.nothingToSum();
        if (refusal.isPresent()) {
            spec.commandLine().getErr().println("xxgk: " + refusal.get());
            return ExitCodes.INPUT;
        }
        AtomicOutput.write(output, force, out -> xxgk.writeRegion(result, "xlsx", out));
        if (pdf != null) {
            AtomicOutput.write(pdf, force, out -> xxgk.writeRegion(result, "pdf", out));
        }
        summarise(result);
        return result.hasFailures() ? ExitCodes.RULES : ExitCodes.OK;
    }

    private ConsolidateOptions.Builder options() {
        ConsolidateOptions.Builder options = ConsolidateOptions.builder().region(region).office(office)
                .excludeInvalid(excludeInvalid).skip(output);
        if (pdf != null) {
            options.skip(pdf);
        }
        if (year != null) {
            options.year(year);
        }
        if (roster != null) {
            options.roster(roster).skip(roster);
        }
        if (previous != null) {
            options.previous(previous).skip(previous);
        }
        return options;
    }

    /** One line that accounts for every input: each status, the warnings, the roster, where it wrote. */
    private void summarise(Region r) {
        Counts c = r.counts();
        String roster = r.roster().isEmpty() ? "" : "；名单中 " + c.notReported() + " 个未报送、" + c.offRoster() + " 个名单外";
        String written = pdf == null ? output.toString() : output + " 和 " + pdf;
        spec.commandLine().getErr().printf("已汇总 %d 个机构的 %d 年报告。共 %d 个输入：%s；警告 %d 条%s；已写出 %s%n",
                c.agencies(), r.year(), c.inputs(), c.describe(), c.warnings(), roster, written);
    }
}
