package se.planprocess.devhost.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import se.planprocess.devhost.render.BundleI18nResolver;
import se.planprocess.devhost.render.CurrentLocale;
import se.planprocess.devhost.render.Html;

/**
 * The host's limit for request bodies it reads itself (forms, the create-content JSON): Jetty's documented default
 * {@code maxFormContentSize}, 200,000 bytes. A larger form, or a form Jetty cannot parse, is a 400 with a message in
 * the user's language (JSON under {@code /rest/}, else an HTML page), never a stack trace.
 */
public final class RequestLimits implements Filter {
    public static final int MAX_BODY_BYTES = 200_000;

    private final BundleI18nResolver hostText;
    private final ObjectMapper json = new ObjectMapper();

    public RequestLimits(BundleI18nResolver hostText) {
        this.hostText = hostText;
    }

    /** A body over {@link #MAX_BODY_BYTES}. */
    public static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("Request body over " + MAX_BODY_BYTES + " bytes");
        }
    }

    /** The whole body, or {@link TooLarge} (checked from Content-Length and while reading). */
    public static byte[] readBody(HttpServletRequest req) throws IOException {
        if (req.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new TooLarge();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = req.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BODY_BYTES) {
                    throw new TooLarge();
                }
            }
        }
        return out.toByteArray();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        boolean form = "POST".equals(req.getMethod()) && (type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/form-data"));
        if (form) {
            boolean tooLarge = req.getContentLengthLong() > MAX_BODY_BYTES;
            if (!tooLarge) {
                try {
                    req.getParameterMap();
                } catch (RuntimeException e) {
                    // Jetty refuses a form over its maxFormContentSize (or one it cannot parse) with an exception.
                    tooLarge = true;
                }
            }
            if (tooLarge) {
                refuse(req, resp);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String message = hostText.format(CurrentLocale.get(), "devhost.request.toolarge", MAX_BODY_BYTES);
        resp.setStatus(400);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Connection", "close");
        if (req.getRequestURI().startsWith(req.getContextPath() + "/rest/")) {
            resp.setContentType("application/json;charset=UTF-8");
            json.writeValue(resp.getOutputStream(), Map.of("status-code", 400, "message", message));
        } else {
            resp.setContentType("text/html;charset=UTF-8");
            String lang = CurrentLocale.get().getLanguage();
            resp.getWriter().write("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>"
                    + Html.escape(message) + "</title></head><body><main><h1>" + Html.escape(message)
                    + "</h1></main></body></html>");
        }
    }
}
