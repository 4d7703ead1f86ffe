package org.xxgk.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.xxgk.core.Xxgk;
import org.xxgk.core.model.Report;
import org.xxgk.core.spi.XxgkException;

/**
 * The 检查一份报告 page and the 填报 form's 从文件开始: one file read at a time, its reports kept (the last
 * hundred) for their downloads. A file that cannot be read is an answer with its reason, never an error page.
 */
final class Checks {

    private static final int KEPT = 100;

    private record Checked(String name, List<Report> reports) {
    }

    private final Xxgk xxgk;
    private final Workspace workspace;
    private final Limits limits;
    private final Map<Long, Checked> checked = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Checked> eldest) {
            return size() > KEPT;
        }
    };
    private long next;

    Checks(Xxgk xxgk, Workspace workspace, Limits limits) {
        this.xxgk = xxgk;
        this.workspace = workspace;
        this.limits = limits;
    }

    /** Reads an upload: {@code {id, name, reports}} or {@code {name, error}}. */
    ObjectNode read(InputStream body, String name, long declaredLength, Function<List<Report>, ArrayNode> toJson)
            throws IOException {
        ObjectNode out = JsonNodeFactory.instance.objectNode().put("name", name);
        if (declaredLength > limits.maxFileSize()) {
            return out.put("error", limits.tooLarge(name)).put("status", 413);
        }
        Optional<Path> stored = workspace.store(body, name, limits.maxFileSize());
        if (stored.isEmpty()) {
            return out.put("error", limits.tooLarge(name)).put("status", 413);
        }
        try (InputStream in = java.nio.file.Files.newInputStream(stored.get())) {
            List<Report> reports = xxgk.read(in, name);
            long id;
            synchronized (this) {
                id = ++next;
                checked.put(id, new Checked(name, reports));
            }
            out.put("id", id);
            out.set("reports", toJson.apply(reports));
        } catch (XxgkException e) {
            out.put("error", e.oneLine());
        } finally {
            workspace.delete(stored.get());
        }
        return out;
    }

    synchronized Optional<String> name(long id) {
        return Optional.ofNullable(checked.get(id)).map(Checked::name);
    }

    synchronized Optional<List<Report>> reports(long id) {
        return Optional.ofNullable(checked.get(id)).map(Checked::reports);
    }
}
