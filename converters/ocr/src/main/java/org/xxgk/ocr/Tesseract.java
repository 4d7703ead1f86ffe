package org.xxgk.ocr;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.util.LoadLibs;

/**
 * Finds and starts the Tesseract engine once per process: the native library (the system's
 * libtesseract on Linux and macOS, the 64-bit Windows library inside the plugin jar), and the models
 * (tessdata) for Chinese and for digits. When either is missing, says in one Chinese line what to
 * install.
 */
final class Tesseract {

    /** The Chinese model, for labels, titles and signatures. */
    static final String CHINESE = "chi_sim";
    /** The model for the digits of value cells (its digits are cleaner than the Chinese model's). */
    static final String DIGITS = "eng";

    private static volatile Tesseract loaded;

    private final TessAPI api;
    private final String tessdata;

    private Tesseract(TessAPI api, String tessdata) {
        this.api = api;
        this.tessdata = tessdata;
    }

    /** The engine, started on first use; the same failure (a missing library or model) each time after. */
    static synchronized Tesseract get() throws MissingEngineException {
        if (loaded == null) {
            String data = findTessdata().orElseThrow(() -> new MissingEngineException(missingModels()));
            loaded = new Tesseract(library(), data);
        }
        return loaded;
    }

    TessAPI api() {
        return api;
    }

    String tessdata() {
        return tessdata;
    }

    /** The engine's version, as the library says it ({@code 5.3.0}). */
    String version() {
        return api.TessVersion();
    }

    private static TessAPI library() throws MissingEngineException {
        singleThreaded();
        try {
            TessAPI api = LoadLibs.getTessAPIInstance();
            api.TessVersion();
            return api;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new MissingEngineException(missingLibrary());
        }
    }

    /**
     * Tesseract parallelises with OpenMP, whose threads spin while they wait: on small images (a cell)
     * and a busy machine that costs ten times the work. One thread per engine, and our own threads over
     * the cells, is faster. The variable must be set before the library (and OpenMP) is loaded.
     */
    private static void singleThreaded() {
        if (System.getenv("OMP_THREAD_LIMIT") != null) {
            return;
        }
        try {
            if (Platform.isWindows()) {
                Native.load("kernel32", Kernel32.class).SetEnvironmentVariableA("OMP_THREAD_LIMIT", "1");
            } else {
                Native.load("c", LibC.class).setenv("OMP_THREAD_LIMIT", "1", 1);
            }
        } catch (UnsatisfiedLinkError e) {
            // Then OpenMP uses its defaults: slower on a busy machine, the same readings.
        }
    }

    /** The C library's setenv. */
    interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /** Windows' own environment, which the C runtime of the Tesseract library reads at its start. */
    interface Kernel32 extends Library {
        boolean SetEnvironmentVariableA(String name, String value);
    }

    /**
     * The first folder that holds both models: {@code -Dxxgk.tessdata}, {@code TESSDATA_PREFIX} (the folder or
     * its parent, as Tesseract versions differ), a {@code tessdata} folder beside the plugin jar, the
     * system's folders.
     */
    static Optional<String> findTessdata() {
        for (Path p : candidates()) {
            if (Files.isRegularFile(p.resolve(CHINESE + ".traineddata")) && Files.isRegularFile(p.resolve(DIGITS + ".traineddata"))) {
                return Optional.of(p.toString());
            }
        }
        return Optional.empty();
    }

    static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        String property = System.getProperty("xxgk.tessdata");
        if (property != null) {
            out.add(Paths.get(property));
        }
        String prefix = System.getenv("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank()) {
            out.add(Paths.get(prefix));
            out.add(Paths.get(prefix, "tessdata"));
        }
        besideJar().ifPresent(out::add);
        if (Platform.isWindows()) {
            for (String env : List.of("ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA")) {
                String base = System.getenv(env);
                if (base != null) {
                    out.add(Paths.get(base, "Tesseract-OCR", "tessdata"));
                    out.add(Paths.get(base, "Programs", "Tesseract-OCR", "tessdata"));
                }
            }
        } else {
            for (String p : List.of("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                    "/usr/share/tessdata", "/usr/local/share/tessdata", "/opt/homebrew/share/tessdata",
                    "/usr/local/share/tesseract-ocr/tessdata")) {
                out.add(Paths.get(p));
            }
        }
        return out;
    }

    private static Optional<Path> besideJar() {
        try {
            File jar = new File(Tesseract.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.isFile() ? Optional.of(jar.toPath().resolveSibling("tessdata")) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static String missingLibrary() {
        if (Platform.isWindows()) {
            return "无法启动文字识别引擎 Tesseract：请安装微软 Visual C++ 2015—2022 运行库（x64）；本插件只支持 64 位 Windows 和 64 位 Java";
        }
        if (Platform.isMac()) {
            return "没有找到文字识别引擎 Tesseract：请先安装（brew install tesseract tesseract-lang）";
        }
        return "没有找到文字识别引擎 Tesseract：请先安装 Tesseract 5 及其中文模型（Debian/Ubuntu：sudo apt-get install tesseract-ocr tesseract-ocr-chi-sim）";
    }

    private static String missingModels() {
        String which = "中文模型 " + CHINESE + ".traineddata 和英文模型 " + DIGITS + ".traineddata";
        if (Platform.isWindows()) {
            return "没有找到文字识别的" + which + "：请把两者放在插件旁的 tessdata 文件夹中，或安装 Tesseract 时选上中文（简体），"
                    + "或用环境变量 TESSDATA_PREFIX 指明所在文件夹";
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return "没有找到文字识别的" + which + "：请先安装（brew install tesseract tesseract-lang）";
        }
        return "没有找到文字识别的" + which + "：请先安装（Debian/Ubuntu：sudo apt-get install tesseract-ocr tesseract-ocr-chi-sim），"
                + "或用环境变量 TESSDATA_PREFIX 指明所在文件夹";
    }

    /** The engine or its models are not installed: the message says what to install. */
    static final class MissingEngineException extends Exception {
        MissingEngineException(String message) {
            super(message);
        }
    }
}
