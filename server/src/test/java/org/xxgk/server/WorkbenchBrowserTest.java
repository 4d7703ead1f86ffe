package org.xxgk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.xxgk.core.ConsolidateOptions;
import org.xxgk.core.Xxgk;
import org.xxgk.core.consolidate.Region;
import org.xxgk.core.consolidate.Status;
import org.xxgk.core.model.Report;
import org.xxgk.core.testkit.Golden;

/**
 * The workbench in a real browser, driven as a person would: the example region uploaded with its roster,
 * the list compared with what {@code consolidate} makes of the same files, the broken agency opened, the
 * workbook downloaded and read back, the 填报 form broken and fixed, bad files shown as rows.
 */
class WorkbenchBrowserTest {

    private static final Path REGION = Golden.testdata().resolve("region");
    private static final long LIMIT = 2L << 20;
    private static Xxgk xxgk;
    private static Workbench workbench;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        xxgk = Xxgk.create();
        workbench = Workbench.start(xxgk, Workbench.Settings.defaults().withPort(0).withLimits(LIMIT, 100));
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (workbench != null) {
            workbench.close();
        }
    }

    private static void open() {
        browser.driver.get(workbench.url().toString());
        browser.until(d -> "true".equals(browser.js("return document.body.dataset.ready;")) ? true : null);
        browser.js("return fetch('/api/region/clear', {method: 'POST', headers: {'X-Xxgk-Token': TOKEN}}).then(r => r.status);");
        browser.until(d -> browser.all("#rows tbody tr").isEmpty() ? true : null);
    }

    private static List<Path> reports() throws Exception {
        try (Stream<Path> files = Files.list(REGION.resolve("reports"))) {
            return files.sorted().toList();
        }
    }

    /** The page's list, once every file is read: file name → the statuses of its rows. */
    private static Map<String, String> statuses(int rows) {
        browser.until(d -> "true".equals(browser.id("progress-text").getAttribute("data-done"))
                && browser.all("#rows tbody tr").size() == rows && browser.all("#counts [data-count]").size() > 0 ? true : null);
        Map<String, String> out = new TreeMap<>();
        for (List<String> row : browser.rows()) {
            out.merge(row.get(0), row.get(2), (a, b) -> a + "、" + b);
        }
        return out;
    }

    private static String count(String key) {
        return browser.driver.findElement(By.cssSelector("#counts [data-count='" + key + "'] b")).getText();
    }

    @Test
    void theExampleRegionAsConsolidateMakesIt() throws Exception {
        Region expected = xxgk.consolidate(List.of(REGION.resolve("reports")),
                ConsolidateOptions.builder().roster(REGION.resolve("roster.csv")).build());
        Map<String, String> want = expected.entries().stream().collect(Collectors.toMap(
                e -> Path.of(e.input().source()).getFileName().toString(), e -> e.status().chinese(), (a, b) -> a + "、" + b, TreeMap::new));

        open();
        browser.choose("roster-file", List.of(REGION.resolve("roster.csv")));
        browser.until(d -> browser.id("roster-info").getText().contains("roster.csv") ? true : null);
        browser.choose("region-files", reports());
        // Each file is a row at once, before the server has read it.
        int files = reports().size();
        browser.until(d -> browser.all("#rows tbody tr").size() == files ? true : null);

        assertEquals(want, statuses(expected.entries().size()));
        assertEquals(String.valueOf(expected.counts().agencies()), count("agencies"));
        for (Status s : Status.values()) {
            if (expected.counts().of(s) > 0) {
                assertEquals(String.valueOf(expected.counts().of(s)), count(s.name()), s.chinese());
            }
        }
        assertEquals(String.valueOf(expected.counts().notReported()), count("notReported"));
        assertEquals(String.valueOf(expected.counts().offRoster()), count("offRoster"));
        // testdata/region/README.md: the roster lists 临江市体育局, which never reported; 数据资源管理局 is not on it.
        assertTrue(browser.id("not-reported").getText().contains("临江市体育局"), browser.id("not-reported").getText());
        assertTrue(browser.id("off-roster").getText().contains("临江市数据资源管理局"), browser.id("off-roster").getText());
        browser.until(d -> browser.all("#chart-top canvas").size() > 0 ? true : null);
        browser.js("window.scrollTo(0, 0);");
        browser.screenshot("汇总");
        browser.screenshot(browser.id("charts"), "汇总-图表");
        browser.screenshot(browser.id("region-tables"), "汇总-表格");

        // 临江市审计局 typed one number wrong: 表三's balance breaks (testdata/region/README.md).
        WebElement audit = browser.all("#rows tbody tr").stream()
                .filter(tr -> tr.findElement(By.cssSelector("td.agency")).getText().equals("临江市审计局")).findFirst().orElseThrow();
        assertEquals("违反勾稽关系", audit.findElement(By.cssSelector("td.status")).getText());
        audit.click();
        browser.until(d -> browser.all("#agency table[data-table='t3'] td.value.bad").size() > 0 ? true : null);
        List<WebElement> red = browser.all("#agency table[data-table='t3'] td.value.bad");
        assertTrue(red.stream().anyMatch(td -> td.getAttribute("data-code").equals("t3.carried_out.natural")), "the natural column is red");
        assertTrue(red.get(0).getAttribute("title").contains("第一项加第二项之和"), red.get(0).getAttribute("title"));
        WebElement problem = browser.driver.findElement(By.cssSelector("#agency li[data-rule='t3.balance']"));
        assertTrue(problem.getText().contains("表三自然人列"), problem.getText());
        assertTrue(problem.getText().contains("位置：第3页"), problem.getText()); // the PDF's third page holds 表三
        browser.screenshot(browser.id("agency"), "汇总-单位");

        browser.id("workbook-download").click();
        Path workbook = browser.downloaded(".xlsx");
        Report back = xxgk.read(workbook).get(0);
        assertEquals(numbers(expected.summary()), numbers(back));
        assertEquals(expected.counted().stream().map(e -> e.report().agency()).sorted().toList(),
                xxgk.readPreviousRegion(workbook).stream().map(Report::agency).sorted().toList());
        Files.delete(workbook);
    }

    private static Map<String, BigDecimal> numbers(Report r) {
        Map<String, BigDecimal> out = new TreeMap<>();
        r.values().forEach((code, v) -> out.put(code, v.number().stripTrailingZeros()));
        return out;
    }

    @Test
    void badFilesAreRowsWithTheirReasons(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("空文件.docx"));
        Path renamed = Files.writeString(dir.resolve("其实是文本.xlsx"), "单位,数量\n某局,3\n");
        Path big = dir.resolve("太大的扫描件.pdf");
        Files.write(big, new byte[(int) LIMIT + 1]);
        Path good = REGION.resolve("reports/01-临江市人民政府办公室.md");
        Path truncated = REGION.resolve("reports/33-损坏的文件.pdf");
        open();
        browser.choose("region-files", List.of(empty, renamed, big, good, truncated));
        browser.until(d -> browser.all("#rows tbody tr").size() == 5 && "true".equals(browser.id("progress-text").getAttribute("data-done"))
                && browser.all("#rows tbody tr.st-REFUSED").size() == 1 ? true : null);
        Map<String, String> reasons = new TreeMap<>();
        for (List<String> row : browser.rows()) {
            reasons.put(row.get(0), row.get(2) + "｜" + row.get(3));
        }
        assertTrue(reasons.get("空文件.docx").startsWith("无法读取｜"), reasons.toString());
        assertTrue(reasons.get("空文件.docx").contains("空的"), reasons.toString());
        assertTrue(reasons.get("其实是文本.xlsx").contains("不是 Excel 工作簿"), reasons.toString());
        assertTrue(reasons.get("太大的扫描件.pdf").startsWith("未上传｜"), reasons.toString());
        assertTrue(reasons.get("太大的扫描件.pdf").contains("超过 2 MB 的上限"), reasons.toString());
        assertTrue(reasons.get("33-损坏的文件.pdf").startsWith("无法读取｜"), reasons.toString());
        assertEquals("正常｜", reasons.get("01-临江市人民政府办公室.md"));
        browser.js("window.scrollTo(0, 0);");
        browser.screenshot("汇总-有问题的文件");

        // The truncated PDF replaced by a whole one: the same row, read again, and the counts follow.
        WebElement broken = browser.all("#rows tbody tr").stream()
                .filter(tr -> tr.findElement(By.cssSelector("td.name")).getText().equals("33-损坏的文件.pdf")).findFirst().orElseThrow();
        assertEquals("3", count("FAILED"));
        broken.findElement(By.cssSelector("button.replace")).click();
        browser.choose("replace-file", List.of(REGION.resolve("reports/05-临江市公安局.pdf")));
        browser.until(d -> browser.rows().stream().anyMatch(r -> r.get(0).equals("05-临江市公安局.pdf") && r.get(2).equals("正常"))
                ? true : null);
        assertTrue(browser.rows().stream().noneMatch(r -> r.get(0).equals("33-损坏的文件.pdf")), browser.rows().toString());
        browser.until(d -> "2".equals(count("FAILED")) ? true : null);
        assertEquals("2", count("agencies"));
    }

    @Test
    void checkOneReport() throws Exception {
        open();
        browser.id("nav-check").click();
        browser.choose("check-file", List.of(REGION.resolve("reports/21-临江市审计局.pdf")));
        browser.until(d -> browser.all("#check-result table[data-table='t3'] td.value.bad").size() > 0 ? true : null);
        assertTrue(browser.id("check-result").getText().contains("临江市审计局"));
        assertEquals(List.of("xlsx", "json", "csv", "html"), browser.all("#check-result button[data-format]").stream()
                .map(b -> b.getAttribute("data-format")).toList());
        browser.driver.findElement(By.cssSelector("#check-result button[data-format='json']")).click();
        Path json = browser.downloaded(".json");
        Report back = xxgk.read(json).get(0);
        assertEquals("临江市审计局", back.agency());
        assertTrue(back.hasErrors(), "the broken balance travels with the report");
        Files.delete(json);
        browser.js("window.scrollTo(0, 0);");
        browser.screenshot("检查一份报告");

        browser.choose("check-file", List.of(REGION.resolve("reports/32-关于报送年度报告的通知.txt")));
        browser.until(d -> browser.all("#check-error").size() > 0 ? true : null);
        assertTrue(browser.id("check-error").getText().startsWith("32-关于报送年度报告的通知.txt："), browser.id("check-error").getText());
    }

    @Test
    void theFormChecksAsThePersonTypes() throws Exception {
        open();
        browser.id("nav-form").click();
        browser.id("form-blank").click();
        assertTrue(browser.all("#form-tables td.value.bad").isEmpty(), "a blank form balances");
        WebElement agency = browser.id("form-agency");
        agency.sendKeys("临江市测试局");
        // 一、本年新收 10 from 自然人 and nothing answered: 表三's balance (新收 + 上年结转 = 总计 + 结转下年度) breaks.
        type("t3.new.natural", "10");
        browser.until(d -> cell("t3.new.natural").getAttribute("class").contains("bad") ? true : null);
        assertTrue(cell("t3.new.natural").getAttribute("title").contains("表三自然人列：第一项加第二项之和，等于第三项加第四项之和"),
                cell("t3.new.natural").getAttribute("title"));
        assertTrue(browser.id("form-problems").getText().contains("表三自然人列：第一项加第二项之和"), browser.id("form-problems").getText());
        assertEquals("10", input("t3.new.total").getAttribute("value"), "the row's 总计 is computed");
        browser.js("arguments[0].scrollIntoView({block: 'center'});", cell("t3.new.natural"));
        browser.screenshot("填报");

        // 10 granted: （七）总计 becomes 10 by itself and the column balances.
        type("t3.granted.natural", "10");
        browser.until(d -> browser.all("#form-tables td.value.bad").isEmpty() ? true : null);
        assertEquals("10", input("t3.total.natural").getAttribute("value"));
        assertTrue(browser.id("form-problems").getText().contains("全部通过"));

        browser.id("form-xlsx").click();
        Path filled = browser.downloaded(".xlsx");
        Report back = xxgk.read(filled).get(0);
        assertEquals("临江市测试局", back.agency());
        assertEquals(0, new BigDecimal(10).compareTo(back.find("t3.total.natural").orElseThrow()));
        assertFalse(back.hasErrors(), back.problems().toString());
        Files.delete(filled);
    }

    private static WebElement cell(String code) {
        return browser.driver.findElement(By.cssSelector("#form-tables td[data-code='" + code + "']"));
    }

    private static WebElement input(String code) {
        return browser.driver.findElement(By.cssSelector("#form-tables input[data-code='" + code + "']"));
    }

    private static void type(String code, String text) {
        WebElement in = input(code);
        in.clear();
        in.sendKeys(text);
    }
}
