package org.shouwang.support;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like HTTP client for integration tests: keeps the session cookie, echoes the CSRF cookie in the
 * X-XSRF-TOKEN header as the web UI does, and reads JSON answers with JsonPath.
 */
public final class ApiClient {

    public record Answer(int status, String body, byte[] bytes, String contentType) {
        public DocumentContext json() {
            return JsonPath.parse(body);
        }

        public <T> T read(String path) {
            return JsonPath.read(body, path);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** The port of the server this client talks to. */
    public int port() {
        return Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
    }

    public static ApiClient loggedIn(int port, String username, String password) {
        ApiClient c = new ApiClient(port);
        Answer a = c.login(username, password);
        if (a.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + a.body());
        }
        return c;
    }

    public Answer login(String username, String password) {
        get("/api/auth/csrf");
        return post("/api/auth/login", java.util.Map.of("username", username, "password", password));
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Answer post(String path, Object body) {
        return send(json(path).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Answer put(String path, Object body) {
        return send(json(path).PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Answer delete(String path) {
        return send(withCsrf(HttpRequest.newBuilder(URI.create(base + path))).DELETE());
    }

    /** A raw body with any content type, for hostile-input tests. */
    public Answer postRaw(String path, String contentType, byte[] body) {
        return send(withCsrf(HttpRequest.newBuilder(URI.create(base + path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A multipart upload as the import page sends it. */
    public Answer upload(String path, String kind, String fileName, byte[] content) {
        String boundary = "----shouwang" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return postRaw(path, "multipart/form-data; boundary=" + boundary, body);
    }

    public String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private HttpRequest.Builder json(String path) {
        return withCsrf(HttpRequest.newBuilder(URI.create(base + path))).header("Content-Type", "application/json");
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder b) {
        if (csrfToken().isEmpty()) {
            get("/api/auth/csrf");
        }
        return b.header("X-XSRF-TOKEN", csrfToken());
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.body(),
                    r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
