package org.xxgk.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.sse.SseClient;

import org.xxgk.core.ConsolidateOptions;
import org.xxgk.core.Xxgk;
import org.xxgk.core.batch.Input;
import org.xxgk.core.batch.Outcome;
import org.xxgk.core.consolidate.Consolidator;
import org.xxgk.core.consolidate.Entry;
import org.xxgk.core.consolidate.Region;
import org.xxgk.core.model.Report;
import org.xxgk.core.model.Severity;
import org.xxgk.core.spi.XxgkException;

/**
 * The 汇总 page's state: the uploaded files, each read on its own as soon as it arrives, and the region
 * consolidated again from all outcomes read so far whenever one changes. Every change is pushed to the
 * open pages as one state event (server-sent events), at most a few times a second.
 */
final class RegionSession implements AutoCloseable {

    /** One uploaded file and what became of it. */
    static final class FileEntry {
        final long id;
        volatile String name;
        volatile long size;
        volatile Path path;
        volatile String state = "queued";
        volatile Outcome outcome;
        volatile long version;

        FileEntry(long id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    private final Xxgk xxgk;
    private final ObjectMapper json;
    private final Workspace workspace;
    private final Limits limits;
    private final Map<Long, FileEntry> files = new LinkedHashMap<>();
    private final List<SseClient> clients = new CopyOnWriteArrayList<>();
    private final ExecutorService readers;
    private final ScheduledExecutorService updates = Executors.newSingleThreadScheduledExecutor(daemon("xxgk-region"));
    private long nextId;
    private boolean updatePending;
    private volatile ObjectNode state;
    private volatile Region region;
    private List<String> roster = List.of();
    private String rosterName;
    private List<Report> previous = List.of();
    private String previousName;
    private String regionName;

    RegionSession(Xxgk xxgk, ObjectMapper json, Workspace workspace, Limits limits) {
        this.xxgk = xxgk;
        this.json = json;
        this.workspace = workspace;
        this.limits = limits;
        this.readers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), daemon("xxgk-read"));
        this.state = build();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    // ------------------------------------------------------------ files

    /**
     * Stores an upload and starts reading it.
     *
     * @throws Refusal when the list is full or the file is over the limit, with the sentence to show
     */
    FileEntry add(InputStream body, String clientName, long declaredLength) throws IOException, Refusal {
        FileEntry entry;
        synchronized (this) {
            if (files.size() >= limits.maxFiles()) {
                throw new Refusal(413, limits.tooMany(clientName));
            }
            entry = new FileEntry(++nextId, unique(Names.display(clientName)));
            files.put(entry.id, entry);
        }
        try {
            receive(entry, body, clientName, declaredLength);
        } catch (Refusal | IOException | RuntimeException e) {
            synchronized (this) {
                files.remove(entry.id);
            }
            changed();
            throw e;
        }
        return entry;
    }

    /** Replaces a file with a corrected one: the same row, under the new file's name, read again. */
    FileEntry replace(long id, InputStream body, String clientName, long declaredLength) throws IOException, Refusal {
        FileEntry entry = find(id).orElseThrow(() -> new Refusal(404, "没有这个文件（列表已清空？），请重新上传"));
        Path old = entry.path;
        String before;
        synchronized (this) {
            before = entry.name;
            entry.name = null;
            entry.name = unique(Names.display(clientName));
        }
        try {
            receive(entry, body, clientName, declaredLength);
        } catch (Refusal | IOException | RuntimeException e) {
            entry.name = before;
            throw e;
        }
        if (old != null) {
            workspace.delete(old);
        }
        return entry;
    }

    private void receive(FileEntry entry, InputStream body, String clientName, long declaredLength)
            throws IOException, Refusal {
        if (declaredLength > limits.maxFileSize()) {
            throw new Refusal(413, limits.tooLarge(clientName));
        }
        Path stored = workspace.store(body, clientName, limits.maxFileSize())
                .orElseThrow(() -> new Refusal(413, limits.tooLarge(clientName)));
        long version;
        synchronized (this) {
            entry.path = stored;
            entry.size = stored.toFile().length();
            entry.state = "queued";
            entry.outcome = null;
            version = ++entry.version;
        }
        changed();
        readers.submit(() -> read(entry, stored, version));
    }

    private void read(FileEntry entry, Path file, long version) {
        synchronized (this) {
            if (entry.version != version) {
                return;
            }
            entry.state = "reading";
        }
        changed();
        Outcome o = xxgk.extractAll(List.of(new Input(file, entry.name)), UnaryOperator.identity(), x -> { }).get(0);
        synchronized (this) {
            if (entry.version != version || !files.containsKey(entry.id)) {
                return;
            }
            entry.outcome = o;
            entry.state = "done";
        }
        changed();
    }

    /** A name no other row has: a second {@code 报告.pdf} (from another folder) becomes {@code 报告（2）.pdf}. */
    private String unique(String name) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        files.values().stream().filter(f -> f.name != null).forEach(f -> taken.add(f.name));
        if (!taken.contains(name)) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; ; i++) {
            String candidate = base + "（" + i + "）" + ext;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    synchronized Optional<FileEntry> find(long id) {
        return Optional.ofNullable(files.get(id));
    }

    /** Forgets every file, the roster and last year's workbook. */
    void clear() {
        synchronized (this) {
            files.values().forEach(f -> {
                f.version++;
                if (f.path != null) {
                    workspace.delete(f.path);
                }
            });
            files.clear();
            roster = List.of();
            rosterName = null;
            previous = List.of();
            previousName = null;
        }
        changed();
    }

    void roster(InputStream body, String clientName) throws XxgkException {
        List<String> names = xxgk.readRoster(body, Names.display(clientName));
        synchronized (this) {
            roster = names;
            rosterName = Names.display(clientName);
        }
        changed();
    }

    void previous(InputStream body, String clientName) throws XxgkException {
        List<Report> reports = xxgk.readPreviousRegion(body, Names.display(clientName));
        synchronized (this) {
            previous = reports;
            previousName = Names.display(clientName);
        }
        changed();
    }

    synchronized void regionName(String name) {
        regionName = name == null || name.isBlank() ? null : name.strip();
    }

    // ------------------------------------------------------------ the region

    /** The region of every file read so far, or empty before the first. */
    Optional<Region> region() {
        return Optional.ofNullable(region);
    }

    /**
     * Consolidates the outcomes read so far, in the order of their names (as {@code consolidate} reads a
     * folder), through the facade, each report kept to its numbers as {@code consolidate} keeps them.
     */
    private Region consolidate() throws XxgkException {
        List<Outcome> outcomes;
        ConsolidateOptions.Builder options = ConsolidateOptions.builder();
        synchronized (this) {
            outcomes = files.values().stream().filter(f -> f.outcome != null).map(f -> f.outcome)
                    .sorted(Comparator.comparing(o -> o.input().source())).toList();
            options.roster(roster).previous(previous).region(regionName);
        }
        if (outcomes.isEmpty()) {
            return null;
        }
        List<Outcome> numbers = outcomes.stream().map(o -> o.failed() ? o
                : Outcome.of(o.input(), o.format(), o.pages(), o.reports().stream().map(Consolidator::numbersOnly).toList())).toList();
        return xxgk.consolidateOutcomes(numbers, options.build());
    }

    // ------------------------------------------------------------ pushing the state

    ObjectNode state() {
        return state;
    }

    void subscribe(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        client.sendEvent("state", state.toString());
    }

    /** Something changed: the region is consolidated again and the state pushed, coalesced within 100 ms. */
    private void changed() {
        synchronized (this) {
            if (updatePending) {
                return;
            }
            updatePending = true;
        }
        updates.schedule(this::update, 100, TimeUnit.MILLISECONDS);
    }

    private void update() {
        synchronized (this) {
            updatePending = false;
        }
        String error = null;
        try {
            region = consolidate();
        } catch (XxgkException e) {
            region = null;
            error = e.oneLine();
        } catch (RuntimeException e) {
            region = null;
            error = "汇总时出错：" + e;
        }
        ObjectNode s = build();
        if (error != null) {
            s.put("error", error);
        }
        state = s;
        String text = s.toString();
        for (SseClient c : clients) {
            try {
                c.sendEvent("state", text);
            } catch (RuntimeException e) {
                clients.remove(c);
            }
        }
    }

    private synchronized ObjectNode build() {
        ObjectNode s = json.createObjectNode();
        s.put("maxFiles", limits.maxFiles()).put("maxFileSize", limits.maxFileSize());
        Region r = region;
        Map<String, List<Entry>> bySource = new LinkedHashMap<>();
        if (r != null) {
            r.entries().forEach(e -> bySource.computeIfAbsent(e.input().source(), k -> new ArrayList<>()).add(e));
        }
        ArrayNode rows = s.putArray("rows");
        int done = 0;
        List<FileEntry> byName = files.values().stream().sorted(Comparator.comparing((FileEntry f) -> f.name)).toList();
        for (FileEntry f : byName) {
            List<Entry> entries = "done".equals(f.state) ? bySource.getOrDefault(f.name, List.of()) : List.of();
            if ("done".equals(f.state)) {
                done++;
            }
            if (entries.isEmpty()) {
                rows.addObject().put("file", f.id).put("name", f.name).put("size", f.size).put("state", f.state)
                        .put("report", 0).put("statusText", "reading".equals(f.state) ? "读取中" : "done".equals(f.state) ? "已读取" : "等待读取");
            }
            for (int i = 0; i < entries.size(); i++) {
                rows.add(row(f, entries.get(i), i));
            }
        }
        s.put("files", files.size()).put("read", done);
        if (rosterName != null) {
            s.putObject("roster").put("name", rosterName).put("count", roster.size());
        }
        if (previousName != null) {
            s.putObject("previous").put("name", previousName).put("count", previous.size());
        }
        if (r != null) {
            RegionJson.describe(xxgk, r, s.putObject("region"));
        }
        return s;
    }

    private ObjectNode row(FileEntry f, Entry e, int index) {
        ObjectNode row = json.createObjectNode();
        row.put("file", f.id).put("name", f.name).put("size", f.size).put("state", f.state).put("report", index);
        row.put("status", e.status().name()).put("statusText", e.status().chinese()).put("detail", e.detail());
        row.put("format", e.format());
        Report rep = e.report();
        if (rep != null) {
            row.put("agency", rep.agency());
            if (rep.year() != null) {
                row.put("year", rep.year());
            }
            row.put("errors", rep.problems().stream().filter(p -> p.severity() == Severity.ERROR).count());
            row.put("warnings", rep.problems().stream().filter(p -> p.severity() == Severity.WARNING).count());
            row.put("generation", String.join("、", rep.generations().values().stream().map(g -> g.id()).distinct().toList()));
        }
        return row;
    }

    /** The full reports of a file (with every cell's place in the source), as read. */
    Optional<List<Report>> reports(long id) {
        return find(id).map(f -> f.outcome).filter(o -> !o.failed()).map(Outcome::reports);
    }

    @Override
    public void close() {
        readers.shutdownNow();
        updates.shutdownNow();
        // The server's stop ends the event streams; closing them here as well makes Javalin answer a stopped server.
        clients.clear();
    }

    /** A request refused with a sentence for the page. */
    static final class Refusal extends Exception {
        final int status;

        Refusal(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
