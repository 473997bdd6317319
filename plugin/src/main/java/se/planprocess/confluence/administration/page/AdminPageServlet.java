package se.planprocess.confluence.administration.page;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import se.planprocess.confluence.administration.CycleAdministration;
import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.host.PluginKey;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.macro.VelocityModel;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The process administration page, {@code /plugins/servlet/planprocess/admin}, linked from Confluence administration
 * ({@code system.admin/configuration}) and, for the process owner group, from the tracker. Confluence checks no
 * permission for a plugin's servlet beyond the login (the servlet module; Atlassian's "Creating an admin configuration
 * form" has the servlet check {@code UserManager} itself), so this one does: Confluence administrators and members of
 * the process owner group get the page, everyone else 403. The page only reads; every change goes through the REST
 * API with JSON, which Confluence's XSRF rules protect. {@code ?cycle=<id>} opens a cycle's form.
 */
public class AdminPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/plugins/servlet/planprocess/admin";
    static final String RESOURCES = PluginKey.module("admin-resources");

    private final transient ConfluenceAccess access;
    private final transient Messages messages;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient AdminPageModel model;

    public AdminPageServlet(CycleAdministration administration, CommitteeRepository committees, KindCatalogue kinds,
                            ConfluenceAccess access, Messages messages, TemplateRenderer renderer,
                            PageBuilderService pageBuilder, Clock clock) {
        this.access = access;
        this.messages = messages;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.model = new AdminPageModel(administration, committees, kinds, messages, clock);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Cache-Control", "no-store");
        if (access.currentUser().isEmpty()) {
            resp.sendRedirect(req.getContextPath() + "/login.action?os_destination="
                    + java.net.URLEncoder.encode(PATH, java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        boolean administrator = access.currentUserIsAdministrator();
        Map<String, Object> context = new HashMap<>();
        context.put("decorator", administrator ? "atl.admin" : "atl.general");
        context.put("text", model.texts());
        if (!access.currentUserIsProcessOwner()) {
            context.put("title", messages.text("planprocess.admin.title"));
            context.put("message", messages.text("planprocess.admin.denied"));
            send(resp, 403, "templates/admin/denied.vm", context);
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        AdminPageView view = model.build(req.getContextPath(), req.getContextPath() + PATH, cycleId(req),
                administrator, access.processOwnerGroup());
        context.put("view", VelocityModel.of(view));
        context.put("title", messages.text("planprocess.admin.title"));
        send(resp, 200, "templates/admin/page.vm", context);
    }

    private void send(HttpServletResponse resp, int status, String template, Map<String, Object> context)
            throws IOException {
        StringWriter out = new StringWriter();
        renderer.render(template, context, out);
        resp.setStatus(status);
        resp.setContentType("text/html;charset=UTF-8");
        resp.getWriter().write(out.toString());
    }

    private static Long cycleId(HttpServletRequest req) {
        String value = req.getParameter("cycle");
        if (value == null || !value.matches("[0-9]{1,9}")) {
            return null;
        }
        return Long.parseLong(value);
    }
}
