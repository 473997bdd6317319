package se.planprocess.devhost.web;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import se.planprocess.devhost.render.Html;
import se.planprocess.devhost.security.DevUser;

/**
 * The user's own profile, as Confluence's {@code /users/editmyprofile.action}: the full name and the e-mail address.
 * The form posts with the session's {@code atl_token} (checked by {@link UiServlet} like every host form); the name is
 * required, at most {@value #MAX_NAME} characters and without control characters; the e-mail is optional, at most
 * {@value #MAX_EMAIL} characters and must look like an address. Errors come back in the user's language with the
 * values as typed (escaped). The stored name is what {@code ConfluenceUser.getFullName()} returns from the next
 * request on.
 */
final class ProfileActions {
    /** The column DEVHOST_USER.FULL_NAME is VARCHAR(255), as Confluence's cwd_user.display_name. */
    static final int MAX_NAME = 255;
    static final int MAX_EMAIL = 255;
    static final String PATH = "/users/editmyprofile.action";
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"]+@[^\\s@<>\"]+");

    private final HostContext host;
    private final PageViews views;

    ProfileActions(HostContext host, PageViews views) {
        this.host = host;
        this.views = views;
    }

    void form(HttpServletRequest req, HttpServletResponse resp, DevUser user) throws IOException {
        String message = "true".equals(req.getParameter("saved")) ? views.t("devhost.profile.saved") : null;
        render(req, resp, user, user.getFullName(), Optional.ofNullable(user.getEmail()).orElse(""), null, null, message);
    }

    void save(HttpServletRequest req, HttpServletResponse resp, DevUser user) throws IOException {
        String fullName = Optional.ofNullable(req.getParameter("fullName")).orElse("").strip();
        String email = Optional.ofNullable(req.getParameter("email")).orElse("").strip();
        String nameError = nameError(fullName);
        String emailError = nameError == null ? emailError(email) : null;
        if (nameError != null || emailError != null) {
            render(req, resp, user, fullName, email, nameError, emailError, null);
            return;
        }
        host.directory().updateProfile(user, fullName, email.isEmpty() ? null : email);
        resp.sendRedirect(host.contextPath() + PATH + "?saved=true");
    }

    private String nameError(String fullName) {
        if (fullName.isEmpty()) {
            return views.t("devhost.profile.error.name.empty");
        }
        if (fullName.length() > MAX_NAME) {
            return views.t("devhost.profile.error.name.long", MAX_NAME, fullName.length());
        }
        if (fullName.chars().anyMatch(Character::isISOControl)) {
            return views.t("devhost.profile.error.name.control");
        }
        return null;
    }

    private String emailError(String email) {
        if (email.isEmpty()) {
            return null;
        }
        if (email.length() > MAX_EMAIL) {
            return views.t("devhost.profile.error.email.long", MAX_EMAIL, email.length());
        }
        if (!EMAIL.matcher(email).matches()) {
            return views.t("devhost.profile.error.email.invalid");
        }
        return null;
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private void render(HttpServletRequest req, HttpServletResponse resp, DevUser user, String fullName, String email,
                        String nameError, String emailError, String success) throws IOException {
        String heading = views.t("devhost.profile.title");
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(heading)).append("</h1>");
        if (success != null) {
            body.append(views.message("success", success));
        }
        if (nameError != null || emailError != null) {
            body.append(views.message("error", nameError != null ? nameError : emailError));
        }
        body.append("<form class=\"aui devhost-form devhost-profile\" method=\"post\" action=\"").append(host.contextPath())
                .append("/users/doeditmyprofile.action\">").append(views.tokenField(req))
                .append("<p><span class=\"devhost-field-label\">").append(Html.escape(views.t("devhost.username")))
                .append("</span> <span id=\"username\">").append(Html.escape(user.getName())).append("</span></p>")
                .append(field("fullName", "text", "name", views.t("devhost.profile.fullname"),
                        views.t("devhost.profile.fullname.help", MAX_NAME), fullName, MAX_NAME, true, nameError))
                .append(field("email", "email", "email", views.t("devhost.profile.email"),
                        views.t("devhost.profile.email.help", MAX_EMAIL), email, MAX_EMAIL, false, emailError))
                .append("<p><button type=\"submit\" id=\"confirm\" name=\"confirm\" class=\"aui-button aui-button-primary\">")
                .append(Html.escape(views.t("devhost.save"))).append("</button></p></form>");
        UiServlet.send(resp, nameError == null && emailError == null ? 200 : 400,
                host.layout().page(req, Layout.View.of(heading, body.toString())));
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private static String field(String id, String type, String autocomplete, String label, String help, String value,
                                int maxLength, boolean required, String error) {
        StringBuilder out = new StringBuilder("<p><label for=\"").append(id).append("\">").append(Html.escape(label))
                .append("</label><input id=\"").append(id).append("\" name=\"").append(id).append("\" type=\"").append(type)
                .append("\" autocomplete=\"").append(autocomplete).append("\" maxlength=\"").append(maxLength)
                .append('"');
        if (required) {
            out.append(" required");
        }
        out.append(" value=\"").append(Html.escape(value)).append("\" aria-describedby=\"").append(id).append("-help");
        if (error != null) {
            out.append(' ').append(id).append("-error\" aria-invalid=\"true");
        }
        out.append("\"><span id=\"").append(id).append("-help\" class=\"devhost-meta\">").append(Html.escape(help))
                .append("</span>");
        if (error != null) {
            out.append("<span id=\"").append(id).append("-error\" class=\"devhost-field-error\">").append(Html.escape(error))
                    .append("</span>");
        }
        return out.append("</p>").toString();
    }
}
