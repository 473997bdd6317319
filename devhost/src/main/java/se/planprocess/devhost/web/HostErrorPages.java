package se.planprocess.devhost.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers, for requests that never reach a servlet (a URI or headers too large, 414 and 431; a
 * URI Jetty will not route, 400). Under {@code /rest/}, and wherever Jetty could not keep the URI, they are JSON
 * ({@code status-code}, {@code message}) like the REST framework's errors; elsewhere Jetty's HTML page. Never a
 * stack trace.
 */
public final class HostErrorPages extends ErrorHandler {
    private final String restPrefix;
    private final ObjectMapper json = new ObjectMapper();

    public HostErrorPages(String contextPath) {
        this.restPrefix = contextPath + "/rest/";
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                 List<Charset> charsets, int code, String message, Throwable cause)
            throws IOException {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        // Jetty keeps no URI for a request it could not parse (a request line too long, a URI it will not route): it
        // stands in "/badMessage" or "/badURI". The host cannot tell a REST call then, and answers JSON.
        boolean unknown = path == null || path.isEmpty() || "/badMessage".equals(path) || "/badURI".equals(path);
        if (!unknown && !path.startsWith(restPrefix)) {
            return super.generateAcceptableResponse(request, response, callback, contentType, charsets, code, message,
                    null);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status-code", code);
        body.put("message", message == null ? "" : message);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=UTF-8");
        response.write(true, ByteBuffer.wrap(json.writeValueAsBytes(body)), callback);
        return true;
    }

    /**
     * The servlet context's error page (Jetty's ee8 handler), for errors raised before any servlet ran (an ambiguous
     * URI under {@code /rest/}): JSON too. Errors a servlet raised keep the servlet's own answer; no stack traces.
     */
    public static final class InContext extends org.eclipse.jetty.ee8.nested.ErrorHandler {
        private final String restPrefix;
        private final ObjectMapper json = new ObjectMapper();

        public InContext(String contextPath) {
            this.restPrefix = contextPath + "/rest/";
            setShowStacks(false);
            setShowServlet(false);
            setShowMessageInTitle(false);
        }

        @Override
        protected void generateAcceptableResponse(org.eclipse.jetty.ee8.nested.Request baseRequest,
                                                  javax.servlet.http.HttpServletRequest request,
                                                  javax.servlet.http.HttpServletResponse response, int code,
                                                  String message) throws IOException {
            boolean fromServlet = request.getAttribute("javax.servlet.error.servlet_name") != null;
            if (fromServlet || request.getRequestURI() == null || !request.getRequestURI().startsWith(restPrefix)) {
                super.generateAcceptableResponse(baseRequest, request, response, code, message);
                return;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status-code", code);
            body.put("message", message == null ? "" : message);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(json.writeValueAsBytes(body));
            baseRequest.setHandled(true);
        }
    }

    /** Bad messages before there is a request (for example a request line over the limit): no stack, no cause. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, org.eclipse.jetty.http.HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status-code", status);
        body.put("message", reason == null ? "" : reason);
        try {
            return ByteBuffer.wrap(json.writeValueAsBytes(body));
        } catch (IOException e) {
            return ByteBuffer.wrap(("{\"status-code\":" + status + "}").getBytes(StandardCharsets.UTF_8));
        }
    }
}
