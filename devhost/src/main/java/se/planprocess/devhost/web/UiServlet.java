package se.planprocess.devhost.web;

import com.atlassian.confluence.pages.Page;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import se.planprocess.devhost.content.ContentException;
import se.planprocess.devhost.render.DevConversionContext;
import se.planprocess.devhost.render.Html;
import se.planprocess.devhost.render.Urls;
import se.planprocess.devhost.security.DevUser;
import se.planprocess.devhost.store.PageRecord;
import se.planprocess.devhost.store.SpaceRecord;

/**
 * The host's pages with Confluence's URLs (dashboard, space home, page view/edit/create, labels, search, export, the
 * user's own profile).
 */
public final class UiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int RECENT = 15;
    private static final int RECENT_BATCH = 100;
    private static final int RECENT_SCANNED = 2_000;

    private final transient HostContext host;
    private final transient PageViews views;
    private final transient PageActions actions;
    private final transient ProfileActions profile;
    private final transient AdminSection admin;

    public UiServlet(HostContext host) {
        this.host = host;
        this.views = new PageViews(host);
        this.actions = new PageActions(host, views, this);
        this.profile = new ProfileActions(host, views);
        this.admin = new AdminSection(host.plugin(), host.permissions(), host.layout(), host.contextPath());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = path(req);
        DevUser user = HostSession.user(req);
        if (path.equals("/login.action")) {
            actions.loginForm(req, resp, null);
            return;
        }
        if (path.equals("/logout.action")) {
            HostSession.logOut(req);
            resp.sendRedirect(host.contextPath() + "/login.action");
            return;
        }
        if (user == null) {
            resp.sendRedirect(host.contextPath() + "/login.action?os_destination=" + Urls.encode(Layout.returnPath(req)));
            return;
        }
        if (path.isEmpty() || path.equals("/") || path.equals("/dashboard.action")) {
            dashboard(req, resp, user);
        } else if (path.startsWith("/display/")) {
            display(req, resp, user, path.substring("/display/".length()));
        } else if (path.equals("/pages/viewpage.action")) {
            viewPage(req, resp, user, longParam(req, "pageId"));
        } else if (path.equals("/pages/editpage.action")) {
            actions.editForm(req, resp, user, longParam(req, "pageId"), null);
        } else if (path.equals("/pages/createpage.action")) {
            actions.createForm(req, resp, user, req.getParameter("spaceKey"), req.getParameter("title"), "", null);
        } else if (path.equals(ProfileActions.PATH)) {
            profile.form(req, resp, user);
        } else if (path.equals(AdminSection.CONSOLE)) {
            if (admin.mayAdminister(user)) {
                send(resp, 200, host.layout().page(req, Layout.View.of(views.t("devhost.admin"), admin.console())));
            } else {
                error(req, resp, 403, views.t("devhost.admin.denied"));
            }
        } else if (path.equals("/spaces/trash.action")) {
            actions.trash(req, resp, user, req.getParameter("spaceKey"), null);
        } else if (path.startsWith("/label/")) {
            label(req, resp, user, URLDecoder.decode(path.substring("/label/".length()), StandardCharsets.UTF_8));
        } else if (path.equals("/dosearchsite.action")) {
            search(req, resp, user, Optional.ofNullable(req.getParameter("queryString")).orElse(""));
        } else if (path.equals("/spaces/flyingpdf/pdfpageexport.action")) {
            export(req, resp, user, longParam(req, "pageId"), "pdf");
        } else if (path.equals("/exportword")) {
            export(req, resp, user, longParam(req, "pageId"), "word");
        } else {
            notFound(req, resp);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = path(req);
        if (path.equals("/login.action")) {
            actions.login(req, resp);
            return;
        }
        DevUser user = HostSession.user(req);
        if (user == null) {
            resp.sendRedirect(host.contextPath() + "/login.action");
            return;
        }
        if (!HostSession.validToken(req)) {
            error(req, resp, 403, views.t("devhost.xsrf"));
            return;
        }
        try {
            switch (path) {
                case "/devhost/locale.action" -> actions.locale(req, resp, user);
                case ProfileActions.PATH, "/users/doeditmyprofile.action" -> profile.save(req, resp, user);
                case "/pages/editpage.action", "/pages/doeditpage.action" -> actions.save(req, resp, user);
                case "/pages/createpage.action", "/pages/docreatepage.action" -> actions.create(req, resp, user);
                case "/pages/movepage.action" -> actions.move(req, resp, user);
                case "/pages/removepage.action" -> actions.remove(req, resp, user);
                case "/spaces/restoretrashitem.action" -> actions.restore(req, resp, user);
                case "/spaces/purgetrashitem.action" -> actions.purge(req, resp, user);
                default -> notFound(req, resp);
            }
        } catch (ContentException e) {
            error(req, resp, 400, e.getMessage());
        }
    }

    private void dashboard(HttpServletRequest req, HttpServletResponse resp, DevUser user) throws IOException {
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(views.t("devhost.dashboard"))).append("</h1>");
        body.append("<section aria-labelledby=\"spaces-heading\"><h2 id=\"spaces-heading\">")
                .append(Html.escape(views.t("devhost.spaces"))).append("</h2><ul class=\"devhost-spaces\">");
        for (SpaceRecord s : host.spaces().all()) {
            if (host.permissions().canViewSpace(user, s.key())) {
                body.append("<li><a href=\"").append(Html.escape(views.spaceUrl(s.key()))).append("\">")
                        .append(Html.escape(s.name())).append("</a> <span class=\"devhost-meta\">(")
                        .append(Html.escape(s.key())).append(")</span>");
                if (s.description() != null && !s.description().isBlank()) {
                    body.append("<p>").append(Html.escape(s.description())).append("</p>");
                }
                body.append("</li>");
            }
        }
        body.append("</ul></section>");
        List<PageRecord> recent = recentPages(user);
        body.append("<section aria-labelledby=\"recent-heading\"><h2 id=\"recent-heading\">")
                .append(Html.escape(views.t("devhost.recent"))).append("</h2>").append(views.pageList(recent)).append("</section>");
        send(resp, 200, host.layout().page(req, Layout.View.of(views.t("devhost.dashboard"), body.toString())));
    }

    /**
     * The {@value #RECENT} most recently changed pages the user may view, newest first: read in batches by date and
     * checked until there are enough, never every page of the instance (at most {@value #RECENT_SCANNED} looked at).
     */
    private List<PageRecord> recentPages(DevUser user) {
        List<PageRecord> recent = new java.util.ArrayList<>();
        for (int offset = 0; recent.size() < RECENT && offset < RECENT_SCANNED; offset += RECENT_BATCH) {
            List<PageRecord> batch = host.pages().recentlyModified(offset, RECENT_BATCH);
            for (PageRecord page : batch) {
                if (recent.size() < RECENT && host.permissions().canViewPage(user, page)) {
                    recent.add(page);
                }
            }
            if (batch.size() < RECENT_BATCH) {
                break;
            }
        }
        return recent;
    }

    private void display(HttpServletRequest req, HttpServletResponse resp, DevUser user, String rest) throws IOException {
        int slash = rest.indexOf('/');
        String spaceKey = URLDecoder.decode(slash < 0 ? rest : rest.substring(0, slash), StandardCharsets.UTF_8);
        Optional<SpaceRecord> space = host.spaces().byKey(spaceKey);
        if (space.isEmpty() || !host.permissions().canViewSpace(user, spaceKey)) {
            notFound(req, resp);
            return;
        }
        if (slash < 0 || rest.substring(slash + 1).isEmpty()) {
            if (space.get().homePageId() == null) {
                notFound(req, resp);
                return;
            }
            viewPage(req, resp, user, space.get().homePageId());
            return;
        }
        String title = URLDecoder.decode(rest.substring(slash + 1), StandardCharsets.UTF_8);
        Optional<PageRecord> page = host.pages().currentByTitle(spaceKey, title);
        if (page.isEmpty()) {
            notFound(req, resp);
            return;
        }
        viewPage(req, resp, user, page.get().id());
    }

    private void viewPage(HttpServletRequest req, HttpServletResponse resp, DevUser user, long pageId) throws IOException {
        Optional<PageRecord> found = host.pages().byId(pageId).filter(p -> !p.isTrashed())
                .filter(p -> host.permissions().canViewPage(user, p));
        if (found.isEmpty()) {
            notFound(req, resp);
            return;
        }
        PageRecord page = found.get();
        SpaceRecord space = host.spaces().byKey(page.spaceKey()).orElseThrow();
        Page entity = host.mapper().page(page);
        host.pageBuilder().drain();
        String content = host.storageRenderer().render(page.body(),
                new DevConversionContext(entity, page.spaceKey(), "display"));
        Set<String> required = host.pageBuilder().drain();
        StringBuilder body = new StringBuilder(views.breadcrumbs(space, page));
        body.append("<h1 id=\"title-text\">").append(Html.escape(page.title())).append("</h1>");
        body.append("<p class=\"page-metadata\">").append(Html.escape(views.t("devhost.page.meta",
                host.directory().displayName(page.creator()), PageViews.date(page.created()),
                host.directory().displayName(page.lastModifier()), PageViews.date(page.modified()), page.version())))
                .append("</p>");
        body.append(actions.pageActions(req, user, page));
        body.append("<div class=\"wiki-content\" id=\"main-content-body\">").append(content).append("</div>");
        List<String> labels = host.pages().labels(page.id());
        body.append("<section class=\"devhost-labels\" aria-labelledby=\"labels-heading\"><h2 id=\"labels-heading\">")
                .append(Html.escape(views.t("devhost.labels"))).append("</h2>");
        if (labels.isEmpty()) {
            body.append("<p>").append(Html.escape(views.t("devhost.labels.none"))).append("</p>");
        } else {
            body.append("<ul class=\"label-list\">");
            for (String label : labels) {
                body.append("<li><a class=\"aui-label\" href=\"").append(host.contextPath()).append("/label/")
                        .append(Html.escape(Urls.encode(label))).append("\">").append(Html.escape(label)).append("</a></li>");
            }
            body.append("</ul>");
        }
        body.append("</section>");
        send(resp, 200, host.layout().page(req, new Layout.View(page.title(), body.toString(),
                views.sidebar(user, space, page.id()), page.spaceKey(), page.id(), required)));
    }

    private void label(HttpServletRequest req, HttpServletResponse resp, DevUser user, String label) throws IOException {
        List<PageRecord> pages = host.pages().withLabel(label.trim().toLowerCase(java.util.Locale.ROOT)).stream()
                .filter(p -> host.permissions().canViewPage(user, p)).toList();
        String title = views.t("devhost.label.title", label);
        send(resp, 200, host.layout().page(req, Layout.View.of(title,
                "<h1>" + Html.escape(title) + "</h1>" + views.pageList(pages))));
    }

    private void search(HttpServletRequest req, HttpServletResponse resp, DevUser user, String query) throws IOException {
        List<PageRecord> pages = query.isBlank() ? List.of() : host.pages().titleContains(query.trim()).stream()
                .filter(p -> host.permissions().canViewPage(user, p)).toList();
        String title = views.t("devhost.search.title", query);
        send(resp, 200, host.layout().page(req, Layout.View.of(title,
                "<h1>" + Html.escape(title) + "</h1>" + views.pageList(pages))));
    }

    private void export(HttpServletRequest req, HttpServletResponse resp, DevUser user, long pageId, String outputType)
            throws IOException {
        Optional<PageRecord> found = host.pages().byId(pageId).filter(p -> !p.isTrashed())
                .filter(p -> host.permissions().canViewPage(user, p));
        if (found.isEmpty()) {
            notFound(req, resp);
            return;
        }
        PageRecord page = found.get();
        host.pageBuilder().drain();
        String content = host.storageRenderer().render(page.body(),
                new DevConversionContext(host.mapper().page(page), page.spaceKey(), outputType));
        Set<String> required = host.pageBuilder().drain();
        String html = host.layout().export(page.title(), content, required);
        send(resp, 200, stripScripts(html));
    }

    private static String stripScripts(String html) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        doc.select("script").remove();
        doc.select("*").forEach(e -> e.attributes().asList().stream().filter(a -> a.getKey().startsWith("on"))
                .forEach(a -> e.removeAttr(a.getKey())));
        return doc.outerHtml();
    }

    void notFound(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        error(req, resp, 404, views.t("devhost.notfound.text"));
    }

    void error(HttpServletRequest req, HttpServletResponse resp, int status, String message) throws IOException {
        String title = views.t(status == 404 ? "devhost.notfound" : "devhost.error");
        send(resp, status, host.layout().page(req, Layout.View.of(title,
                "<h1>" + Html.escape(title) + "</h1>" + views.message("error", message))));
    }

    static void send(HttpServletResponse resp, int status, String html) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getWriter().write(html);
    }

    private String path(HttpServletRequest req) {
        String uri = req.getRequestURI();
        String path = uri.startsWith(host.contextPath()) ? uri.substring(host.contextPath().length()) : uri;
        return path.replaceAll("/+$", "").isEmpty() && path.length() <= 1 ? "" : path;
    }

    static long longParam(HttpServletRequest req, String name) {
        try {
            return Long.parseLong(Optional.ofNullable(req.getParameter(name)).orElse("").trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
