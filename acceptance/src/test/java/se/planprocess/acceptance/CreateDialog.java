package se.planprocess.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Creates a page through the Create dialog's REST path as Confluence's dialog does: the item's
 * {@code contentBlueprintId} from {@code GET /rest/create-dialog/1.0/blueprints/web-items}, then create-content's
 * body ({@code CreateBlueprintPageRestEntity}) with the wizard data as the context (the space key, the parent page
 * id and the wizard's fields).
 */
public final class CreateDialog {
    public static final String REPORT_ITEM = "se.planprocess.confluence:report-blueprint-item";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CreateDialog() {
    }

    /** The {@code contentBlueprintId} of a Create dialog item in a space, as the user sees the dialog. */
    public static String contentBlueprintId(String user, String spaceKey, String itemModuleCompleteKey) {
        HttpResponse<String> items = Rest.get(user, "/rest/create-dialog/1.0/blueprints/web-items?spaceKey="
                + URLEncoder.encode(spaceKey, StandardCharsets.UTF_8));
        if (items.statusCode() != 200) {
            throw new IllegalStateException("web-items for " + spaceKey + ": " + items.statusCode() + " " + items.body());
        }
        for (JsonNode item : read(items.body())) {
            if (itemModuleCompleteKey.equals(item.path("itemModuleCompleteKey").asText())) {
                return item.path("contentBlueprintId").asText();
            }
        }
        throw new IllegalStateException("No Create dialog item " + itemModuleCompleteKey + " in " + spaceKey);
    }

    /** POSTs create-content's body; the answer is a PageEntity ({@code pageId}, {@code title}, {@code url}, …). */
    public static HttpResponse<String> create(String user, String spaceKey, String itemModuleCompleteKey,
                                              Map<String, ?> wizardFields) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("spaceKey", spaceKey);
        context.put("parentPageId", "");
        context.putAll(wizardFields);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("spaceKey", spaceKey);
        body.put("contentBlueprintId", contentBlueprintId(user, spaceKey, itemModuleCompleteKey));
        body.put("contentTemplateId", "");
        body.put("contentTemplateKey", "");
        body.put("title", "");
        body.put("viewPermissionsUsers", "");
        body.put("context", context);
        body.put("parentPageId", "");
        try {
            return Rest.postJson(user, "/rest/create-dialog/1.0/content-blueprint/create-content",
                    JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates a feedback report and returns its page id (fails with the answer when it is not 200). */
    public static long report(String user, String spaceKey, Map<String, ?> wizardFields) {
        HttpResponse<String> created = create(user, spaceKey, REPORT_ITEM, wizardFields);
        if (created.statusCode() != 200) {
            throw new IllegalStateException("create-content: " + created.statusCode() + " " + created.body());
        }
        return read(created.body()).get("pageId").asLong();
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
