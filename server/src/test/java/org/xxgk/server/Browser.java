package org.xxgk.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Debian's chromedriver (never one downloaded: the tests run offline). When
 * either is missing the test fails and says what to install; it is never skipped.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    final Path downloads;

    Browser() throws Exception {
        Path chromium = find("XXGK_CHROMIUM", "chromium", "chromium-browser", "google-chrome")
                .orElseGet(() -> fail("没有找到 Chromium：浏览器测试需要它，请安装：sudo apt-get install -y chromium chromium-driver"
                        + "（或用环境变量 XXGK_CHROMIUM 指定）"));
        Path chromedriver = find("XXGK_CHROMEDRIVER", "chromedriver")
                .orElseGet(() -> fail("没有找到 chromedriver：浏览器测试需要它，请安装：sudo apt-get install -y chromium-driver"
                        + "（或用环境变量 XXGK_CHROMEDRIVER 指定）"));
        downloads = Files.createTempDirectory("xxgk-downloads-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--lang=zh-CN", "--no-first-run", "--disable-extensions");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    private static Optional<Path> find(String variable, String... names) {
        String given = System.getenv(variable);
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given)).filter(Files::isExecutable);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String n : names) {
                Path p = Path.of(dir, n);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    <T> T until(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(90)).pollingEvery(Duration.ofMillis(50))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    WebElement id(String id) {
        return driver.findElement(By.id(id));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The 汇总 list as the page shows it: per row its file, agency, status and reason, read in one go (rows are redrawn live). */
    @SuppressWarnings("unchecked")
    List<List<String>> rows() {
        return (List<List<String>>) js("return [...document.querySelectorAll('#rows tbody tr')].map(tr => "
                + "['td.name', 'td.agency', 'td.status', 'td.detail'].map(c => tr.querySelector(c).textContent));");
    }

    /** Gives files to a file input as a person choosing them in the dialog would. */
    void choose(String inputId, List<Path> files) {
        WebElement input = id(inputId);
        js("arguments[0].hidden = false;", input);
        input.sendKeys(String.join("\n", files.stream().map(p -> p.toAbsolutePath().toString()).toList()));
        js("arguments[0].hidden = true;", input);
    }

    void screenshot(String name) throws Exception {
        Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** A screenshot of one part of the page. */
    void screenshot(WebElement part, String name) throws Exception {
        Number height = (Number) js("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, Math.min(8000, height.intValue() + 40)));
        Path png = part.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
    }

    /** A full-page screenshot: the window is made as tall as the page first. */
    void fullScreenshot(String name) throws Exception {
        Number height = (Number) js("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, Math.min(6000, height.intValue() + 40)));
        screenshot(name);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
    }

    /** The one file that arrived in the downloads folder with this suffix, once it is whole. */
    Path downloaded(String suffix) {
        return until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(p -> p.toString().endsWith(suffix)).toList();
                return done.size() == 1 ? done.get(0) : null;
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        try (Stream<Path> files = Files.walk(downloads)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
