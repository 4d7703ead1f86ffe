package org.xxgk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.xxgk.core.Xxgk;
import org.xxgk.core.batch.AtomicOutput;
import org.xxgk.core.batch.Outcome;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.Severity;
import org.xxgk.core.spi.ReportWriter;
import org.xxgk.core.spi.XxgkException;

/** {@code xxgk extract}: reports in, recognised tables out. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        header = "识别报告中的统计表并输出",
        description = {"读取一个或多个报告（文件或文件夹），识别其中的统计表，按 --format 输出（不给 --format 时按 -o 的扩展名，默认 json）。",
            "一个输入输出一个 JSON 对象，多个输入输出 JSON 数组。无法读取的文件逐个在标准错误中说明，其余照常输出；最后一行汇总。",
            "pdf 按官方格式排出表二、表三、表四（或统计表），每份报告从新的一页开始，嵌入系统中的中文字体（宋体、微软雅黑、文泉驿正黑等，"
                + "也可用环境变量 XXGK_PDF_FONT 指定字体文件）。",
            "xlsx 和 pdf 是二进制格式，须用 -o 写入文件。"},
        footer = {"%n示例：%n  xxgk extract 报告.txt%n  xxgk extract 报告.html --format csv -o 报告.csv%n  xxgk extract 各单位/ -o 全部.json",
            "  xxgk extract 报告.pdf -o 统计表.pdf"})
final class ExtractCommand implements Callable<Integer> {

    @ParentCommand
    private XxgkCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DeadlineOption deadline;

    @Parameters(arity = "1..*", paramLabel = "文件", description = "报告文件或文件夹（文件夹逐层读取）")
    private List<Path> files;

    @Option(names = "--format", paramLabel = "格式",
            description = "输出格式：${COMPLETION-CANDIDATES}（默认按 -o 的扩展名，否则 json）", completionCandidates = OutputFormats.class)
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "输出", description = "输出文件（默认输出到标准输出）")
    private Path output;

    @Override
    public Integer call() throws XxgkException, IOException {
        Xxgk xxgk = root.xxgk(deadline.value());
        String chosen = format != null ? format : output == null ? "json" : OutputFile.formatOf(output).orElse("json");
        ReportWriter writer = OutputFormats.require(xxgk, chosen, spec);
        OutputFile.check(spec, "-o", output, chosen);
        if (output == null && root.terminal() && OutputFile.BINARY.contains(chosen)) {
            throw new ParameterException(spec.commandLine(), chosen + " 是二进制格式，不能输出到终端；请用 -o 给出文件名，如 -o 报告." + chosen);
        }
        writer.checkReady();
        List<Outcome> outcomes = Progress.of(root.terminal(), xxgk.inputs(files).size(), step -> xxgk.extract(files, step));
        List<Report> reports = outcomes.stream().flatMap(o -> o.reports().stream()).toList();
        outcomes.stream().filter(Outcome::failed).forEach(o -> spec.commandLine().getErr().println("xxgk: " + o.failure().oneLine()));
        if (writer.singleReport() && reports.size() > 1) {
            throw new XxgkException(String.valueOf(output), chosen + " 格式一次只能写一份报告（读到 " + reports.size() + " 份），请逐个文件输出");
        }
        if (!reports.isEmpty()) {
            write(writer, reports);
        }
        summarise(outcomes, reports);
        return outcomes.stream().anyMatch(Outcome::failed) ? ExitCodes.INPUT : ExitCodes.OK;
    }

    private void write(ReportWriter writer, List<Report> reports) throws XxgkException, IOException {
        if (output == null) {
            writer.write(reports, root.out());
            root.out().flush();
        } else {
            AtomicOutput.write(output, true, out -> writer.write(reports, out));
        }
    }

    /** One line on stderr: files, reports, failures, warnings, where the output went. */
    private void summarise(List<Outcome> outcomes, List<Report> reports) {
        long failed = outcomes.stream().filter(Outcome::failed).count();
        long warnings = reports.stream().flatMap(r -> r.problems().stream()).filter(p -> p.severity() == Severity.WARNING).count();
        long errors = reports.stream().flatMap(r -> r.problems().stream()).filter(p -> p.severity() == Severity.ERROR).count();
        String where = reports.isEmpty() ? "没有写出" : output == null ? "已输出到标准输出" : "已写出 " + output;
        spec.commandLine().getErr().printf("共 %d 个文件：%d 份报告，%d 个无法读取；勾稽关系错误 %d 条，警告 %d 条；%s%n",
                outcomes.size(), reports.size(), failed, errors, warnings, where);
    }
}
