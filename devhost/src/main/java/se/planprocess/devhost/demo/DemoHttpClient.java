package se.planprocess.devhost.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Calls the running host over HTTP as a demo user (HTTP Basic with the demo-only password), the way a person's
 * browser or a script would: JSON requests pass the REST XSRF rules without a token.
 */
public final class DemoHttpClient {
    private final URI baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * @param baseUrl for example {@code http://127.0.0.1:2990/confluence}
     */
    public DemoHttpClient(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** GET {@code path} (relative to the context path, e.g. {@code /rest/planprocess/1.0/cycles}). */
    public HttpResponse<String> get(String username, String path) {
        return send(request(username, path).GET().build());
    }

    /** POST a JSON body. */
    public HttpResponse<String> postJson(String username, String path, String json) {
        return send(request(username, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** PUT a JSON body. */
    public HttpResponse<String> putJson(String username, String path, String json) {
        return send(request(username, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** Creates a page from a blueprint as the Create dialog does ({@code context} is a JSON object of form fields). */
    public HttpResponse<String> createFromBlueprint(String username, String spaceKey, String webItemKey, String contextJson) {
        String body = "{\"spaceKey\":" + quote(spaceKey) + ",\"webItemKey\":" + quote(webItemKey) + ",\"context\":"
                + contextJson + "}";
        return postJson(username, "/rest/create-dialog/1.0/content-blueprint/create-content", body);
    }

    private HttpRequest.Builder request(String username, String path) {
        String credentials = username + ":" + DemoRegion.DEMO_PASSWORD;
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
