package org.xxgk.cli;

import java.util.Iterator;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import org.xxgk.core.Xxgk;
import org.xxgk.core.spi.ReportWriter;
import org.xxgk.core.spi.UnsupportedFormatException;

/** The output formats of the installed writers, for {@code --format} and its completion. */
final class OutputFormats implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Xxgk.create().writableFormats().iterator();
    }

    /** The writer of a format, or a usage error that lists the formats there are. */
    static ReportWriter require(Xxgk xxgk, String format, CommandSpec spec) {
        try {
            return xxgk.writer(format);
        } catch (UnsupportedFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "不支持的输出格式：" + format + "，可选："
                    + String.join("、", xxgk.writableFormats()));
        }
    }
}
