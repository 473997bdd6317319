package se.planprocess.devhost.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import se.planprocess.devhost.security.DevUser;

/** The logged-in user of a request and the session's form token ({@code atl_token}), as Confluence keeps them. */
public final class HostSession {
    static final String USER_ATTRIBUTE = "devhost.user";
    private static final String SESSION_USER = "devhost.userKey";
    private static final String SESSION_TOKEN = "devhost.atlToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private HostSession() {
    }

    public static DevUser user(HttpServletRequest req) {
        return (DevUser) req.getAttribute(USER_ATTRIBUTE);
    }

    static String sessionUserKey(HttpServletRequest req) {
        HttpSession session = req.getSession(false);
        return session == null ? null : (String) session.getAttribute(SESSION_USER);
    }

    static void logIn(HttpServletRequest req, DevUser user) {
        HttpSession old = req.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        req.getSession(true).setAttribute(SESSION_USER, user.getKey().getStringValue());
    }

    static void logOut(HttpServletRequest req) {
        HttpSession session = req.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** The form token of the session (created on first use). */
    public static String token(HttpServletRequest req) {
        HttpSession session = req.getSession(true);
        String token = (String) session.getAttribute(SESSION_TOKEN);
        if (token == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            token = HexFormat.of().formatHex(bytes);
            session.setAttribute(SESSION_TOKEN, token);
        }
        return token;
    }

    static boolean validToken(HttpServletRequest req) {
        HttpSession session = req.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(SESSION_TOKEN);
        String given = req.getParameter("atl_token");
        return expected != null && expected.equals(given);
    }
}
