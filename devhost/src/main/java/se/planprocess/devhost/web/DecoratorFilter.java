package se.planprocess.devhost.web;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import se.planprocess.devhost.render.DevPageBuilderService;

/**
 * Sitemesh's part for plugin servlets: an HTML answer whose head names a decorator
 * ({@code <meta name="decorator" content="atl.general">} or {@code atl.admin}) is put into the host's page (header,
 * landmarks, the web resources the servlet required while it rendered) with its {@code <title>} and the content of
 * its {@code <body>}; {@code atl.admin} adds Confluence administration's sidebar for an administrator. Any other
 * answer (JSON, a redirect, HTML without the meta tag) passes through unchanged, as Sitemesh leaves undecorated
 * content alone.
 */
public final class DecoratorFilter implements Filter {
    private static final Pattern DECORATOR = Pattern.compile(
            "<meta\\s+name=\"decorator\"\\s+content=\"([a-z.]+)\"\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Set<String> DECORATORS = Set.of("atl.general", "atl.admin");

    private final Layout layout;
    private final AdminSection admin;
    private final DevPageBuilderService pageBuilder;

    public DecoratorFilter(Layout layout, AdminSection admin, DevPageBuilderService pageBuilder) {
        this.layout = layout;
        this.admin = admin;
        this.pageBuilder = pageBuilder;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        Buffer buffer = new Buffer(resp);
        chain.doFilter(request, buffer);
        String html = buffer.text();
        String type = buffer.getContentType();
        Matcher decorator = DECORATOR.matcher(html);
        if (buffer.usedStream || type == null || !type.startsWith("text/html") || !decorator.find()
                || !DECORATORS.contains(decorator.group(1))) {
            buffer.release();
            return;
        }
        Matcher title = TITLE.matcher(html);
        Matcher body = BODY.matcher(html);
        String bodyHtml = body.find() ? body.group(1) : "";
        if ("atl.admin".equals(decorator.group(1)) && admin.mayAdminister(HostSession.user(req))) {
            bodyHtml = admin.withSidebar(bodyHtml);
        }
        // the title is already escaped HTML; the layout escapes its text again, so unescape the few entities
        String titleText = title.find() ? unescape(title.group(1).strip()) : "";
        String page = layout.page(req, new Layout.View(titleText, bodyHtml, null, null, null, pageBuilder.drain()));
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getWriter().write(page);
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** Holds what the servlet writes, so that it can be decorated. */
    private static final class Buffer extends HttpServletResponseWrapper {
        private final CharArrayWriter chars = new CharArrayWriter();
        private final PrintWriter writer = new PrintWriter(chars);
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private boolean usedStream;

        Buffer(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            usedStream = true;
            return new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    // blocking only
                }

                @Override
                public void write(int b) {
                    bytes.write(b);
                }
            };
        }

        String text() {
            writer.flush();
            return chars.toString();
        }

        /** Writes what was held, unchanged. */
        void release() throws IOException {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (usedStream) {
                bytes.writeTo(response.getOutputStream());
            } else if (chars.size() > 0) {
                response.getWriter().write(text());
            }
        }
    }
}
