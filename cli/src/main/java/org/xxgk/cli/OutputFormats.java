package org.xxgk.cli;

import java.util.Iterator;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import org.xxgk.core.spi.ReportWriter;
import org.xxgk.core.spi.Writers;

/** The output formats of the installed writers, for {@code --format} and its completion. */
final class OutputFormats implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Writers.installed().formats().iterator();
    }

    /** The writer of a format, or a usage error that lists the formats there are. */
    static ReportWriter require(String format, CommandSpec spec) {
        Writers writers = Writers.installed();
        return writers.find(format).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "不支持的输出格式：" + format + "，可选：" + String.join("、", writers.formats())));
    }
}
