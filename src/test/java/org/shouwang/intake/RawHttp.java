package org.shouwang.intake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.shouwang.support.ApiClient;
import tools.jackson.databind.json.JsonMapper;

/** Requests whose headers the tests need to see (Retry-After), or that must go out without a CSRF token. */
final class RawHttp {

    record Reply(ApiClient.Answer answer, String retryAfter) {
    }

    private RawHttp() {
    }

    static Reply post(int port, String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** With the CSRF cookie and header of an anonymous client that fetched the token. */
    static Reply post(int port, String path, String contentType, ApiClient withToken, Object body) {
        String token = withToken.csrfToken();
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).header("X-XSRF-TOKEN", token).header("Cookie", "XSRF-TOKEN=" + token)
                .POST(HttpRequest.BodyPublishers.ofString(JsonMapper.builder().build().writeValueAsString(body))));
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(new ApiClient.Answer(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.body(),
                    r.headers().firstValue("Content-Type").orElse("")), r.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
