package org.xxgk.core;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Where a reader, writer or detector came from: the jar that holds it and that jar's version, so that
 * {@code xxgk formats} can say which plugin provides what.
 *
 * @param jar     the jar's file name ({@code xxgk.jar}, {@code xxgk-ofd-plugin.jar}), or the folder of
 *                classes it was loaded from when run from a build
 * @param version the jar's {@code Implementation-Version}, or "" when it states none
 */
public record Origin(String jar, String version) {

    /** Where a class was loaded from. */
    static Origin of(Class<?> type) {
        CodeSource code = type.getProtectionDomain().getCodeSource();
        if (code == null || code.getLocation() == null) {
            return new Origin("（运行时）", "");
        }
        try {
            Path where = Path.of(code.getLocation().toURI());
            return Files.isDirectory(where) ? new Origin(classes(where), "") : ofJar(where);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Origin(code.getLocation().toString(), "");
        }
    }

    /** A jar's name and the version its manifest states. */
    static Origin ofJar(Path jar) {
        String version = "";
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest m = file.getManifest();
            if (m != null) {
                String v = m.getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION);
                version = v == null ? "" : v;
            }
        } catch (IOException e) {
            // The version is informative: a jar whose manifest cannot be read is still named.
        }
        return new Origin(jar.getFileName().toString(), version);
    }

    /** A build's classes folder by its module: {@code converters/excel/target/classes} is {@code excel}. */
    private static String classes(Path folder) {
        Path target = folder.getParent();
        Path module = target == null ? null : target.getParent();
        return module == null || module.getFileName() == null ? folder.toString() : module.getFileName() + "（构建目录）";
    }

    /** The jar and its version, for a person: {@code xxgk-ofd-plugin.jar 0.1.0}. */
    public String describe() {
        return version.isEmpty() ? jar : jar + " " + version;
    }
}
