package org.xxgk.core;

import java.util.Map;
import java.util.Optional;

import org.xxgk.core.spi.Detection;

/**
 * Formats the toolkit reads only through a plugin, by the names their files have, so that a file of
 * such a format read without its plugin says which plugin to install and where, instead of "unknown".
 */
final class PluginHints {

    /** The plugin folder, as the message names it. */
    static final String WHERE = "放入 xxgk.jar 旁的 plugins 文件夹，或用 --plugins 指定";

    private record Hint(String what, String jar) {
    }

    private static final Hint OFD = new Hint("OFD 版式文件", "xxgk-ofd-plugin.jar");
    private static final Hint OCR = new Hint("图片（扫描件）", "xxgk-ocr-plugin.jar");
    private static final Map<String, Hint> BY_EXTENSION = Map.of("ofd", OFD, "png", OCR, "jpg", OCR, "jpeg", OCR,
            "tif", OCR, "tiff", OCR, "bmp", OCR);

    private PluginHints() {
    }

    /** What to say of an input no reader handles, when its name shows a format a plugin reads. */
    static Optional<String> forName(String name) {
        Hint h = BY_EXTENSION.get(new Detection(name, new byte[0]).extension());
        return h == null ? Optional.empty() : Optional.of(h.what() + "需要插件 " + h.jar() + " 才能读取：请把它" + WHERE);
    }

    /** What to add to the message of a scan when no OCR plugin is installed. */
    static String ocr() {
        return "；装上 OCR 插件 " + OCR.jar() + " 后可直接识别（把它" + WHERE + "）";
    }
}
