package org.xxgk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.xxgk.core.batch.AtomicOutput;
import org.xxgk.core.schema.Generation;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.spi.XxgkException;
import org.xxgk.core.Xxgk;

/** {@code xxgk template}: the blank official template. */
@Command(name = "template", mixinStandardHelpOptions = true, sortOptions = false,
        header = "生成空白的官方统计表 Excel 模板",
        description = {"生成政府信息公开工作年度报告统计表的 Excel 模板：封面（填报单位、报告年度、联系人等），",
            "表二、表三、表四各一个工作表，标签和合并单元格与官方格式一致；数字格只能填非负整数，",
            "合计格为公式，表三某列不满足“第一项加第二项之和，等于第三项加第四项之和”时显示为红色。",
            "填好的模板可用 xxgk extract 读回。"},
        footer = {"%n示例：%n  xxgk template -o 统计表模板.xlsx%n  xxgk template --generation 2019 -o 2020年度模板.xlsx"})
final class TemplateCommand implements Callable<Integer> {

    @ParentCommand
    private XxgkCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--generation", paramLabel = "版本", defaultValue = "2021",
            description = "格式版本：2021（国办公开办函〔2021〕30号，2021年度起）或 2019（国办公开办函〔2019〕60号，2019、2020年度）；默认 ${DEFAULT-VALUE}")
    private String generation;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "模板.xlsx", description = "输出的模板文件")
    private Path output;

    @Option(names = "--force", description = "输出文件已存在时覆盖")
    private boolean force;

    @Override
    public Integer call() throws XxgkException {
        Generation g = Generation.find(generation).filter(x -> x != Generation.LEGACY).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "不支持的格式版本：" + generation + "，可选：2021、2019"));
        Xxgk xxgk = root.xxgk();
        AtomicOutput.write(output, force, out -> xxgk.writeTemplate(g, out));
        spec.commandLine().getOut().println("已生成 " + output + "（按" + Schema.official().describe(g) + "格式）");
        return ExitCodes.OK;
    }
}
