package org.xxgk.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import org.xxgk.core.Xxgk;
import org.xxgk.core.consolidate.Region;
import org.xxgk.core.model.Report;
import org.xxgk.core.spi.XxgkException;

/**
 * The web workbench (工作台) of {@code xxgk serve}: a local page over the facade. It listens on
 * 127.0.0.1 by default, serves its page, scripts and charts from the jar (no internet needed), keeps
 * uploads in a {@link Workspace} deleted at stop, and lets in only requests that {@link Guard} allows.
 * Every reading, checking and writing is the facade's; the server only carries bytes and JSON.
 *
 * <pre>{@code
 * try (Workbench w = Workbench.start(Xxgk.create(), Workbench.Settings.defaults())) {
 *     System.out.println(w.url());
 * }
 * }</pre>
 */
public final class Workbench implements AutoCloseable {

    /**
     * Where and how the workbench listens.
     *
     * @param host   the address to listen on ({@code 127.0.0.1}: only this computer)
     * @param port   the port, 0 for any free one
     * @param limits the upload limits
     */
    public record Settings(String host, int port, Limits limits) {

        public static final String LOOPBACK = "127.0.0.1";
        public static final int DEFAULT_PORT = 8765;

        public Settings {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("端口应在 0 到 65535 之间：" + port);
            }
        }

        public static Settings defaults() {
            return new Settings(LOOPBACK, DEFAULT_PORT, Limits.DEFAULT);
        }

        public Settings withPort(int p) {
            return new Settings(host, p, limits);
        }

        public Settings withHost(String h) {
            return new Settings(h, port, limits);
        }

        /** The same settings with other upload limits (tests use small ones). */
        public Settings withLimits(long maxFileSize, int maxFiles) {
            return new Settings(host, port, new Limits(maxFileSize, maxFiles));
        }

        /** Whether the host is this computer only. */
        public boolean loopback() {
            return Guard.isLoopback(host);
        }
    }

    private static final String WEB = "/org/xxgk/server/web/";
    private static final String ECHARTS = "/META-INF/resources/webjars/echarts/" + Versions.ECHARTS + "/dist/echarts.min.js";
    private static final Map<String, String> ASSETS = Map.of(
            "/app.js", "text/javascript; charset=utf-8",
            "/app.css", "text/css; charset=utf-8");

    private final Xxgk xxgk;
    private final Settings settings;
    private final ObjectMapper json = new ObjectMapper();
    private final Workspace workspace = Workspace.create();
    private final RegionSession region;
    private final Checks checks;
    private final byte[] schema;
    private Guard guard;
    private Javalin app;
    private volatile Runnable onQuit = () -> { };
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private Workbench(Xxgk xxgk, Settings settings) {
        this.xxgk = xxgk;
        this.settings = settings;
        this.region = new RegionSession(xxgk, json, workspace, settings.limits());
        this.checks = new Checks(xxgk, workspace, settings.limits());
        try {
            this.schema = json.writeValueAsBytes(SchemaJson.of(xxgk, json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the workbench. When the port is taken and it is the default one, any free port is used.
     *
     * @throws IllegalStateException when it cannot listen (a port given and taken), in one Chinese line
     */
    public static Workbench start(Xxgk xxgk, Settings settings) {
        Workbench w = new Workbench(xxgk, settings);
        try {
            w.listen(settings.port());
        } catch (RuntimeException e) {
            if (settings.port() != Settings.DEFAULT_PORT) {
                w.close();
                throw new IllegalStateException("无法在 " + settings.host() + ":" + settings.port() + " 上启动工作台（端口已被占用？）", e);
            }
            w.listen(0);
        }
        return w;
    }

    private void listen(int port) {
        if (app != null) {
            app.stop();
        }
        guard = new Guard(settings.host(), port);
        app = Javalin.create(this::configure);
        app.start(settings.host(), port);
        guard = guard.withPort(app.port());
    }

    /** The page's address. */
    public URI url() {
        String host = settings.loopback() ? Settings.LOOPBACK : settings.host();
        return URI.create("http://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + app.port() + "/");
    }

    /** The token that every state-changing request must carry (in the page; tests read it here). */
    public String token() {
        return guard.token();
    }

    public int port() {
        return app.port();
    }

    /**
     * What to do when the page's 退出工作台 button is pressed (the command stops the process: started by a
     * double-click, the workbench has no window of its own to close).
     */
    public void onQuit(Runnable action) {
        this.onQuit = java.util.Objects.requireNonNull(action, "action");
    }

    /** The uploads' folder (deleted by {@link #close()}). */
    public java.nio.file.Path workspace() {
        return workspace.root();
    }

    /** Stops the server and deletes the uploads; a second call does nothing. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        if (app != null) {
            app.stop();
        }
        region.close();
        workspace.close();
    }

    // ------------------------------------------------------------ routes

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = 4L << 20;
        config.routes.before(ctx -> guard.check(ctx));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "工作台内部错误：" + e));

        config.routes.get("/", this::index);
        ASSETS.forEach((path, type) -> config.routes.get(path, ctx -> asset(ctx, WEB + path.substring(1), type)));
        config.routes.get("/echarts.min.js", ctx -> asset(ctx, ECHARTS, "text/javascript; charset=utf-8"));
        config.routes.get("/api/schema", ctx -> ctx.contentType("application/json").result(schema));

        config.routes.sse("/api/region/events", region::subscribe);
        config.routes.get("/api/region/state", ctx -> json(ctx, region.state()));
        config.routes.post("/api/region/files", ctx -> upload(ctx, () -> region.add(ctx.bodyInputStream(), name(ctx), length(ctx))));
        config.routes.post("/api/region/files/{id}", ctx -> upload(ctx,
                () -> region.replace(id(ctx), ctx.bodyInputStream(), name(ctx), length(ctx))));
        config.routes.post("/api/region/roster", ctx -> side(ctx, () -> region.roster(limited(ctx), name(ctx))));
        config.routes.post("/api/region/previous", ctx -> side(ctx, () -> region.previous(limited(ctx), name(ctx))));
        config.routes.post("/api/region/name", ctx -> {
            region.regionName(ctx.body());
            json(ctx, json.createObjectNode().put("ok", true));
        });
        config.routes.post("/api/region/clear", ctx -> {
            region.clear();
            json(ctx, json.createObjectNode().put("ok", true));
        });
        config.routes.get("/api/region/files/{id}", ctx -> reports(ctx, region.find(id(ctx)).map(f -> f.name),
                region.reports(id(ctx))));
        config.routes.get("/api/region/files/{id}/xlsx", ctx -> download(ctx, region.find(id(ctx)).map(f -> f.name),
                region.reports(id(ctx)), "xlsx"));
        config.routes.get("/api/region/workbook", this::workbook);

        config.routes.post("/api/check", ctx -> json(ctx, checks.read(ctx.bodyInputStream(), name(ctx), length(ctx), this::reportsJson)));
        config.routes.get("/api/check/{id}/{format}", ctx -> download(ctx, checks.name(id(ctx)), checks.reports(id(ctx)),
                ctx.pathParam("format")));
        config.routes.post("/api/form/export/{format}", this::exportForm);
        config.routes.post("/api/quit", ctx -> {
            json(ctx, json.createObjectNode().put("ok", true));
            Thread t = new Thread(() -> onQuit.run(), "xxgk-quit");
            t.setDaemon(true);
            t.start();
        });
    }

    private void index(Context ctx) {
        String page = new String(resource(WEB + "index.html"), StandardCharsets.UTF_8)
                .replace("{{token}}", guard.token())
                .replace("{{maxFileSize}}", settings.limits().size())
                .replace("{{maxFiles}}", Integer.toString(settings.limits().maxFiles()));
        noCache(ctx).contentType("text/html; charset=utf-8").result(page);
    }

    private static Context noCache(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
        return ctx;
    }

    private static void asset(Context ctx, String resource, String type) {
        noCache(ctx).contentType(type).result(resource(resource));
    }

    private static byte[] resource(String name) {
        try (InputStream in = Workbench.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("工作台缺少资源 " + name + "（jar 不完整）");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Upload {
        RegionSession.FileEntry run() throws IOException, RegionSession.Refusal;
    }

    private interface Side {
        void run() throws XxgkException, IOException;
    }

    private void upload(Context ctx, Upload upload) throws IOException {
        try {
            RegionSession.FileEntry f = upload.run();
            json(ctx, json.createObjectNode().put("id", f.id).put("name", f.name));
        } catch (RegionSession.Refusal r) {
            drain(ctx);
            error(ctx, r.status, r.getMessage());
        }
    }

    private void side(Context ctx, Side side) throws IOException {
        try {
            side.run();
            json(ctx, region.state());
        } catch (XxgkException e) {
            error(ctx, 400, e.oneLine());
        } catch (LimitedStream.TooLarge e) {
            error(ctx, 413, settings.limits().tooLarge(name(ctx)));
        }
    }

    /** The body, refused past the file size limit. */
    private InputStream limited(Context ctx) {
        return LimitedStream.of(ctx.bodyInputStream(), settings.limits().maxFileSize());
    }

    /** Reads what is left of a refused upload, so that the browser gets the answer rather than a reset. */
    private static void drain(Context ctx) {
        try {
            ctx.bodyInputStream().skip(Long.MAX_VALUE);
        } catch (IOException e) {
            // the client went away; there is nobody to answer
        }
    }

    private void reports(Context ctx, Optional<String> name, Optional<List<Report>> reports) throws IOException {
        if (name.isEmpty()) {
            error(ctx, 404, "没有这个文件（列表已清空？）");
            return;
        }
        ObjectNode out = json.createObjectNode().put("name", name.get());
        if (reports.isPresent()) {
            out.set("reports", reportsJson(reports.get()));
        }
        json(ctx, out);
    }

    /** Reports in the toolkit's own JSON (what {@code extract --format json} writes), always as an array. */
    ArrayNode reportsJson(List<Report> reports) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            xxgk.write(reports, "json", out);
            JsonNode node = json.readTree(out.toByteArray());
            if (node.isArray()) {
                return (ArrayNode) node;
            }
            ArrayNode a = json.createArrayNode();
            a.add(node);
            return a;
        } catch (IOException | XxgkException e) {
            throw new IllegalStateException("无法写出报告的 JSON：" + e.getMessage(), e);
        }
    }

    private void download(Context ctx, Optional<String> name, Optional<List<Report>> reports, String format)
            throws IOException {
        if (reports.isEmpty()) {
            error(ctx, 404, "没有这个文件的报告（文件无法读取，或列表已清空）");
            return;
        }
        int index = ctx.queryParam("report") == null ? 0 : Integer.parseInt(ctx.queryParam("report"));
        List<Report> all = reports.get();
        if (index < 0 || index >= all.size()) {
            error(ctx, 404, "文件中没有第 " + (index + 1) + " 份报告");
            return;
        }
        Report r = all.get(index);
        Download d = Download.of(format);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            xxgk.write(List.of(r), d.format(), out);
            send(ctx, out.toByteArray(), d, baseName(name.orElse("报告")) + d.suffix());
        } catch (XxgkException e) {
            error(ctx, 400, e.oneLine());
        }
    }

    private void workbook(Context ctx) throws IOException {
        Optional<Region> r = region.region();
        if (r.isEmpty()) {
            error(ctx, 409, "还没有读取任何文件，无法汇总");
            return;
        }
        Optional<String> refusal = r.get().nothingToSum();
        if (refusal.isPresent()) {
            error(ctx, 409, refusal.get());
            return;
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            xxgk.writeRegion(r.get(), "xlsx", out);
            String name = (r.get().name() == null ? "" : r.get().name()) + r.get().year() + "年汇总.xlsx";
            send(ctx, out.toByteArray(), Download.of("xlsx"), name);
        } catch (XxgkException e) {
            error(ctx, 400, e.oneLine());
        }
    }

    /**
     * The 填报 form's report, sent as the toolkit's JSON data, read back through the facade (every code and
     * number checked) and written in the format asked for.
     */
    private void exportForm(Context ctx) throws IOException {
        Download d = Download.of(ctx.pathParam("format"));
        try {
            List<Report> reports = xxgk.read(LimitedStream.of(ctx.bodyInputStream(), settings.limits().maxFileSize()), "填报.json");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            xxgk.write(reports.subList(0, 1), d.format(), out);
            Report r = reports.get(0);
            String name = (r.agency() == null ? "填报" : r.agency()) + (r.year() == null ? "" : r.year() + "年") + "统计表";
            send(ctx, out.toByteArray(), d, Names.display(name) + d.suffix());
        } catch (XxgkException e) {
            error(ctx, 400, e.oneLine());
        } catch (LimitedStream.TooLarge e) {
            error(ctx, 413, settings.limits().tooLarge("填报.json"));
        }
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void send(Context ctx, byte[] bytes, Download d, String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        noCache(ctx).contentType(d.contentType())
                .header("Content-Disposition", "attachment; filename=\"download" + d.suffix() + "\"; filename*=UTF-8''" + encoded)
                .result(bytes);
    }

    private static String name(Context ctx) {
        return Names.display(ctx.queryParam("name"));
    }

    private static long length(Context ctx) {
        String l = ctx.header("Content-Length");
        try {
            return l == null ? -1 : Long.parseLong(l);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new HttpResponseException(404, "没有这个文件");
        }
    }

    private void json(Context ctx, JsonNode node) throws IOException {
        noCache(ctx).contentType("application/json; charset=utf-8").result(json.writeValueAsBytes(node));
    }

    private void error(Context ctx, int status, String message) {
        ObjectNode e = json.createObjectNode().put("error", message);
        ctx.status(status).contentType("application/json; charset=utf-8").result(e.toString());
    }
}
