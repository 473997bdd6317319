package se.planprocess.devhost.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client (cookies, form posts) or a Basic-auth client against a running host. */
public final class HttpSession {
    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"");

    private final String baseUrl;
    private final HttpClient client;
    private final String basic;

    private HttpSession(String baseUrl, String basic) {
        this.baseUrl = baseUrl;
        this.basic = basic;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public static HttpSession anonymous(String baseUrl) {
        return new HttpSession(baseUrl, null);
    }

    public static HttpSession basic(String baseUrl, String user, String password) {
        return new HttpSession(baseUrl, Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Logs in through the login form; returns the response after the redirect. */
    public static HttpSession loggedIn(String baseUrl, String user) {
        HttpSession session = anonymous(baseUrl);
        HttpResponse<String> r = session.postForm("/login.action", Map.of("os_username", user, "os_password", "demo"));
        if (r.statusCode() != 200 || !r.uri().getPath().endsWith("/dashboard.action")) {
            throw new IllegalStateException("Login as " + user + " failed: " + r.statusCode() + " " + r.uri());
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(builder(path).GET().build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(builder(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> post(String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder b = builder(path).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        return send(b.build());
    }

    public HttpResponse<String> delete(String path, Map<String, String> headers) {
        HttpRequest.Builder b = builder(path).DELETE();
        headers.forEach(b::header);
        return send(b.build());
    }

    /** The form token from a host page. */
    public String token() {
        Matcher m = TOKEN.matcher(get("/dashboard.action").body());
        if (!m.find()) {
            throw new IllegalStateException("No atl_token on the dashboard");
        }
        return m.group(1);
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (basic != null) {
            b.header("Authorization", "Basic " + basic);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
