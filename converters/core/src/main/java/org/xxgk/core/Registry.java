package org.xxgk.core;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.jar.JarFile;

import org.xxgk.core.spi.BlankFormWriter;
import org.xxgk.core.spi.DataReader;
import org.xxgk.core.spi.Detector;
import org.xxgk.core.spi.DocumentReader;
import org.xxgk.core.spi.RegionReader;
import org.xxgk.core.spi.RegionWriter;
import org.xxgk.core.spi.ReportWriter;

/**
 * Every component of every service the toolkit has: those on the class path first, then those of each
 * plugin jar (one class loader per jar, whose parent is the toolkit's own), each with its origin. For a
 * format, the first component that handles it is used: a plugin adds formats, it does not replace
 * the toolkit's own. A jar that cannot be loaded, or a component that cannot be made, is a
 * {@link PluginProblem}, never an exception.
 */
final class Registry {

    /** One service: its interface, the kind it is listed as, and the formats of a component. */
    private record Service<T>(Class<T> type, Component.Kind kind, Function<T, Collection<String>> formats) {
    }

    private static final List<Service<?>> SERVICES = List.of(
            new Service<>(DocumentReader.class, Component.Kind.DOCUMENT_READER, DocumentReader::formats),
            new Service<>(DataReader.class, Component.Kind.DATA_READER, DataReader::formats),
            new Service<>(ReportWriter.class, Component.Kind.REPORT_WRITER, w -> List.of(w.format())),
            new Service<>(BlankFormWriter.class, Component.Kind.FORM_WRITER, w -> List.of(w.format())),
            new Service<>(RegionWriter.class, Component.Kind.REGION_WRITER, w -> List.of(w.format())),
            new Service<>(RegionReader.class, Component.Kind.REGION_READER, RegionReader::formats),
            new Service<>(Detector.class, Component.Kind.DETECTOR, d -> List.of()));

    /** Failing components of one service in one jar after which the jar's service is given up. */
    private static final int MAX_FAILURES = 20;

    private final Map<Class<?>, List<Object>> instances = new LinkedHashMap<>();
    private final List<Component> components = new ArrayList<>();
    private final List<PluginProblem> problems = new ArrayList<>();

    /**
     * @param folders plugin folders, each searched for {@code *.jar} (in name order); a folder that does
     *                not exist is no plugins, not an error
     */
    Registry(List<Path> folders) {
        ClassLoader own = Registry.class.getClassLoader();
        SERVICES.forEach(s -> instances.put(s.type(), new ArrayList<>()));
        for (Service<?> s : SERVICES) {
            load(s, own, null, null);
        }
        for (Path jar : jars(folders)) {
            loadJar(jar, own);
        }
    }

    @SuppressWarnings("unchecked")
    <T> List<T> all(Class<T> type) {
        return (List<T>) List.copyOf(instances.get(type));
    }

    List<Component> components() {
        return List.copyOf(components);
    }

    List<PluginProblem> problems() {
        return List.copyOf(problems);
    }

    /** The first component of a service that handles a format. */
    <T> Optional<T> find(Class<T> type, String format) {
        Service<T> s = service(type);
        return all(type).stream().filter(c -> s.formats().apply(c).contains(format)).findFirst();
    }

    /** The formats the components of a service handle, sorted, each once. */
    <T> List<String> formats(Class<T> type) {
        Service<T> s = service(type);
        return all(type).stream().flatMap(c -> s.formats().apply(c).stream()).distinct().sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> Service<T> service(Class<T> type) {
        return (Service<T>) SERVICES.stream().filter(s -> s.type() == type).findFirst().orElseThrow();
    }

    private void loadJar(Path jar, ClassLoader parent) {
        try (JarFile check = new JarFile(jar.toFile())) {
            check.getManifest();
        } catch (IOException | SecurityException e) {
            problems.add(new PluginProblem(jar, "不是有效的 jar 文件（可能已损坏或没有下载完），已跳过"));
            return;
        }
        URLClassLoader loader;
        try {
            loader = new URLClassLoader("xxgk-plugin:" + jar.getFileName(), new URL[] {jar.toUri().toURL()}, parent);
        } catch (MalformedURLException e) {
            problems.add(new PluginProblem(jar, "路径无法使用，已跳过"));
            return;
        }
        int before = components.size();
        for (Service<?> s : SERVICES) {
            load(s, loader, jar, Origin.ofJar(jar));
        }
        if (components.size() == before && problems.stream().noneMatch(p -> p.jar().equals(jar))) {
            problems.add(new PluginProblem(jar, "没有提供任何读取器、写出器或格式识别器（META-INF/services 中没有登记），已跳过"));
        }
    }

    /**
     * Loads a service's components from a class loader; for a plugin, only those the jar itself
     * provides (its loader also sees the toolkit's own through its parent). After a component that fails,
     * the next is tried, up to a bound.
     */
    private <T> void load(Service<T> s, ClassLoader loader, Path jar, Origin origin) {
        Iterator<T> it = ServiceLoader.load(s.type(), loader).iterator();
        for (int failures = 0; failures < MAX_FAILURES; ) {
            try {
                if (!it.hasNext()) {
                    return;
                }
                T component = it.next();
                if (jar != null && component.getClass().getClassLoader() != loader) {
                    continue;
                }
                instances.get(s.type()).add(component);
                components.add(new Component(s.kind(), List.copyOf(s.formats().apply(component)), component.getClass().getName(),
                        origin != null ? origin : Origin.of(component.getClass())));
            } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
                if (jar == null) {
                    throw e; // the toolkit's own components must load: a broken build, not a user's problem
                }
                failures++;
                problems.add(new PluginProblem(jar, "其中的" + s.kind().chinese() + "组件无法创建（插件可能缺少所需的类，"
                        + "或是为其他版本的 xxgk 编写的），已跳过"));
            }
        }
    }

    /** The jars of the folders, each folder's in name order. */
    private static List<Path> jars(List<Path> folders) {
        List<Path> out = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> found = new ArrayList<>();
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*.jar")) {
                dir.forEach(found::add);
            } catch (IOException e) {
                continue;
            }
            found.sort(null);
            out.addAll(found);
        }
        return out;
    }
}
