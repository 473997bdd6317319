package se.planprocess.devhost.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.planprocess.devhost.render.Html;
import se.planprocess.devhost.render.Urls;
import se.planprocess.devhost.security.DevUser;
import se.planprocess.devhost.store.PageRecord;
import se.planprocess.devhost.store.SpaceRecord;

/** HTML fragments shared by the host's pages: page tree, breadcrumbs, lists of pages, forms. */
final class PageViews {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final HostContext host;

    PageViews(HostContext host) {
        this.host = host;
    }

    String t(String key, Object... args) {
        return host.layout().t(key, args);
    }

    String pageUrl(long id) {
        return host.contextPath() + "/pages/viewpage.action?pageId=" + id;
    }

    String spaceUrl(String key) {
        return host.contextPath() + "/display/" + Urls.encode(key);
    }

    static String date(java.time.Instant instant) {
        return DATE.format(instant);
    }

    String sidebar(DevUser user, SpaceRecord space, Long currentPageId) {
        StringBuilder out = new StringBuilder();
        out.append("<h2 class=\"devhost-sidebar-space\"><a href=\"").append(Html.escape(spaceUrl(space.key()))).append("\">")
                .append(Html.escape(space.name())).append("</a></h2>");
        out.append("<h3 class=\"devhost-tree-heading\">").append(Html.escape(t("devhost.pagetree"))).append("</h3>");
        List<PageRecord> roots = new ArrayList<>();
        for (PageRecord p : host.pages().inSpace(space.key(), PageRecord.CURRENT)) {
            if (p.parentId() == null || host.pages().byId(p.parentId()).map(PageRecord::isTrashed).orElse(true)
                    || !host.pages().byId(p.parentId()).get().spaceKey().equals(space.key())) {
                roots.add(p);
            }
        }
        roots.sort((a, b) -> {
            boolean aHome = a.id() == Optional.ofNullable(space.homePageId()).orElse(-1L);
            boolean bHome = b.id() == Optional.ofNullable(space.homePageId()).orElse(-1L);
            return aHome == bHome ? a.title().compareToIgnoreCase(b.title()) : aHome ? -1 : 1;
        });
        tree(user, roots, currentPageId, out, 0);
        if (host.permissions().canAdministerSpace(user, space.key())) {
            out.append("<p><a href=\"").append(host.contextPath()).append("/spaces/trash.action?spaceKey=")
                    .append(Urls.encode(space.key())).append("\">").append(Html.escape(t("devhost.trash"))).append("</a></p>");
        }
        return out.toString();
    }

    private void tree(DevUser user, List<PageRecord> pages, Long currentPageId, StringBuilder out, int depth) {
        List<PageRecord> visible = pages.stream().filter(p -> host.permissions().canViewPage(user, p)).toList();
        if (visible.isEmpty() || depth > 20) {
            return;
        }
        out.append("<ul class=\"devhost-tree\">");
        for (PageRecord p : visible) {
            out.append("<li><a href=\"").append(Html.escape(pageUrl(p.id()))).append('"');
            if (currentPageId != null && currentPageId == p.id()) {
                out.append(" aria-current=\"page\"");
            }
            out.append('>').append(Html.escape(p.title())).append("</a>");
            tree(user, host.pages().children(p.id()), currentPageId, out, depth + 1);
            out.append("</li>");
        }
        out.append("</ul>");
    }

    String breadcrumbs(SpaceRecord space, PageRecord page) {
        List<PageRecord> ancestors = new ArrayList<>();
        Long parent = page.parentId();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        while (parent != null && seen.add(parent)) {
            Optional<PageRecord> p = host.pages().byId(parent);
            if (p.isEmpty()) {
                break;
            }
            ancestors.add(0, p.get());
            parent = p.get().parentId();
        }
        StringBuilder out = new StringBuilder("<nav class=\"breadcrumbs\" aria-label=\"")
                .append(Html.escape(t("devhost.breadcrumbs"))).append("\"><ol><li><a href=\"")
                .append(Html.escape(spaceUrl(space.key()))).append("\">").append(Html.escape(space.name())).append("</a></li>");
        for (PageRecord a : ancestors) {
            out.append("<li><a href=\"").append(Html.escape(pageUrl(a.id()))).append("\">").append(Html.escape(a.title()))
                    .append("</a></li>");
        }
        return out.append("</ol></nav>").toString();
    }

    String pageList(List<PageRecord> pages) {
        if (pages.isEmpty()) {
            return "<p>" + Html.escape(t("devhost.nopages")) + "</p>";
        }
        StringBuilder out = new StringBuilder("<ul class=\"devhost-pagelist\">");
        for (PageRecord p : pages) {
            String spaceName = host.spaces().byKey(p.spaceKey()).map(SpaceRecord::name).orElse(p.spaceKey());
            out.append("<li><a href=\"").append(Html.escape(pageUrl(p.id()))).append("\">").append(Html.escape(p.title()))
                    .append("</a> <span class=\"devhost-meta\">").append(Html.escape(spaceName)).append(", ")
                    .append(Html.escape(date(p.modified()))).append("</span></li>");
        }
        return out.append("</ul>").toString();
    }

    String tokenField(javax.servlet.http.HttpServletRequest req) {
        return "<input type=\"hidden\" name=\"atl_token\" value=\"" + Html.escape(HostSession.token(req)) + "\">";
    }

    String message(String cssClass, String text) {
        return "<div class=\"aui-message aui-message-" + cssClass + "\" role=\"" + ("error".equals(cssClass) ? "alert" : "status")
                + "\"><p>" + Html.escape(text) + "</p></div>";
    }
}
