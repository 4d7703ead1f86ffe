package org.xxgk.cli;

import java.io.PrintWriter;
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

import org.xxgk.core.batch.Outcome;
import org.xxgk.core.model.Problem;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.Severity;

/** {@code xxgk validate}: the 勾稽关系 of each report, one problem a line. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "按勾稽关系校验报告",
        description = {"识别每个报告的统计表，按勾稽关系校验，每个问题一行（以制表符分隔）：文件、严重程度、规则、位置、说明。",
            "有错误级别的问题时退出码为 3，有文件无法读取时为 1。"},
        footer = {"%n示例：%n  xxgk validate 报告.txt%n  xxgk validate 各单位/ --errors-only"})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private XxgkCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DeadlineOption deadline;

    @Parameters(arity = "1..*", paramLabel = "文件", description = "报告文件或文件夹")
    private List<Path> files;

    @Option(names = "--errors-only", description = "只列出错误，不列出警告和提示")
    private boolean errorsOnly;

    private int errors;
    private int warnings;

    @Override
    public Integer call() {
        List<Outcome> outcomes = root.xxgk(deadline.value()).extract(files, o -> { });
        PrintWriter out = spec.commandLine().getOut();
        for (Outcome o : outcomes) {
            if (o.failed()) {
                spec.commandLine().getErr().println("xxgk: " + o.failure().oneLine());
            }
            o.reports().forEach(r -> print(r, out));
        }
        long failed = outcomes.stream().filter(Outcome::failed).count();
        spec.commandLine().getErr().printf("共 %d 个文件：%d 个无法读取，%d 个错误，%d 个警告%n",
                outcomes.size(), failed, errors, warnings);
        if (failed > 0) {
            return ExitCodes.INPUT;
        }
        return errors > 0 ? ExitCodes.RULES : ExitCodes.OK;
    }

    private void print(Report r, PrintWriter out) {
        for (Problem p : r.problems()) {
            errors += p.severity() == Severity.ERROR ? 1 : 0;
            warnings += p.severity() == Severity.WARNING ? 1 : 0;
            if (!errorsOnly || p.severity() == Severity.ERROR) {
                out.println(String.join("\t", r.source(), p.severity().chinese(), p.rule(), p.location(), p.message()));
            }
        }
    }
}
