package org.xxgk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.xxgk.core.Xxgk;

/**
 * The workbench on the wire: what another web page, a rebound DNS name or an oversized upload gets.
 */
class WorkbenchSecurityTest {

    private static final Xxgk XXGK = Xxgk.create();
    private final HttpClient http = HttpClient.newHttpClient();
    private Workbench workbench;

    @BeforeEach
    void start() {
        workbench = Workbench.start(XXGK, Workbench.Settings.defaults().withPort(0).withLimits(1024, 2));
    }

    @AfterEach
    void stop() {
        workbench.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(workbench.url().resolve(path));
    }

    private HttpRequest.Builder upload(String name, byte[] body) {
        return request("/api/region/files?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .header(Guard.TOKEN_HEADER, workbench.token()).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** A request as a browser sends it to a name that a foreign site pointed at 127.0.0.1 (DNS rebinding). */
    private String withHost(String host, String path) throws Exception {
        try (Socket s = new Socket("127.0.0.1", workbench.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder all = new StringBuilder();
            for (String line; (line = in.readLine()) != null; ) {
                all.append(line).append('\n');
            }
            return all.toString();
        }
    }

    @Test
    void theOwnPageIsServedWithItsToken() throws Exception {
        HttpResponse<String> page = send(request("/"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("content=\"" + workbench.token() + "\""));
        assertTrue(withHost("127.0.0.1:" + workbench.port(), "/").startsWith("HTTP/1.1 200"));
        assertTrue(withHost("localhost:" + workbench.port(), "/api/schema").startsWith("HTTP/1.1 200"));
    }

    @Test
    void aForeignHostIsRefused() throws Exception {
        for (String host : List.of("evil.example:" + workbench.port(), "evil.example", "127.0.0.1.evil.example:" + workbench.port(),
                "127.0.0.1:1")) {
            String answer = withHost(host, "/api/region/state");
            assertTrue(answer.startsWith("HTTP/1.1 403"), host + ": " + answer);
            assertTrue(answer.contains("拒绝访问：请求的主机名不是本机的工作台"), answer);
        }
    }

    @Test
    void aForeignOriginIsRefused() throws Exception {
        HttpResponse<String> read = send(request("/api/region/state").header("Origin", "http://evil.example"));
        assertEquals(403, read.statusCode());
        assertTrue(read.body().contains("请求来自其他网站"), read.body());
        HttpResponse<String> write = send(upload("a.txt", new byte[] {'x'}).header("Origin", "http://evil.example"));
        assertEquals(403, write.statusCode());
        HttpResponse<String> own = send(upload("a.txt", new byte[] {'x'}).header("Origin", "http://127.0.0.1:" + workbench.port()));
        assertEquals(200, own.statusCode(), own.body());
    }

    @Test
    void aChangeWithoutTheTokenIsRefused() throws Exception {
        for (HttpRequest.Builder b : List.of(
                request("/api/region/clear").POST(HttpRequest.BodyPublishers.noBody()),
                request("/api/region/clear").header(Guard.TOKEN_HEADER, "0".repeat(48)).POST(HttpRequest.BodyPublishers.noBody()),
                request("/api/region/files?name=a.txt").POST(HttpRequest.BodyPublishers.ofString("x")),
                request("/api/check?name=a.txt").POST(HttpRequest.BodyPublishers.ofString("x")),
                request("/api/form/export/json").POST(HttpRequest.BodyPublishers.ofString("{}")))) {
            HttpResponse<String> r = send(b);
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(r.body().contains("缺少工作台的令牌"), r.body());
        }
        assertEquals(200, send(request("/api/region/clear").header(Guard.TOKEN_HEADER, workbench.token())
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode());
    }

    @Test
    void anUploadOverTheLimitIsRefusedWithTheLimit() throws Exception {
        HttpResponse<String> r = send(upload("大文件.pdf", new byte[1025]));
        assertEquals(413, r.statusCode());
        assertTrue(r.body().contains("大文件.pdf：文件超过 1 KB 的上限，未上传"), r.body());
        assertEquals(List.of(), stored(), "nothing of a refused upload is kept");
        // A body sent without its length (chunked) is cut at the limit as well.
        HttpResponse<String> chunked = send(request("/api/region/files?name=b.pdf").header(Guard.TOKEN_HEADER, workbench.token())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[5000]))));
        assertEquals(413, chunked.statusCode(), chunked.body());
        HttpResponse<String> check = send(request("/api/check?name=c.pdf").header(Guard.TOKEN_HEADER, workbench.token())
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2048])));
        assertTrue(check.body().contains("c.pdf：文件超过 1 KB 的上限"), check.body());
    }

    @Test
    void theListHasALimitOfFiles() throws Exception {
        assertEquals(200, send(upload("1.txt", new byte[] {'1'})).statusCode());
        assertEquals(200, send(upload("2.txt", new byte[] {'2'})).statusCode());
        HttpResponse<String> third = send(upload("3.txt", new byte[] {'3'}));
        assertEquals(413, third.statusCode());
        assertTrue(third.body().contains("3.txt：列表已有 2 个文件（上限）"), third.body());
    }

    @Test
    void noNameFromTheBrowserIsUsedOnDisk() throws Exception {
        HttpResponse<String> r = send(upload("../../../etc/passwd.md", "# 标题".getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"name\":\"passwd.md\""), r.body());
        List<Path> files = stored();
        assertEquals(1, files.size());
        assertTrue(files.get(0).getFileName().toString().matches("\\d{6}\\.md"), files.toString());
        assertEquals(workbench.workspace(), files.get(0).getParent());
    }

    @Test
    void theWorkspaceIsDeletedAtStop() throws Exception {
        assertEquals(200, send(upload("1.txt", new byte[] {'1'})).statusCode());
        Path folder = workbench.workspace();
        assertTrue(Files.isDirectory(folder));
        assertTrue(folder.startsWith(Path.of(System.getProperty("java.io.tmpdir"))));
        workbench.close();
        assertFalse(Files.exists(folder));
        workbench = Workbench.start(XXGK, Workbench.Settings.defaults().withPort(0));
    }

    @Test
    void everythingTheScriptNeedsIsInTheJar() throws Exception {
        for (String path : List.of("/app.js", "/app.css", "/echarts.min.js", "/api/schema")) {
            HttpResponse<String> r = send(request(path));
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.body().length() > 1000, path);
        }
        assertFalse(send(request("/")).body().contains("http"), "the page links nothing outside the workbench");
    }

    private List<Path> stored() throws Exception {
        try (Stream<Path> all = Files.walk(workbench.workspace())) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

}
