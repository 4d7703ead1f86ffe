package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * Every help text and every usage error a user can trigger is Chinese: the only Latin words are option
 * and command names, file names and the names of formats.
 */
class HelpTextTest {

    /** Names of formats and of the program, which stay as users know them. */
    private static final Set<String> FORMATS = Set.of("xxgk", "JSON", "CSV", "Markdown", "HTML", "Excel", "Word", "PDF",
            "OFD", "OCR", "OpenDocument", "WPS", "json", "csv", "md", "html", "xlsx", "xls", "docx", "doc", "pdf", "txt",
            "ofd", "jar");
    private static final Pattern WORD = Pattern.compile("(?<![\\w./\\\\$-])[A-Za-z][A-Za-z0-9_]*(?:[.-][A-Za-z0-9_]+)*");

    /** The Latin words of a text that are none of the allowed kinds. */
    static List<String> latinWords(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            boolean option = m.start() > 0 && text.charAt(m.start() - 1) == '-';
            boolean file = w.contains(".") || m.end() < text.length() && (text.charAt(m.end()) == '/' || text.charAt(m.end()) == '.');
            boolean variable = w.startsWith("XXGK_");
            if (!option && !file && !variable && !FORMATS.contains(w) && !COMMANDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static final Set<String> COMMANDS = commandNames();

    private static Set<String> commandNames() {
        Set<String> names = new java.util.HashSet<>();
        collect(new CommandLine(new XxgkCommand(new PrintStream(PrintStream.nullOutputStream()), Map.of())), names);
        return names;
    }

    private static void collect(CommandLine cli, Set<String> names) {
        names.add(cli.getCommandName());
        cli.getSubcommands().values().forEach(c -> collect(c, names));
    }

    private static List<List<String>> commandPaths(CommandLine cli, List<String> path) {
        List<List<String>> out = new ArrayList<>();
        out.add(path);
        cli.getSubcommands().forEach((name, sub) -> {
            List<String> next = new ArrayList<>(path);
            next.add(name);
            out.addAll(commandPaths(sub, next));
        });
        return out;
    }

    @Test
    void everyHelpIsChinese() {
        CommandLine root = new CommandLine(new XxgkCommand(new PrintStream(PrintStream.nullOutputStream()), Map.of()));
        List<List<String>> paths = commandPaths(root, List.of());
        assertTrue(paths.size() >= 10, paths.toString());
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliTest.Run r = CliTest.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), args + ": " + r.err());
            assertTrue(r.out().contains("用法："), args + ": " + r.out());
            assertEquals(List.of(), latinWords(r.out()), args + ":\n" + r.out());
            List<String> help = new ArrayList<>(List.of("help"));
            help.addAll(path);
            assertEquals(r.out(), CliTest.run(help.toArray(String[]::new)).out(), help.toString());
        }
        assertEquals(List.of(), latinWords(CliTest.run("--version").out()));
    }

    @Test
    void everyUsageErrorIsOneChineseLineAndWhereToReadMore() {
        String[][] mistakes = {
            {}, {"extrac"}, {"--verbos"}, {"extract"}, {"extract", "a.txt", "--format"}, {"extract", "a.txt", "--format", "docx"},
            {"extract", "a.txt", "--rooster"}, {"validate"}, {"template"}, {"template", "-o", "t.xlsx", "--generation", "2017"},
            {"template", "-o", "t.xlsx", "x"}, {"fill"}, {"fill", "a.json"}, {"consolidate"}, {"consolidate", "a"},
            {"consolidate", "a", "-o", "b.xlsx", "--year", "abc"}, {"consolidate", "a", "-o", "b.xlsx", "--year"},
            {"consolidate", "a", "-o", "b.xlsx", "-o", "c.xlsx"}, {"bench"}, {"bench", "consolidate"}, {"bench", "consolidate", "x"},
            {"bench", "consolidate", "0"}, {"bench", "pdf"}, {"formats", "x"}, {"help", "nothing"},
        };
        for (String[] args : mistakes) {
            CliTest.Run r = CliTest.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            List<String> lines = r.err().strip().lines().toList();
            assertEquals(2, lines.size(), String.join(" ", args) + ": " + r.err());
            assertTrue(lines.get(1).startsWith("xxgk: 用 xxgk help"), r.err());
            String said = r.err();
            for (String a : args) {
                said = said.replaceAll("(?<![A-Za-z])" + Pattern.quote(a) + "(?![A-Za-z])", ""); // what the user typed is quoted back
            }
            assertEquals(List.of(), latinWords(said), String.join(" ", args) + ": " + r.err());
        }
    }
}
