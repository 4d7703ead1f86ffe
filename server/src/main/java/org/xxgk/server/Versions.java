package org.xxgk.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions the build writes into the jar (the ECharts webjar's folder is named by its version). */
final class Versions {

    static final String ECHARTS = load().getProperty("echarts");

    private Versions() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("versions.properties")) {
            p.load(in);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("工作台缺少 versions.properties（jar 不完整）", e));
        }
        return p;
    }
}
