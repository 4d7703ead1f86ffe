package org.xxgk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.xxgk.core.batch.AtomicOutput;
import org.xxgk.core.batch.Outcome;
import org.xxgk.core.model.Report;
import org.xxgk.core.spi.ReportWriter;
import org.xxgk.core.spi.XxgkException;

/** {@code xxgk extract}: reports in, recognised tables out. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        header = "识别报告中的统计表并输出",
        description = {"读取一个或多个报告（文件或文件夹），识别其中的统计表，按 --format 输出。",
            "一个输入输出一个 JSON 对象，多个输入输出 JSON 数组。无法读取的文件逐个在标准错误中说明，其余照常输出。"},
        footer = {"%n示例：%n  xxgk extract 报告.txt%n  xxgk extract 报告.html --format csv -o 报告.csv%n  xxgk extract 各单位/ --format json -o 全部.json"})
final class ExtractCommand implements Callable<Integer> {

    @ParentCommand
    private XxgkCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DeadlineOption deadline;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "报告文件或文件夹（文件夹逐层读取）")
    private List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "输出格式：${COMPLETION-CANDIDATES}（默认 ${DEFAULT-VALUE}）", completionCandidates = OutputFormats.class)
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "输出文件（默认输出到标准输出）")
    private Path output;

    @Override
    public Integer call() throws XxgkException, IOException {
        ReportWriter writer = OutputFormats.require(root.xxgk(deadline.value()), format, spec);
        List<Outcome> outcomes = root.xxgk(deadline.value()).extract(files, o -> { });
        List<Report> reports = outcomes.stream().flatMap(o -> o.reports().stream()).toList();
        outcomes.stream().filter(Outcome::failed).forEach(o -> spec.commandLine().getErr().println("xxgk: " + o.failure().oneLine()));
        if (writer.singleReport() && reports.size() > 1) {
            throw new XxgkException(String.valueOf(output), format + " 格式一次只能写一份报告，请逐个文件输出");
        }
        if (!reports.isEmpty()) {
            write(writer, reports);
        }
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
}
