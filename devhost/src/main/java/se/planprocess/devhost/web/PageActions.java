package se.planprocess.devhost.web;

import com.atlassian.confluence.pages.Page;
import java.io.IOException;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import se.planprocess.devhost.content.ContentException;
import se.planprocess.devhost.render.Html;
import se.planprocess.devhost.render.Urls;
import se.planprocess.devhost.security.DevUser;
import se.planprocess.devhost.store.PageRecord;
import se.planprocess.devhost.store.SpaceRecord;

/** Forms and POST actions: login, language, edit/create (storage format as text), move, trash, restore, purge. */
final class PageActions {
    private final HostContext host;
    private final PageViews views;
    private final UiServlet pages;

    PageActions(HostContext host, PageViews views, UiServlet pages) {
        this.host = host;
        this.views = views;
        this.pages = pages;
    }

    void loginForm(HttpServletRequest req, HttpServletResponse resp, String error) throws IOException {
        String destination = Optional.ofNullable(req.getParameter("os_destination")).orElse("/dashboard.action");
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(views.t("devhost.login"))).append("</h1>");
        if (error != null) {
            body.append(views.message("error", error));
        }
        body.append("<form class=\"aui devhost-form\" method=\"post\" action=\"").append(host.contextPath())
                .append("/login.action\"><input type=\"hidden\" name=\"os_destination\" value=\"")
                .append(Html.escape(destination)).append("\">")
                .append("<p><label for=\"os_username\">").append(Html.escape(views.t("devhost.username")))
                .append("</label><input id=\"os_username\" name=\"os_username\" autocomplete=\"username\" required></p>")
                .append("<p><label for=\"os_password\">").append(Html.escape(views.t("devhost.password")))
                .append("</label><input id=\"os_password\" name=\"os_password\" type=\"password\" autocomplete=\"current-password\" required></p>")
                .append("<p><button type=\"submit\" id=\"loginButton\" class=\"aui-button aui-button-primary\">")
                .append(Html.escape(views.t("devhost.login.button"))).append("</button></p></form>")
                .append("<p class=\"devhost-meta\">").append(Html.escape(views.t("devhost.login.demo"))).append("</p>");
        UiServlet.send(resp, error == null ? 200 : 401, host.layout().page(req, Layout.View.of(views.t("devhost.login"),
                body.toString())));
    }

    void login(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<se.planprocess.devhost.security.DevUser> user = host.directory()
                .authenticate(req.getParameter("os_username"), req.getParameter("os_password"));
        if (user.isEmpty()) {
            loginForm(req, resp, views.t("devhost.login.failed"));
            return;
        }
        HostSession.logIn(req, user.get());
        String destination = Optional.ofNullable(req.getParameter("os_destination")).orElse("/dashboard.action");
        resp.sendRedirect(safeReturn(destination));
    }

    void locale(HttpServletRequest req, HttpServletResponse resp, DevUser user) throws IOException {
        String locale = "en".equals(req.getParameter("locale")) ? "en" : "sv";
        host.directory().setLocale(user, locale);
        resp.sendRedirect(safeReturn(Optional.ofNullable(req.getParameter("return")).orElse("/dashboard.action")));
    }

    private String safeReturn(String destination) {
        String d = destination.startsWith(host.contextPath() + "/") ? destination.substring(host.contextPath().length())
                : destination;
        if (!d.startsWith("/") || d.startsWith("//") || d.contains("\\") || d.startsWith("/login.action")) {
            d = "/dashboard.action";
        }
        return host.contextPath() + d;
    }

    String pageActions(HttpServletRequest req, DevUser user, PageRecord page) {
        StringBuilder out = new StringBuilder("<div class=\"devhost-page-actions\">");
        out.append("<ul class=\"devhost-action-links\">");
        if (host.permissions().canEditPage(user, page)) {
            out.append("<li><a id=\"editPageLink\" href=\"").append(host.contextPath()).append("/pages/editpage.action?pageId=")
                    .append(page.id()).append("\">").append(Html.escape(views.t("devhost.edit"))).append("</a></li>");
        }
        out.append("<li><a href=\"").append(host.contextPath()).append("/spaces/flyingpdf/pdfpageexport.action?pageId=")
                .append(page.id()).append("\">").append(Html.escape(views.t("devhost.export.pdf"))).append("</a></li>")
                .append("<li><a href=\"").append(host.contextPath()).append("/exportword?pageId=").append(page.id())
                .append("\">").append(Html.escape(views.t("devhost.export.word"))).append("</a></li></ul>");
        if (host.permissions().canEditPage(user, page)) {
            StringBuilder options = new StringBuilder();
            for (SpaceRecord s : host.spaces().all()) {
                if (!s.key().equals(page.spaceKey()) && host.permissions().canEditSpace(user, s.key())) {
                    options.append("<option value=\"").append(Html.escape(s.key())).append("\">").append(Html.escape(s.name()))
                            .append("</option>");
                }
            }
            if (options.length() > 0) {
                out.append("<form class=\"devhost-inline-form\" method=\"post\" action=\"").append(host.contextPath())
                        .append("/pages/movepage.action\">").append(views.tokenField(req))
                        .append("<input type=\"hidden\" name=\"pageId\" value=\"").append(page.id()).append("\">")
                        .append("<label for=\"move-target\">").append(Html.escape(views.t("devhost.move.label")))
                        .append("</label> <select id=\"move-target\" name=\"spaceKey\">").append(options)
                        .append("</select> <button type=\"submit\">").append(Html.escape(views.t("devhost.move")))
                        .append("</button></form>");
            }
            out.append("<form class=\"devhost-inline-form\" method=\"post\" action=\"").append(host.contextPath())
                    .append("/pages/removepage.action\">").append(views.tokenField(req))
                    .append("<input type=\"hidden\" name=\"pageId\" value=\"").append(page.id()).append("\">")
                    .append("<button type=\"submit\" class=\"devhost-danger\">").append(Html.escape(views.t("devhost.remove")))
                    .append("</button></form>");
        }
        return out.append("</div>").toString();
    }

    void editForm(HttpServletRequest req, HttpServletResponse resp, DevUser user, long pageId, String error)
            throws IOException {
        Optional<PageRecord> page = host.pages().byId(pageId).filter(p -> !p.isTrashed())
                .filter(p -> host.permissions().canEditPage(user, p));
        if (page.isEmpty()) {
            pages.notFound(req, resp);
            return;
        }
        PageRecord p = page.get();
        String title = req.getParameter("title") != null && error != null ? req.getParameter("title") : p.title();
        String content = req.getParameter("content") != null && error != null ? req.getParameter("content") : p.body();
        form(req, resp, views.t("devhost.edit.title", p.title()), "/pages/editpage.action",
                "<input type=\"hidden\" name=\"pageId\" value=\"" + p.id() + "\">"
                        + "<input type=\"hidden\" name=\"originalVersion\" value=\"" + p.version() + "\">",
                title, content, error, p.spaceKey(), p.id());
    }

    void createForm(HttpServletRequest req, HttpServletResponse resp, DevUser user, String spaceKey, String title,
                    String content, String error) throws IOException {
        if (spaceKey == null || !host.permissions().canEditSpace(user, spaceKey)) {
            pages.notFound(req, resp);
            return;
        }
        form(req, resp, views.t("devhost.create.title"), "/pages/createpage.action",
                "<input type=\"hidden\" name=\"spaceKey\" value=\"" + Html.escape(spaceKey) + "\">",
                title == null ? "" : title, content, error, spaceKey, null);
    }

    private void form(HttpServletRequest req, HttpServletResponse resp, String heading, String action, String hidden,
                      String title, String content, String error, String spaceKey, Long pageId) throws IOException {
        form(req, resp, heading, action, hidden, title, content, error, spaceKey, pageId, null, java.util.Set.of());
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private void form(HttpServletRequest req, HttpServletResponse resp, String heading, String action, String hidden,
                      String title, String content, String error, String spaceKey, Long pageId, String previewHtml,
                      java.util.Set<String> required) throws IOException {
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(heading)).append("</h1>");
        if (error != null) {
            body.append(views.message("error", error));
        }
        if (previewHtml != null) {
            body.append("<section class=\"devhost-preview\" aria-labelledby=\"preview-heading\"><h2 id=\"preview-heading\">")
                    .append(Html.escape(views.t("devhost.preview"))).append("</h2><div class=\"wiki-content\">")
                    .append(previewHtml).append("</div></section>");
        }
        body.append("<form class=\"aui devhost-form devhost-editor\" method=\"post\" action=\"").append(host.contextPath())
                .append(action).append("\">").append(views.tokenField(req)).append(hidden)
                .append("<p><label for=\"content-title\">").append(Html.escape(views.t("devhost.field.title")))
                .append("</label><input id=\"content-title\" name=\"title\" required value=\"").append(Html.escape(title))
                .append("\"></p><p><label for=\"wysiwygTextarea\">").append(Html.escape(views.t("devhost.field.content")))
                .append("</label><span id=\"content-help\" class=\"devhost-meta\">").append(Html.escape(views.t("devhost.field.content.help")))
                .append("</span><textarea id=\"wysiwygTextarea\" name=\"content\" rows=\"24\" aria-describedby=\"content-help\">")
                .append(Html.escape(content)).append("</textarea></p><p><button type=\"submit\" id=\"rte-button-publish\""
                        + " class=\"aui-button aui-button-primary\">").append(Html.escape(views.t("devhost.save")))
                .append("</button> <button type=\"submit\" name=\"preview\" value=\"1\" id=\"rte-button-preview\">")
                .append(Html.escape(views.t("devhost.preview"))).append("</button></p></form>");
        UiServlet.send(resp, error == null ? 200 : 400, host.layout().page(req,
                new Layout.View(heading, body.toString(), null, spaceKey, pageId, required)));
    }

    /** Renders the submitted storage format with output type "preview" above the form again. */
    private void preview(HttpServletRequest req, HttpServletResponse resp, String heading, String action, String hidden,
                         String spaceKey, PageRecord existing) throws IOException {
        String title = Optional.ofNullable(req.getParameter("title")).orElse("");
        String content = Optional.ofNullable(req.getParameter("content")).orElse("");
        Page entity = existing != null ? host.mapper().page(existing) : new Page();
        entity.setTitle(title);
        entity.setBodyAsString(content);
        if (existing == null) {
            entity.setSpace(host.mapper().space(spaceKey));
        }
        host.pageBuilder().drain();
        String html = host.storageRenderer().render(content,
                new se.planprocess.devhost.render.DevConversionContext(entity, spaceKey, "preview"));
        java.util.Set<String> required = host.pageBuilder().drain();
        form(req, resp, heading, action, hidden, title, content, null, spaceKey,
                existing == null ? null : existing.id(), html, required);
    }

    void save(HttpServletRequest req, HttpServletResponse resp, DevUser user) throws IOException {
        long pageId = UiServlet.longParam(req, "pageId");
        Optional<PageRecord> page = host.pages().byId(pageId).filter(p -> !p.isTrashed())
                .filter(p -> host.permissions().canEditPage(user, p));
        if (page.isEmpty()) {
            pages.notFound(req, resp);
            return;
        }
        if (req.getParameter("preview") != null) {
            PageRecord p = page.get();
            preview(req, resp, views.t("devhost.edit.title", p.title()), "/pages/editpage.action",
                    "<input type=\"hidden\" name=\"pageId\" value=\"" + p.id() + "\">", p.spaceKey(), p);
            return;
        }
        try {
            host.pageService().update(user, pageId, req.getParameter("title"), req.getParameter("content"));
        } catch (ContentException e) {
            editForm(req, resp, user, pageId, e.getMessage());
            return;
        }
        resp.sendRedirect(views.pageUrl(pageId));
    }

    void create(HttpServletRequest req, HttpServletResponse resp, DevUser user) throws IOException {
        String spaceKey = req.getParameter("spaceKey");
        if (spaceKey == null || !host.permissions().canEditSpace(user, spaceKey)) {
            pages.notFound(req, resp);
            return;
        }
        if (req.getParameter("preview") != null) {
            preview(req, resp, views.t("devhost.create.title"), "/pages/createpage.action",
                    "<input type=\"hidden\" name=\"spaceKey\" value=\"" + Html.escape(spaceKey) + "\">", spaceKey, null);
            return;
        }
        Long parent = host.spaces().byKey(spaceKey).map(SpaceRecord::homePageId).orElse(null);
        try {
            Page page = host.pageService().create(user, spaceKey, parent, req.getParameter("title"), req.getParameter("content"));
            resp.sendRedirect(views.pageUrl(page.getId()));
        } catch (ContentException e) {
            createForm(req, resp, user, spaceKey, req.getParameter("title"),
                    Optional.ofNullable(req.getParameter("content")).orElse(""), e.getMessage());
        }
    }

    void move(HttpServletRequest req, HttpServletResponse resp, DevUser user) throws IOException {
        long pageId = UiServlet.longParam(req, "pageId");
        String target = req.getParameter("spaceKey");
        Optional<PageRecord> page = host.pages().byId(pageId).filter(p -> host.permissions().canEditPage(user, p));
        if (page.isEmpty() || target == null || !host.permissions().canEditSpace(user, target)) {
            pages.notFound(req, resp);
            return;
        }
        host.pageService().move(user, pageId, target);
        resp.sendRedirect(views.pageUrl(pageId));
    }

    void remove(HttpServletRequest req, HttpServletResponse resp, DevUser user) throws IOException {
        long pageId = UiServlet.longParam(req, "pageId");
        Optional<PageRecord> page = host.pages().byId(pageId).filter(p -> host.permissions().canEditPage(user, p));
        if (page.isEmpty()) {
            pages.notFound(req, resp);
            return;
        }
        host.pageService().trash(user, pageId);
        resp.sendRedirect(views.spaceUrl(page.get().spaceKey()));
    }

    void trash(HttpServletRequest req, HttpServletResponse resp, DevUser user, String spaceKey, String message)
            throws IOException {
        Optional<SpaceRecord> space = Optional.ofNullable(spaceKey).flatMap(host.spaces()::byKey)
                .filter(s -> host.permissions().canAdministerSpace(user, s.key()));
        if (space.isEmpty()) {
            pages.notFound(req, resp);
            return;
        }
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(views.t("devhost.trash.title", space.get().name())))
                .append("</h1>");
        if (message != null) {
            body.append(views.message("success", message));
        }
        var trashed = host.pages().inSpace(space.get().key(), PageRecord.TRASHED);
        if (trashed.isEmpty()) {
            body.append("<p>").append(Html.escape(views.t("devhost.trash.empty"))).append("</p>");
        } else {
            body.append("<table class=\"aui\"><caption>").append(Html.escape(views.t("devhost.trash"))).append("</caption>")
                    .append("<thead><tr><th scope=\"col\">").append(Html.escape(views.t("devhost.field.title")))
                    .append("</th><th scope=\"col\">").append(Html.escape(views.t("devhost.actions"))).append("</th></tr></thead><tbody>");
            for (PageRecord p : trashed) {
                body.append("<tr><td>").append(Html.escape(p.title())).append("</td><td>");
                for (String[] action : new String[][] {{"restoretrashitem", "devhost.restore"}, {"purgetrashitem", "devhost.purge"}}) {
                    body.append("<form class=\"devhost-inline-form\" method=\"post\" action=\"").append(host.contextPath())
                            .append("/spaces/").append(action[0]).append(".action\">").append(views.tokenField(req))
                            .append("<input type=\"hidden\" name=\"pageId\" value=\"").append(p.id()).append("\">")
                            .append("<input type=\"hidden\" name=\"spaceKey\" value=\"").append(Html.escape(p.spaceKey()))
                            .append("\"><button type=\"submit\" aria-label=\"")
                            .append(Html.escape(views.t(action[1]) + ": " + p.title())).append("\">")
                            .append(Html.escape(views.t(action[1]))).append("</button></form> ");
                }
                body.append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        UiServlet.send(resp, 200, host.layout().page(req, new Layout.View(views.t("devhost.trash"), body.toString(),
                views.sidebar(user, space.get(), null), space.get().key(), null, java.util.Set.of())));
    }

    void restore(HttpServletRequest req, HttpServletResponse resp, DevUser user) throws IOException {
        Optional<PageRecord> page = trashedPageOfAdministeredSpace(req, user);
        if (page.isEmpty()) {
            pages.notFound(req, resp);
            return;
        }
        host.pageService().restore(user, page.get().id());
        resp.sendRedirect(views.pageUrl(page.get().id()));
    }

    void purge(HttpServletRequest req, HttpServletResponse resp, DevUser user) throws IOException {
        Optional<PageRecord> page = trashedPageOfAdministeredSpace(req, user);
        if (page.isEmpty()) {
            pages.notFound(req, resp);
            return;
        }
        host.pageService().purge(user, page.get().id());
        resp.sendRedirect(host.contextPath() + "/spaces/trash.action?spaceKey=" + Urls.encode(page.get().spaceKey()));
    }

    private Optional<PageRecord> trashedPageOfAdministeredSpace(HttpServletRequest req, DevUser user) {
        return host.pages().byId(UiServlet.longParam(req, "pageId")).filter(PageRecord::isTrashed)
                .filter(p -> host.permissions().canAdministerSpace(user, p.spaceKey()));
    }
}
