package org.xxgk.server;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;

/**
 * What keeps other web pages out of the workbench. A page on another site cannot read the workbench's
 * answers (the browser's same-origin rule), but it could send requests to 127.0.0.1, or point a name it
 * controls at 127.0.0.1 (DNS rebinding). So every request must name this server in its {@code Host}
 * header, an {@code Origin} header when present must be this server, and every request that changes
 * something must carry the token made at start, which only the workbench's own page holds.
 */
final class Guard {

    static final String TOKEN_HEADER = "X-Xxgk-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final String token;
    private final Set<String> hosts;
    private final int port;
    private final String listenHost;

    Guard(String listenHost, int port) {
        this(newToken(), listenHost, port);
    }

    private Guard(String token, String listenHost, int port) {
        this.token = token;
        this.listenHost = listenHost;
        this.port = port;
        this.hosts = listenHost == null || isLoopback(listenHost)
                ? Set.of("127.0.0.1", "localhost", "[::1]")
                : Set.of("127.0.0.1", "localhost", "[::1]", listenHost.toLowerCase(Locale.ROOT));
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The same guard for the port the server got (when it was asked for any free one). */
    Guard withPort(int p) {
        return new Guard(token, listenHost, p);
    }

    static boolean isLoopback(String host) {
        return Set.of("127.0.0.1", "localhost", "::1", "[::1]").contains(host.toLowerCase(Locale.ROOT));
    }

    String token() {
        return token;
    }

    /** Refuses the request unless its Host, Origin and (for a change) token are the workbench's own. */
    void check(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || !allowed(host)) {
            throw new ForbiddenResponse("拒绝访问：请求的主机名不是本机的工作台（" + (host == null ? "无" : host) + "）");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !allowedOrigin(origin)) {
            throw new ForbiddenResponse("拒绝访问：请求来自其他网站（" + origin + "）");
        }
        if (!SAFE.contains(ctx.method().name()) && !token.equals(ctx.header(TOKEN_HEADER))) {
            throw new ForbiddenResponse("拒绝访问：缺少工作台的令牌，请刷新页面后重试");
        }
    }

    private boolean allowed(String hostHeader) {
        String h = hostHeader.toLowerCase(Locale.ROOT);
        for (String name : hosts) {
            if (h.equals(name + ":" + port)) {
                return true;
            }
        }
        return false;
    }

    private boolean allowedOrigin(String origin) {
        try {
            URI u = URI.create(origin);
            return "http".equals(u.getScheme()) && u.getPath() != null && u.getPath().isEmpty()
                    && allowed(u.getRawAuthority() == null ? "" : u.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
