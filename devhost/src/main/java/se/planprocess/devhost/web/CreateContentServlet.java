package se.planprocess.devhost.web;

import com.atlassian.confluence.pages.Page;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import se.planprocess.devhost.blueprint.BlueprintCreator;
import se.planprocess.devhost.blueprint.BlueprintException;
import se.planprocess.devhost.security.DevUser;
import se.planprocess.devhost.security.XsrfRules;

/**
 * The Create dialog's endpoint, {@code POST /rest/create-dialog/1.0/content-blueprint/create-content} with JSON
 * {@code {spaceKey, webItemKey, context}}; logged-in users, XSRF-protected like any REST call.
 */
public final class CreateContentServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient BlueprintCreator creator;
    private final transient ObjectMapper json = new ObjectMapper();
    private final String contextPath;

    public CreateContentServlet(BlueprintCreator creator, String contextPath) {
        this.creator = creator;
        this.contextPath = contextPath;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        DevUser user = HostSession.user(req);
        if (user == null) {
            write(resp, 401, Map.of("status-code", 401, "message", "Client must be authenticated to access this resource."));
            return;
        }
        String requestOrigin = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
        String violation = XsrfRules.violation(req.getMethod(), req.getContentType(), req.getHeader("X-Atlassian-Token"),
                req.getHeader("Origin"), req.getHeader("Referer"), requestOrigin);
        if (violation != null) {
            write(resp, 403, Map.of("status-code", 403, "message", violation));
            return;
        }
        if (!"/content-blueprint/create-content".equals(req.getPathInfo())) {
            write(resp, 404, Map.of("status-code", 404, "message", "Not found"));
            return;
        }
        Map<String, Object> body;
        try {
            body = json.readValue(req.getInputStream(), Map.class);
        } catch (IOException e) {
            write(resp, 400, Map.of("status-code", 400, "message", "Invalid JSON"));
            return;
        }
        Object context = body.get("context");
        Map<String, Object> fields = context instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        try {
            Page page = creator.create(user, String.valueOf(body.get("webItemKey")), (String) body.get("spaceKey"), fields);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("id", page.getId());
            result.put("title", page.getTitle());
            boolean edit = "edit".equals(creator.createResult(String.valueOf(body.get("webItemKey"))));
            result.put("url", contextPath + (edit ? "/pages/editpage.action?pageId=" + page.getId() : page.getUrlPath()));
            write(resp, 200, result);
        } catch (BlueprintException e) {
            write(resp, e.status(), Map.of("status-code", e.status(), "message", e.getMessage()));
        }
    }

    private void write(HttpServletResponse resp, int status, Object body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        json.writeValue(resp.getOutputStream(), body);
    }
}
