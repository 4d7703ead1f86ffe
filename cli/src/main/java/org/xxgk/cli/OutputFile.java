package org.xxgk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Checks an output path before anything is read, so that a run never ends in a wrong file: a folder is
 * not a file, and a name's extension must be the format written (a workbook named .csv is a trap for the
 * next person who opens it).
 */
final class OutputFile {

    /** The extensions of each format. */
    private static final Map<String, java.util.List<String>> EXTENSIONS = Map.of(
            "json", java.util.List.of("json"), "csv", java.util.List.of("csv"), "md", java.util.List.of("md", "markdown"),
            "html", java.util.List.of("html", "htm"), "xlsx", java.util.List.of("xlsx"), "pdf", java.util.List.of("pdf"));
    /** Formats that are bytes, not text: never written to a terminal. */
    static final java.util.Set<String> BINARY = java.util.Set.of("xlsx", "pdf");

    private OutputFile() {
    }

    /**
     * @param option the option that named the path ({@code -o}), for the message
     * @throws ParameterException (exit 2) when the path is a folder or its extension is another format's
     */
    static void check(CommandSpec spec, String option, Path path, String format) {
        if (path == null) {
            return;
        }
        if (Files.isDirectory(path)) {
            throw new ParameterException(spec.commandLine(), option + " " + path + " 是文件夹；请给出文件名，如 "
                    + path.resolve("输出." + format));
        }
        Optional<String> other = formatOf(path).filter(f -> !f.equals(format));
        if (other.isPresent()) {
            throw new ParameterException(spec.commandLine(), option + " " + path + " 的扩展名是 " + other.get()
                    + " 格式的，而输出格式是 " + format + "；请把文件名改为 ." + EXTENSIONS.get(format).get(0) + " 结尾，或改用 --format "
                    + other.get());
        }
    }

    /** The format a file name's extension says, if it is one of ours. */
    static Optional<String> formatOf(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return EXTENSIONS.entrySet().stream().filter(e -> e.getValue().contains(ext)).map(Map.Entry::getKey).findFirst();
    }
}
