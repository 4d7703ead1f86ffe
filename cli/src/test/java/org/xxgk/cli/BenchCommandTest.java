package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code xxgk bench consolidate} runs end to end on a handful of workbooks and prints its figures.
 * A smoke test: the figures themselves are measured by running the command, never asserted here.
 */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheFiguresOfBothPathsAndChecksTheSums() throws Exception {
        CliTest.Run r = CliTest.run("bench", "consolidate", "5", "--keep", dir.toString(), "--threads", "2");
        assertEquals(ExitCodes.OK, r.code(), r.err() + r.out());
        List<String> lines = r.out().lines().toList();
        for (String figure : List.of("基线（POI WorkbookFactory", "汇总（xxgk consolidate", "倍数：", "每个文件的 CPU 时间")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(figure)), figure + " missing in:\n" + r.out());
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("基线.*：5 个文件，用时 [0-9.]+ 秒，[0-9.]+ 个文件/秒，堆峰值 \\d+ MB.*")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("核对：汇总了 5 个机构，\\d+ 个指标的合计与生成的数据一致")), r.out());
        assertTrue(Files.exists(dir.resolve("region.xlsx")));
        assertEquals(5, Files.list(dir.resolve("agencies")).filter(p -> p.toString().endsWith(".xlsx")).count());
    }

    @Test
    void aBenchmarkNeedsAtLeastOneWorkbook() {
        CliTest.Run r = CliTest.run("bench", "consolidate", "0");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
    }
}
