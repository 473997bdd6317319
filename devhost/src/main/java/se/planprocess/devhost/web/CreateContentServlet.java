package se.planprocess.devhost.web;

import com.atlassian.confluence.pages.Page;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.planprocess.devhost.blueprint.BlueprintCatalog;
import se.planprocess.devhost.blueprint.BlueprintCreator;
import se.planprocess.devhost.blueprint.BlueprintException;
import se.planprocess.devhost.blueprint.BlueprintPageRequest;
import se.planprocess.devhost.blueprint.SpaceBlueprintCatalog;
import se.planprocess.devhost.blueprint.SpaceBlueprintCreator;
import se.planprocess.devhost.blueprint.SpaceBlueprintRequest;
import se.planprocess.devhost.store.SpaceRecord;
import se.planprocess.devhost.render.BundleI18nResolver;
import se.planprocess.devhost.render.CurrentLocale;
import se.planprocess.devhost.security.DevPermissionManager;
import se.planprocess.devhost.security.DevUser;
import se.planprocess.devhost.security.XsrfRules;
import se.planprocess.devhost.store.SpaceStore;

/**
 * The create-content plugin's REST resources that the Create dialog uses, under {@code /rest/create-dialog/1.0}:
 * <ul>
 *   <li>{@code POST /content-blueprint/create-content} ({@code ContentBlueprintResource#createPage}): the body is a
 *   {@code CreateBlueprintPageRestEntity}, the answer a {@code PageEntity} ({@code pageId}, {@code title},
 *   {@code spaceKey}, {@code url}, {@code indexPage}, {@code createSuccessRedirectUrl});</li>
 *   <li>{@code POST /space-blueprint/create-space} ({@code SpaceBlueprintResource#createSpace}): the body is a
 *   {@code CreateBlueprintSpaceRestEntity} ({@code spaceKey}, {@code name}, {@code description},
 *   {@code permissions}, {@code spaceBlueprintId}, {@code context}), the answer the new space's {@code id},
 *   {@code key}, {@code name} and {@code url};</li>
 *   <li>{@code GET /space-blueprint/dialog/web-items}: the Create space dialog's items (users with the global
 *   create-space permission only);</li>
 *   <li>{@code GET /blueprints/web-items?spaceKey=K} ({@code BlueprintResource#getWebItems}): the dialog's items as
 *   {@code CreateDialogWebItemEntity}.</li>
 * </ul>
 * Errors are create-content's {@code ResourceErrorBean} JSON. Logged-in users only, XSRF-protected like any REST
 * call; a malformed body is a 400 with a message, never a stack trace.
 */
public final class CreateContentServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CreateContentServlet.class);

    private final transient BlueprintCreator creator;
    private final transient BlueprintCatalog catalog;
    private final transient SpaceBlueprintCreator spaceCreator;
    private final transient SpaceBlueprintCatalog spaceCatalog;
    private final transient SpaceStore spaces;
    private final transient DevPermissionManager permissions;
    private final transient BundleI18nResolver hostText;
    private final transient ObjectMapper json = new ObjectMapper();
    private final String contextPath;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public CreateContentServlet(BlueprintCreator creator, BlueprintCatalog catalog, SpaceBlueprintCreator spaceCreator,
                                SpaceBlueprintCatalog spaceCatalog, SpaceStore spaces, DevPermissionManager permissions,
                                BundleI18nResolver hostText, String contextPath) {
        this.creator = creator;
        this.catalog = catalog;
        this.spaceCreator = spaceCreator;
        this.spaceCatalog = spaceCatalog;
        this.spaces = spaces;
        this.permissions = permissions;
        this.hostText = hostText;
        this.contextPath = contextPath;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        DevUser user = HostSession.user(req);
        if (user == null) {
            unauthenticated(resp);
            return;
        }
        if ("/space-blueprint/dialog/web-items".equals(req.getPathInfo())) {
            if (!permissions.canCreateSpace(user)) {
                error(resp, new BlueprintException(403, BlueprintException.PERMISSION_CREATE_SPACE, user.getName(),
                        "No permission to create spaces."));
                return;
            }
            write(resp, 200, spaceCatalog.webItems(CurrentLocale.get()));
            return;
        }
        if (!"/blueprints/web-items".equals(req.getPathInfo())) {
            notFound(resp);
            return;
        }
        String spaceKey = req.getParameter("spaceKey");
        try {
            if (spaceKey == null || spaceKey.isBlank()) {
                throw new BlueprintException(400, BlueprintException.PARAMETER_MISSING, "spaceKey",
                        "Missing 'spaceKey' parameter");
            }
            if (spaces.byKey(spaceKey).isEmpty()) {
                throw new BlueprintException(400, BlueprintException.NOT_FOUND_SPACE, spaceKey,
                        String.format("No space found for spaceKey '%1$s'", spaceKey));
            }
            if (!permissions.canEditSpace(user, spaceKey)) {
                throw new BlueprintException(403, BlueprintException.PERMISSION_CREATE, spaceKey,
                        "You are not permitted to see Create dialog items for space: " + spaceKey);
            }
            Locale locale = CurrentLocale.get();
            write(resp, 200, catalog.webItems(locale, hostText.format(locale, "devhost.dialog.blank"),
                    hostText.format(locale, "devhost.dialog.blank.desc")));
        } catch (BlueprintException e) {
            error(resp, e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        DevUser user = HostSession.user(req);
        if (user == null) {
            unauthenticated(resp);
            return;
        }
        String requestOrigin = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
        String violation = XsrfRules.violation(req.getMethod(), req.getContentType(), req.getHeader("X-Atlassian-Token"),
                req.getHeader("Origin"), req.getHeader("Referer"), requestOrigin);
        if (violation != null) {
            write(resp, 403, Map.of("status-code", 403, "message", violation));
            return;
        }
        boolean space = "/space-blueprint/create-space".equals(req.getPathInfo());
        if (!space && !"/content-blueprint/create-content".equals(req.getPathInfo())) {
            notFound(resp);
            return;
        }
        try {
            if (space) {
                SpaceRecord created = spaceCreator.create(user, parseSpace(RequestLimits.readBody(req)));
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("id", created.id());
                result.put("key", created.key());
                result.put("name", created.name());
                result.put("url", req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort()
                        + contextPath + "/display/" + created.key());
                write(resp, 200, result);
                return;
            }
            BlueprintPageRequest request = parse(RequestLimits.readBody(req));
            Page page = creator.create(user, request);
            String url = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + contextPath
                    + page.getUrlPath();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("pageId", page.getId());
            result.put("title", page.getTitle());
            result.put("spaceKey", page.getSpaceKey());
            result.put("url", url);
            result.put("indexPage", null);
            result.put("createSuccessRedirectUrl", url);
            write(resp, 200, result);
        } catch (RuntimeException | LinkageError e) {
            if (e instanceof BlueprintException b) {
                error(resp, b);
                return;
            }
            if (e instanceof RequestLimits.TooLarge) {
                error(resp, new BlueprintException(400, BlueprintException.INVALID_ENTITY, null,
                        text("devhost.request.toolarge", RequestLimits.MAX_BODY_BYTES)));
                return;
            }
            // create-content's RestExceptionMapper: any other exception is a 500 with its message, no stack trace.
            LOG.warn("create-content failed", e);
            error(resp, new BlueprintException(500, BlueprintException.UNKNOWN, null,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** Reads the body as create-content's CreateBlueprintSpaceRestEntity. */
    private SpaceBlueprintRequest parseSpace(byte[] body) {
        JsonNode root = tree(body);
        JsonNode context = root.get("context");
        Map<String, Object> contextMap = new LinkedHashMap<>();
        if (context != null && !context.isNull()) {
            if (!context.isObject()) {
                throw new BlueprintException(400, BlueprintException.INVALID_ENTITY, "context",
                        text("devhost.request.field", "context"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> converted = json.convertValue(context, LinkedHashMap.class);
            contextMap = converted;
        }
        return new SpaceBlueprintRequest(string(root, "spaceKey"), string(root, "name"), string(root, "description"),
                string(root, "permissions"), string(root, "spaceBlueprintId"), contextMap);
    }

    private JsonNode tree(byte[] body) {
        JsonNode root;
        try {
            root = body.length == 0 ? null : json.readTree(body);
        } catch (IOException e) {
            throw new BlueprintException(400, BlueprintException.INVALID_ENTITY, null, text("devhost.request.json"));
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            throw new BlueprintException(400, BlueprintException.INVALID_ENTITY, null, "Invalid space entity");
        }
        if (!root.isObject()) {
            throw new BlueprintException(400, BlueprintException.INVALID_ENTITY, null, text("devhost.request.object"));
        }
        return root;
    }

    /** Reads the body as create-content's entity; anything that is not that is a 400 with a message. */
    private BlueprintPageRequest parse(byte[] body) {
        JsonNode root;
        try {
            root = body.length == 0 ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BlueprintException(400, BlueprintException.INVALID_ENTITY, null, text("devhost.request.json"));
        } catch (IOException e) {
            throw new BlueprintException(400, BlueprintException.INVALID_ENTITY, null, text("devhost.request.json"));
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            throw new BlueprintException(400, BlueprintException.PARAMETER_MISSING, "bodyEntity",
                    "This request requires a body entity with the data of the object to create/update");
        }
        if (!root.isObject()) {
            throw new BlueprintException(400, BlueprintException.INVALID_ENTITY, null, text("devhost.request.object"));
        }
        JsonNode context = root.get("context");
        if (context == null || context.isNull()) {
            throw new BlueprintException(400, BlueprintException.PARAMETER_MISSING, "context",
                    "Missing 'context' parameter");
        }
        if (!context.isObject()) {
            throw new BlueprintException(400, BlueprintException.INVALID_ENTITY, "context",
                    text("devhost.request.field", "context"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> contextMap = json.convertValue(context, LinkedHashMap.class);
        return new BlueprintPageRequest(string(root, "spaceKey"), number(root, "spaceId"),
                string(root, "contentBlueprintId"), string(root, "contentTemplateId"),
                string(root, "contentTemplateKey"), string(root, "title"), string(root, "viewPermissionsUsers"),
                number(root, "parentPageId"), string(root, "moduleCompleteKey"), contextMap);
    }

    private String string(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw new BlueprintException(400, BlueprintException.INVALID_ENTITY, field, text("devhost.request.field", field));
        }
        return node.asText();
    }

    private long number(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull() || node.isTextual() && node.asText().isEmpty()) {
            return 0;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.asLong();
        }
        if (node.isTextual() && node.asText().matches("-?\\d{1,18}")) {
            return Long.parseLong(node.asText());
        }
        throw new BlueprintException(400, BlueprintException.INVALID_ENTITY, field, text("devhost.request.field", field));
    }

    private void unauthenticated(HttpServletResponse resp) throws IOException {
        write(resp, 401, Map.of("status-code", 401, "message", "Client must be authenticated to access this resource."));
    }

    private void notFound(HttpServletResponse resp) throws IOException {
        write(resp, 404, Map.of("status-code", 404, "message", "Not found"));
    }

    private void error(HttpServletResponse resp, BlueprintException e) throws IOException {
        Map<String, Object> bean = new LinkedHashMap<>();
        bean.put("errorCode", e.status());
        bean.put("errorType", e.errorType());
        bean.put("errorData", e.errorData());
        bean.put("errorMessage", e.getMessage());
        write(resp, e.status(), bean);
    }

    private String text(String key, Object... args) {
        return hostText.format(CurrentLocale.get(), key, args);
    }

    private void write(HttpServletResponse resp, int status, Object body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        json.writeValue(resp.getOutputStream(), body);
    }
}
