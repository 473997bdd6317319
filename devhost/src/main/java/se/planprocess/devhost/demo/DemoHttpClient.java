package se.planprocess.devhost.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls the running host over HTTP as a demo user (HTTP Basic with the demo-only password), the way a person's
 * browser or a script would: JSON requests pass the REST XSRF rules without a token.
 */
public final class DemoHttpClient {
    private final URI baseUrl;
    private final ObjectMapper json = new ObjectMapper();
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

    /**
     * Creates a page from a blueprint as Confluence's Create dialog does: looks the item's {@code contentBlueprintId}
     * up in {@code GET /rest/create-dialog/1.0/blueprints/web-items}, then posts create-content's body with the
     * wizard data as the context (the space key, an empty parent page id and the wizard's fields).
     */
    public HttpResponse<String> createFromBlueprint(String username, String spaceKey, String itemModuleCompleteKey,
                                                    Map<String, ?> fields) {
        HttpResponse<String> items = get(username, "/rest/create-dialog/1.0/blueprints/web-items?spaceKey="
                + URLEncoder.encode(spaceKey, StandardCharsets.UTF_8));
        if (items.statusCode() != 200) {
            return items;
        }
        try {
            String blueprintId = null;
            for (JsonNode item : json.readTree(items.body())) {
                if (itemModuleCompleteKey.equals(item.path("itemModuleCompleteKey").asText())) {
                    blueprintId = item.path("contentBlueprintId").asText();
                }
            }
            if (blueprintId == null) {
                throw new IllegalStateException("No Create dialog item " + itemModuleCompleteKey + " in " + spaceKey);
            }
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("spaceKey", spaceKey);
            context.put("parentPageId", "");
            context.putAll(fields);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("spaceKey", spaceKey);
            body.put("contentBlueprintId", blueprintId);
            body.put("contentTemplateId", "");
            body.put("contentTemplateKey", "");
            body.put("title", "");
            body.put("viewPermissionsUsers", "");
            body.put("context", context);
            body.put("parentPageId", "");
            return postJson(username, "/rest/create-dialog/1.0/content-blueprint/create-content",
                    json.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
