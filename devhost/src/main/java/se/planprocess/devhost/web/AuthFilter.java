package se.planprocess.devhost.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import se.planprocess.devhost.render.DevPageBuilderService;
import se.planprocess.devhost.security.DevUser;
import se.planprocess.devhost.security.UserDirectory;

/**
 * Who is calling: HTTP Basic on any request, else the session. Sets AuthenticatedUserThreadLocal for the request
 * and resets it (and the page's required resources) afterwards. Wrong Basic credentials are refused with 401.
 */
public final class AuthFilter implements Filter {
    private final UserDirectory directory;
    private final DevPageBuilderService pageBuilder;

    public AuthFilter(UserDirectory directory, DevPageBuilderService pageBuilder) {
        this.directory = directory;
        this.pageBuilder = pageBuilder;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        req.setCharacterEncoding("UTF-8");
        DevUser user = null;
        String authorization = req.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<DevUser> basic = basic(authorization.substring(6).trim());
            if (basic.isEmpty()) {
                resp.setStatus(401);
                resp.setHeader("WWW-Authenticate", "Basic realm=\"Confluence\"");
                resp.setContentType("application/json;charset=UTF-8");
                resp.getWriter().write("{\"message\":\"Basic authentication failed\",\"status-code\":401}");
                return;
            }
            user = basic.get();
        } else {
            user = directory.byKey(HostSession.sessionUserKey(req)).orElse(null);
        }
        if (user == null && req.getRequestURI().startsWith(req.getContextPath() + "/plugins/servlet/")) {
            // Confluence 9: servlet modules without a security annotation are for logged-in users only
            resp.sendRedirect(req.getContextPath() + "/login.action?os_destination="
                    + java.net.URLEncoder.encode(req.getRequestURI().substring(req.getContextPath().length()),
                    StandardCharsets.UTF_8));
            return;
        }
        req.setAttribute(HostSession.USER_ATTRIBUTE, user);
        AuthenticatedUserThreadLocal.set(user);
        pageBuilder.drain();
        try {
            chain.doFilter(request, response);
        } finally {
            AuthenticatedUserThreadLocal.reset();
            pageBuilder.drain();
        }
    }

    private Optional<DevUser> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : directory.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
