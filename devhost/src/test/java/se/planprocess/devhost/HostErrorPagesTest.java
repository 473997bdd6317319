package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.support.TestHosts;

/** Jetty's own answers under /rest/ (requests that reach no servlet) are JSON, without a stack trace. */
class HostErrorPagesTest {
    private final Devhost target = TestHosts.shared();

    private String raw(String requestHead) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", target.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertJsonError(String response, int status) {
        assertTrue(response.startsWith("HTTP/1.1 " + status), response);
        assertTrue(response.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"), response);
        assertTrue(response.contains("\"status-code\":" + status), response);
        assertFalse(response.contains("Exception"), response);
        assertFalse(response.contains("<html"), response);
    }

    @Test
    void aUriTooLong_underRest_isJson414() throws IOException {
        String response = raw("GET /confluence/rest/fixture/1.0/whoami?q=" + "a".repeat(20_000)
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertJsonError(response, 414);
    }

    @Test
    void headersTooLarge_underRest_areJson431() throws IOException {
        String response = raw("GET /confluence/rest/fixture/1.0/whoami HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                + "b".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertJsonError(response, 431);
    }

    @Test
    void aBadUri_underRest_isJson400() throws IOException {
        String response = raw("GET /confluence/rest/fixture/1.0/%2e%2e/%2e%2e/whoami HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");
        assertJsonError(response, 400);
    }

    @Test
    void aPagesPath_keepsJettysHtmlPage_withoutAStackTrace() throws IOException {
        String response = raw("GET /confluence/" + "%ZZ" + "/dashboard.action HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "X-Big: " + "c".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 4"), response);
        assertFalse(response.contains("Exception"), response);
        assertEquals(-1, response.indexOf("at org.eclipse"), response);
    }
}
