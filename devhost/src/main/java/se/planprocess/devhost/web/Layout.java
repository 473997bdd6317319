package se.planprocess.devhost.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.servlet.http.HttpServletRequest;
import se.planprocess.devhost.render.BundleI18nResolver;
import se.planprocess.devhost.render.CurrentLocale;
import se.planprocess.devhost.render.Html;
import se.planprocess.devhost.security.DevUser;

/**
 * The chrome of every host page: valid HTML5, lang from the user's locale, skip link, header with the user's name
 * and the language switch, landmarks, the Create button, the web resources and the data for AJS and the dialog.
 */
public final class Layout {
    private final BundleI18nResolver hostText;
    private final WebResources webResources;
    private final Function<DevUser, List<Map<String, String>>> editableSpaces;
    private final ObjectMapper json = new ObjectMapper();
    private final String contextPath;
    private final java.util.function.Predicate<DevUser> administrator;

    private java.util.function.Predicate<DevUser> mayCreateSpaces = user -> false;

    /** Shows the "Create space" button to the users this says may create spaces (the global permission). */
    public Layout withCreateSpace(java.util.function.Predicate<DevUser> mayCreateSpaces) {
        this.mayCreateSpaces = mayCreateSpaces;
        return this;
    }

    public Layout(BundleI18nResolver hostText, WebResources webResources,
                  Function<DevUser, List<Map<String, String>>> editableSpaces, String contextPath) {
        this(hostText, webResources, editableSpaces, contextPath, user -> false);
    }

    /** With the header's link to Confluence administration for the users {@code administrator} accepts. */
    public Layout(BundleI18nResolver hostText, WebResources webResources,
                  Function<DevUser, List<Map<String, String>>> editableSpaces, String contextPath,
                  java.util.function.Predicate<DevUser> administrator) {
        this.hostText = hostText;
        this.webResources = webResources;
        this.editableSpaces = editableSpaces;
        this.contextPath = contextPath;
        this.administrator = administrator;
    }

    /** What one page shows. */
    public record View(String title, String bodyHtml, String sidebarHtml, String spaceKey, Long pageId,
                       Set<String> requiredResources) {
        public static View of(String title, String bodyHtml) {
            return new View(title, bodyHtml, null, null, null, Set.of());
        }
    }

    public String t(String key, Object... args) {
        return hostText.format(CurrentLocale.get(), key, args);
    }

    public String page(HttpServletRequest req, View view) {
        DevUser user = HostSession.user(req);
        Locale locale = CurrentLocale.get();
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(Html.escape(view.title())).append(" - ").append(Html.escape(t("devhost.product")))
                .append("</title>\n");
        WebResources.Includes includes = webResources.forPage(view.requiredResources());
        for (String css : includes.css()) {
            out.append("<link rel=\"stylesheet\" href=\"").append(Html.escape(css)).append("\">\n");
        }
        out.append("<script type=\"application/json\" id=\"devhost-data\">")
                .append(Html.scriptSafe(data(req, user, locale, view))).append("</script>\n");
        for (String js : includes.js()) {
            out.append("<script src=\"").append(Html.escape(js)).append("\"></script>\n");
        }
        out.append("</head>\n<body>\n<a class=\"skip-link\" href=\"#main-content\">").append(Html.escape(t("devhost.skip")))
                .append("</a>\n");
        header(req, user, out);
        out.append("<div class=\"devhost-layout\">\n");
        if (view.sidebarHtml() != null) {
            out.append("<nav class=\"devhost-sidebar\" aria-label=\"").append(Html.escape(t("devhost.sidebar")))
                    .append("\">").append(view.sidebarHtml()).append("</nav>\n");
        }
        out.append("<main id=\"main-content\" tabindex=\"-1\">\n").append(view.bodyHtml()).append("\n</main>\n</div>\n")
                .append("<footer class=\"devhost-footer\"><p>").append(Html.escape(t("devhost.footer")))
                .append("</p></footer>\n</body>\n</html>\n");
        return out.toString();
    }

    /** A print page for PDF/Word export: the same lang and styles, no scripts, no chrome. */
    public String export(String title, String bodyHtml, Set<String> required) {
        Locale locale = CurrentLocale.get();
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(Html.escape(title)).append("</title>\n");
        for (String css : webResources.forPage(required).css()) {
            out.append("<link rel=\"stylesheet\" href=\"").append(Html.escape(css)).append("\">\n");
        }
        return out.append("</head>\n<body class=\"devhost-export\">\n<main>\n<h1>").append(Html.escape(title))
                .append("</h1>\n<div class=\"wiki-content\">").append(bodyHtml).append("</div>\n</main>\n</body>\n</html>\n")
                .toString();
    }

    private void header(HttpServletRequest req, DevUser user, StringBuilder out) {
        out.append("<header class=\"devhost-header\">\n<a class=\"devhost-logo\" href=\"").append(contextPath)
                .append("/dashboard.action\">").append(Html.escape(t("devhost.product"))).append("</a>\n");
        if (user != null) {
            out.append("<nav class=\"devhost-nav\" aria-label=\"").append(Html.escape(t("devhost.mainmenu")))
                    .append("\"><ul><li><a href=\"").append(contextPath).append("/dashboard.action\">")
                    .append(Html.escape(t("devhost.dashboard"))).append("</a></li>")
                    .append(administrator.test(user) ? "<li><a id=\"admin-menu-link\" href=\"" + contextPath
                            + AdminSection.CONSOLE + "\">" + Html.escape(t("devhost.admin")) + "</a></li>" : "")
                    .append("</ul></nav>\n")
                    .append("<button type=\"button\" id=\"create-page-button\" class=\"aui-button aui-button-primary\""
                            + " aria-haspopup=\"dialog\">").append(Html.escape(t("devhost.create"))).append("</button>\n")
                    .append(mayCreateSpaces.test(user) ? "<button type=\"button\" id=\"create-space-button\" class=\"aui-button\""
                            + " aria-haspopup=\"dialog\">" + Html.escape(t("devhost.createspace")) + "</button>\n" : "")
                    .append("<form class=\"devhost-search\" role=\"search\" method=\"get\" action=\"").append(contextPath)
                    .append("/dosearchsite.action\"><label for=\"devhost-search-input\">").append(Html.escape(t("devhost.search")))
                    .append("</label> <input id=\"devhost-search-input\" name=\"queryString\" type=\"search\"> <button type=\"submit\">")
                    .append(Html.escape(t("devhost.search.button"))).append("</button></form>\n")
                    .append("<div class=\"devhost-user\"><a class=\"devhost-username\" id=\"user-menu-link\" href=\"")
                    .append(contextPath).append(ProfileActions.PATH).append("\" title=\"")
                    .append(Html.escape(t("devhost.profile.edit"))).append("\">")
                    .append(Html.escape(t("devhost.loggedin", user.getFullName()))).append("</a>\n");
            String locale = CurrentLocale.get().getLanguage();
            out.append("<form class=\"devhost-lang\" method=\"post\" action=\"").append(contextPath)
                    .append("/devhost/locale.action\"><input type=\"hidden\" name=\"atl_token\" value=\"")
                    .append(Html.escape(HostSession.token(req))).append("\"><input type=\"hidden\" name=\"return\" value=\"")
                    .append(Html.escape(returnPath(req))).append("\"><span id=\"devhost-lang-label\">")
                    .append(Html.escape(t("devhost.language"))).append("</span> ")
                    .append(langButton("sv", "Svenska", locale)).append(langButton("en", "English", locale))
                    .append("</form>\n<a class=\"devhost-logout\" href=\"").append(contextPath).append("/logout.action\">")
                    .append(Html.escape(t("devhost.logout"))).append("</a></div>\n");
        }
        out.append("</header>\n");
    }

    private static String langButton(String value, String label, String current) {
        return "<button type=\"submit\" name=\"locale\" value=\"" + value + "\" lang=\"" + value + "\" aria-pressed=\""
                + value.equals(current) + "\" aria-describedby=\"devhost-lang-label\">" + label + "</button>";
    }

    static String returnPath(HttpServletRequest req) {
        String uri = req.getRequestURI();
        return req.getQueryString() == null ? uri : uri + "?" + req.getQueryString();
    }

    private String data(HttpServletRequest req, DevUser user, Locale locale, View view) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("contextPath", contextPath);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("spaceKey", view.spaceKey() == null ? "" : view.spaceKey());
        params.put("pageId", view.pageId() == null ? "" : String.valueOf(view.pageId()));
        params.put("remoteUser", user == null ? "" : user.getName());
        params.put("userLocale", locale.getLanguage());
        params.put("contextPath", contextPath);
        data.put("params", params);
        // Only the host's own texts: a plugin's script gets its texts from the jsI18n transformer, as in Confluence.
        data.put("hostI18n", new LinkedHashMap<>(hostText.allRaw(locale)));
        data.put("spaces", user == null ? List.of() : editableSpaces.apply(user));
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
