package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.xxgk.core.testkit.Golden;

/**
 * The everyday mistakes at the command line that issue 11 lists, each answered by one Chinese line and
 * the right exit code, never English, a page of help, or a file where an error was due.
 */
class EverydayMistakesTest {

    @TempDir
    Path dir;

    private static String seed() {
        return CliTest.seed("001_00b6c75c071fb3e8.txt");
    }

    private static String region() {
        return Golden.testdata().resolve("region/reports").toString();
    }

    /** Stderr is the message and the pointer to the usage: two lines, no help page, no English. */
    private static void usageError(CliTest.Run r, String message, String help) {
        assertEquals(2, r.code(), r.err());
        assertEquals(List.of("xxgk: " + message, "xxgk: 用 " + help + " 查看用法"), r.err().strip().lines().toList());
        assertEquals("", r.out());
    }

    @Test
    void aMistypedOptionSuggestsTheNearestOne() {
        usageError(CliTest.run("consolidate", region(), "-o", dir.resolve("a.xlsx").toString(), "--rooster", "x.csv"),
                "未知选项 --rooster，是否想用 --roster？", "xxgk help consolidate");
    }

    @Test
    void aNumberThatIsNotOneSaysWhichOption() {
        usageError(CliTest.run("consolidate", region(), "-o", dir.resolve("a.xlsx").toString(), "--year", "abc"),
                "选项 --year 的值 abc 应为整数", "xxgk help consolidate");
    }

    @Test
    void noCommandListsTheCommands() {
        CliTest.Run r = CliTest.run();
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("xxgk: 请指定命令：extract、validate、template、fill、consolidate"), r.err());
    }

    @Test
    void aMissingOptionAndAnExtraArgumentAreNamed() {
        usageError(CliTest.run("template"), "缺少选项 --output", "xxgk help template");
        usageError(CliTest.run("template", "-o", dir.resolve("t.xlsx").toString(), "多余"), "多余的参数：多余", "xxgk help template");
    }

    @Test
    void anUnknownCommandSuggestsOne() {
        CliTest.Run r = CliTest.run("extrac", seed());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("xxgk: 未知命令 extrac，是否想用 extract？"), r.err());
    }

    @Test
    void helpReachesASubcommandOfASubcommand() {
        CliTest.Run r = CliTest.run("help", "bench", "consolidate");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("测量汇总速度"), r.out());
        assertTrue(r.out().contains("用法："), r.out());
    }

    @Test
    void consolidatingAPathThatDoesNotExistWritesNothing() {
        Path out = dir.resolve("汇总.xlsx");
        CliTest.Run r = CliTest.run("consolidate", dir.resolve("没有这个文件夹").toString(), "-o", out.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("不存在"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void consolidatingAnEmptyFolderWritesNothing() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("空"));
        Path out = dir.resolve("汇总.xlsx");
        CliTest.Run r = CliTest.run("consolidate", empty.toString(), "-o", out.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("没有可读取的文件"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void consolidatingNoReportWritesNothing() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("通知"));
        Files.copy(Golden.testdata().resolve("region/reports/32-关于报送年度报告的通知.txt"), folder.resolve("通知.txt"));
        Path out = dir.resolve("汇总.xlsx");
        CliTest.Run r = CliTest.run("consolidate", folder.toString(), "-o", out.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("输入中没有年度报告"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingPathAmongOthersIsNamedAndListed() {
        Path out = dir.resolve("汇总.xlsx");
        String missing = dir.resolve("漏掉的.pdf").toString();
        CliTest.Run r = CliTest.run("consolidate", seed(), missing, "-o", out.toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("xxgk: " + missing + "：不存在")), r.err());
        assertTrue(Files.exists(out));
        assertTrue(r.summary().contains("无法读取 1"), r.summary());
    }

    @Test
    void theSummaryLineAccountsForEveryInput() {
        CliTest.Run r = CliTest.run("consolidate", region(), "-o", dir.resolve("汇总.xlsx").toString());
        String line = r.summary();
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("共 (\\d+) 个输入：(.*?)；警告 (\\d+) 条").matcher(line);
        assertTrue(total.find(), line);
        int sum = 0;
        java.util.regex.Matcher part = java.util.regex.Pattern.compile(" (\\d+)(，|$)").matcher(total.group(2));
        while (part.find()) {
            sum += Integer.parseInt(part.group(1));
        }
        assertEquals(Integer.parseInt(total.group(1)), sum, line);
        assertEquals(33, sum, line);
    }

    @Test
    void anOutputThatIsAFolderIsAUsageError() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("输出"));
        CliTest.Run r = CliTest.run("consolidate", region(), "-o", folder.toString(), "--force");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("xxgk: -o " + folder + " 是文件夹"), r.err());
        CliTest.Run e = CliTest.run("extract", seed(), "-o", folder.toString());
        assertEquals(2, e.code(), e.err());
    }

    @Test
    void anExtensionThatContradictsTheFormatIsAUsageError() {
        Path out = dir.resolve("h.csv");
        CliTest.Run r = CliTest.run("extract", seed(), "--format", "xlsx", "-o", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("扩展名是 csv 格式的，而输出格式是 xlsx"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void theExtensionChoosesTheFormatWhenNoneIsGiven() throws IOException {
        Path out = dir.resolve("r.csv");
        CliTest.Run r = CliTest.run("extract", seed(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out).contains("source,agency,year,table,code,row,column,value"));
    }

    @Test
    void aBinaryFormatIsNotWrittenToATerminal() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"extract", seed(), "--format", "xlsx"}, out, err, Map.of(), true);
        assertEquals(2, code);
        assertEquals(0, out.size());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("二进制格式，不能输出到终端"));
    }

    @Test
    void filesAreCreatedWithTheUsersPermissions() throws IOException {
        Path out = dir.resolve("r.json");
        assertEquals(0, CliTest.run("extract", seed(), "-o", out.toString()).code());
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void extractEndsWithASummaryLine() {
        CliTest.Run r = CliTest.run("extract", seed(), CliTest.seed("003_d3db7aba37f28c73.txt"), dir.resolve("无.txt").toString());
        assertEquals(1, r.code());
        assertTrue(r.summary().startsWith("共 3 个文件：2 份报告，1 个无法读取；"), r.summary());
        assertTrue(r.summary().endsWith("已输出到标准输出"), r.summary());
    }

    @Test
    void aPreviousWorkbookOfTheSameYearIsRefused() {
        Path first = dir.resolve("本年.xlsx");
        assertEquals(3, CliTest.run("consolidate", region(), "-o", first.toString()).code());
        Path again = dir.resolve("再汇总.xlsx");
        CliTest.Run r = CliTest.run("consolidate", region(), "-o", again.toString(), "--previous", first.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("是 2023 年度的汇总，本次汇总的是 2023 年度"), r.err());
        assertFalse(Files.exists(again));
    }

    @Test
    void libraryMessagesNeverReachTheUser() throws IOException {
        Path readme = Files.writeString(dir.resolve("README.md"), "# 说明\n\n这不是数据。\n");
        CliTest.Run fill = CliTest.run("fill", readme.toString(), "-o", dir.resolve("f.xlsx").toString());
        assertEquals(1, fill.code());
        assertLatinFree(fill.err(), readme.toString());
        CliTest.Run previous = CliTest.run("consolidate", seed(), "-o", dir.resolve("p.xlsx").toString(), "--previous", readme.toString());
        assertEquals(1, previous.code());
        assertLatinFree(previous.err(), readme.toString());
    }

    /** No Latin word in a message but the file it names and the words HelpTextTest allows. */
    static void assertLatinFree(String text, String... files) {
        String rest = text;
        for (String f : files) {
            rest = rest.replace(f, "");
        }
        List<String> words = HelpTextTest.latinWords(rest);
        assertTrue(words.isEmpty(), words + " in: " + text);
    }
}
