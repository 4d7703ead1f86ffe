package org.xxgk.pdf.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xxgk.core.spi.XxgkException;

/**
 * Finds a Chinese font that the PDF writer can embed: the file named by {@code XXGK_PDF_FONT} (an
 * environment variable, or the system property {@code xxgk.pdf.font}), else the first of the usual system
 * fonts that exists — Windows' 宋体 and 微软雅黑, Debian's WenQuanYi and AR PL, macOS's 苹方 and 华文黑体.
 *
 * <p>PDFBox 2.0 embeds TrueType outlines only: an OpenType font with CFF outlines (Noto Sans CJK, 思源黑体)
 * is passed over, and named in the message when nothing else is found.
 */
public final class FontFinder {

    public static final String VARIABLE = "XXGK_PDF_FONT";
    public static final String PROPERTY = "xxgk.pdf.font";

    static final String MISSING = "找不到可嵌入 PDF 的中文字体，无法输出 PDF：请安装宋体或微软雅黑（Windows），"
            + "或 fonts-wqy-zenhei（Debian/Ubuntu：apt-get install fonts-wqy-zenhei），"
            + "或用环境变量 " + VARIABLE + " 指定一个 TrueType 字体文件（.ttf 或 .ttc）";

    private static final String WINDOWS_FONTS = Optional.ofNullable(System.getenv("WINDIR")).orElse("C:\\Windows") + "\\Fonts\\";

    /** In order of preference: the fonts official documents are printed in first. */
    private static final List<String> SYSTEM = List.of(
            WINDOWS_FONTS + "simsun.ttc", WINDOWS_FONTS + "simsun.ttf", WINDOWS_FONTS + "msyh.ttc",
            WINDOWS_FONTS + "msyh.ttf", WINDOWS_FONTS + "simhei.ttf", WINDOWS_FONTS + "simkai.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc", "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc", "/usr/share/fonts/truetype/arphic/ukai.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/System/Library/Fonts/PingFang.ttc", "/System/Library/Fonts/STHeiti Light.ttc",
            "/System/Library/Fonts/STHeiti Medium.ttc", "/System/Library/Fonts/Supplemental/Songti.ttc",
            "/Library/Fonts/Arial Unicode.ttf",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc");

    private final String override;
    private final List<Path> candidates;

    /**
     * @param override   a font file the user named, tried alone, or {@code null}
     * @param candidates the files to try in order when there is no override
     */
    public FontFinder(String override, List<Path> candidates) {
        this.override = override == null || override.isBlank() ? null : override.strip();
        this.candidates = List.copyOf(candidates);
    }

    /** The finder of this machine: the override from the environment, then the system fonts. */
    public static FontFinder system() {
        String named = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        return new FontFinder(named, systemCandidates());
    }

    /** The system font files tried, whether they exist or not. */
    public static List<Path> systemCandidates() {
        List<Path> out = new ArrayList<>();
        for (String s : SYSTEM) {
            try {
                out.add(Path.of(s));
            } catch (java.nio.file.InvalidPathException e) {
                // A Windows path on a Unix file system is a valid name; a Unix one on Windows may not be.
            }
        }
        return out;
    }

    /**
     * The font to embed.
     *
     * @throws XxgkException naming what to install, or what is wrong with the font the user named
     */
    public FontChoice find() throws XxgkException {
        if (override != null) {
            Path file = Path.of(override);
            if (!Files.isRegularFile(file)) {
                throw new XxgkException(override, VARIABLE + " 指定的字体文件不存在，无法输出 PDF");
            }
            return FontChoice.of(file).orElseThrow(() -> new XxgkException(override, VARIABLE
                    + " 指定的不是可嵌入 PDF 的中文 TrueType 字体（.ttf 或 .ttc，须含汉字；CFF 字形的 OpenType 字体无法嵌入），无法输出 PDF"));
        }
        List<Path> unusable = new ArrayList<>();
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                Optional<FontChoice> c = FontChoice.of(p);
                if (c.isPresent()) {
                    return c.get();
                }
                unusable.add(p);
            }
        }
        String found = unusable.isEmpty() ? "" : "（已找到的 " + unusable.get(0) + " 是 CFF 字形或不含汉字，无法嵌入）";
        throw new XxgkException("PDF", MISSING + found);
    }
}
