package org.xxgk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * {@code xxgk help [COMMAND…]}: the usage of a command at any depth ({@code help bench consolidate}
 * shows the benchmark of consolidation, not bench's), in Chinese. picocli's own help command looks one
 * level down only and speaks English.
 */
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true, header = "显示某个命令的用法",
        description = "不给命令时显示 xxgk 的用法；给出命令（可以是子命令，如 help bench consolidate）时显示该命令的用法。")
final class HelpCommand implements IHelpCommandInitializable2, Runnable {

    @Parameters(paramLabel = "命令", arity = "0..*", description = "要查看用法的命令，如 extract 或 bench consolidate")
    private List<String> path = new ArrayList<>();

    private CommandLine self;
    private Help.ColorScheme colors;

    @Override
    public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter outWriter, PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
    }

    @Override
    public void run() {
        CommandLine target = self.getParent();
        for (String name : path) {
            CommandLine next = target.getSubcommands().get(name);
            if (next == null) {
                throw new ParameterException(self.getParent(), "没有命令 " + String.join(" ", path) + "；可用的命令："
                        + UsageErrors.commands(target));
            }
            target = next;
        }
        target.usage(self.getOut(), colors);
        self.getOut().flush();
    }
}
