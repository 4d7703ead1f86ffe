package org.xxgk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.xxgk.core.Component;
import org.xxgk.core.Xxgk;

/** {@code xxgk formats}: every reader, writer and detector, with the jar and version it came from. */
@Command(name = "formats", mixinStandardHelpOptions = true, sortOptions = false,
        header = "列出可读取和可输出的格式，以及各自来自哪个 jar（含插件）",
        description = {"每行一个组件：作用、格式、来源 jar 及其版本、类名。插件无法加载时在标准错误中说明。"},
        footer = {"%n示例：%n  xxgk formats%n  xxgk formats --plugins 插件/"})
final class FormatsCommand implements Callable<Integer> {

    @ParentCommand
    private XxgkCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Xxgk xxgk = root.xxgk();
        PrintWriter out = spec.commandLine().getOut();
        out.println("可读取：" + String.join("、", xxgk.readableFormats()));
        out.println("可输出：" + String.join("、", xxgk.writableFormats()));
        out.println();
        for (Component c : xxgk.components()) {
            out.println(String.join("\t", c.kind().chinese(), c.formats().isEmpty() ? "-" : String.join(",", c.formats()),
                    c.origin().describe(), c.type()));
        }
        out.flush();
        return xxgk.pluginProblems().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT;
    }
}
