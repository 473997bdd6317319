package se.planprocess.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP calls to the local host as a demo user (HTTP Basic), e.g. a REST client or a hostile site's form. */
public final class Rest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Rest() {
    }

    public static HttpResponse<String> get(String user, String path) {
        return send(request(user, path).GET().build());
    }

    public static HttpResponse<String> postJson(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A JSON PUT, as the app's own pages send it (same origin, JSON). */
    public static HttpResponse<String> putJson(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A POST as a cross-site form would send it: form encoding, the attacker's Origin, no XSRF header. */
    public static HttpResponse<String> postCrossSiteForm(String user, String path, String form) {
        return send(request(user, path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** A JSON POST from another origin (a script on another site with the user's cookies). */
    public static HttpResponse<String> postJsonFromOtherOrigin(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A download as a browser asks for it (any type), the body as bytes. */
    public static HttpResponse<byte[]> getBytes(String user, String path) {
        HttpRequest request = request(user, path).setHeader("Accept", "*/*").GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Devhost.shared().url(path)))
                .header("Accept", "application/json");
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Session.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
