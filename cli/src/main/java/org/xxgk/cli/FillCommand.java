package org.xxgk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.xxgk.core.batch.AtomicOutput;
import org.xxgk.core.Xxgk;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.Severity;
import org.xxgk.core.spi.XxgkException;

/** {@code xxgk fill}: data in, the official template filled. */
@Command(name = "fill", mixinStandardHelpOptions = true, sortOptions = false,
        header = "用 JSON 或 CSV 数据（或任何可读取的报告）填写官方统计表 Excel 模板",
        description = {"读取 xxgk extract 输出的 JSON 或 CSV（或手工整理的、只含指标代码和数值两列的 CSV，也可以是 PDF、Word 等报告本身），",
            "按指标代码填入官方模板，模板版本随数据中各表的格式版本；封面的填报单位、报告年度取自数据。",
            "报告自身的合计与各项之和不符时，该合计格按报告原数填写并标红、加批注，不会悄悄改掉。"},
        footer = {"%n示例：%n  xxgk extract 报告.pdf -o 报告.json && xxgk fill 报告.json -o 报告.xlsx",
            "  xxgk fill 数据.csv -o 统计表.xlsx --force"})
final class FillCommand implements Callable<Integer> {

    @ParentCommand
    private XxgkCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "数据", description = "数据文件：.json 或 .csv（xxgk extract 的输出格式），或一份报告")
    private Path data;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "输出.xlsx", description = "输出的 Excel 文件")
    private Path output;

    @Option(names = "--force", description = "输出文件已存在时覆盖")
    private boolean force;

    @Override
    public Integer call() throws XxgkException, IOException {
        Xxgk xxgk = root.xxgk();
        Report report = single(xxgk.read(data));
        AtomicOutput.write(output, force, out -> xxgk.fill(report, out));
        PrintWriter err = spec.commandLine().getErr();
        report.problems().stream().filter(p -> p.severity() == Severity.ERROR)
                .forEach(p -> err.println("xxgk: 注意：" + p.message()));
        spec.commandLine().getOut().println("已填写 " + output + "：" + describe(report));
        return ExitCodes.OK;
    }

    private Report single(List<Report> reports) throws XxgkException {
        if (reports.size() != 1) {
            throw new XxgkException(data.toString(), "数据中有 " + reports.size() + " 份报告，fill 一次只能填一份；"
                    + "请分开保存，或用 xxgk extract 逐个文件输出");
        }
        return reports.get(0);
    }

    private static String describe(Report r) {
        String who = (r.agency() == null ? "（未写填报单位）" : r.agency()) + (r.year() == null ? "" : " " + r.year() + "年度");
        String tables = r.generations().entrySet().stream().map(e -> e.getKey() + "（" + e.getValue().id() + "）")
                .collect(Collectors.joining("、"));
        long errors = r.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
        return who + "，" + r.values().size() + " 个数，" + tables + (errors > 0 ? "；有 " + errors + " 处勾稽关系错误，已在表中标红" : "");
    }
}
