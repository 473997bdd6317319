package se.planprocess.devhost.security;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Confluence's REST XSRF rules for a non-GET request: a browser request (Origin or Referer present) from another
 * origin is refused; a form-like or missing content type needs {@code X-Atlassian-Token: no-check}.
 */
public final class XsrfRules {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> FORM_LIKE = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    private XsrfRules() {
    }

    /** The reason to refuse the request, or null when it passes. */
    public static String violation(String method, String contentType, String token, String origin, String referer,
                                   String requestOrigin) {
        if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return null;
        }
        String browserOrigin = origin != null ? origin : originOf(referer);
        if ((origin != null || referer != null) && !requestOrigin.equalsIgnoreCase(String.valueOf(browserOrigin))) {
            return "XSRF check failed: cross-origin request";
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if ((mediaType.isEmpty() || FORM_LIKE.contains(mediaType)) && !"no-check".equalsIgnoreCase(token)) {
            return "XSRF check failed";
        }
        return null;
    }

    private static String originOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
