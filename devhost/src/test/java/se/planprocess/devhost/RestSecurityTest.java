package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.devhost.support.TestHosts;

class RestSecurityTest {
    private final String base = TestHosts.shared().baseUrl();

    @Test
    void anonymousCall_toAnUnannotatedResource_is401Json() {
        HttpResponse<String> r = HttpSession.anonymous(base).get("/rest/fixture/1.0/whoami");
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void loggedInCall_seesTheUserThroughAuthenticatedUserThreadLocal() {
        HttpResponse<String> r = HttpSession.basic(base, "ekonomi", "demo").get("/rest/fixture/1.0/whoami");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("{\"user\":\"ekonomi\"}", r.body());
    }

    @Test
    void textPlainPost_isRefusedWith403_unlessNoCheckTokenIsSent() {
        HttpSession admin = HttpSession.basic(base, "admin", "demo");
        assertEquals(403, admin.post("/rest/fixture/1.0/items", "text/plain", "{\"name\":\"x\"}", Map.of()).statusCode());
        assertEquals(403, admin.post("/rest/fixture/1.0/items", null, "{\"name\":\"x\"}", Map.of()).statusCode());
        assertEquals(403, admin.post("/rest/fixture/1.0/items", "application/x-www-form-urlencoded", "name=x", Map.of())
                .statusCode());
    }

    @Test
    void jsonPost_passes_butNotFromAnotherOrigin() {
        HttpSession admin = HttpSession.basic(base, "admin", "demo");
        HttpResponse<String> ok = admin.post("/rest/fixture/1.0/items", "application/json", "{\"name\":\"x\"}", Map.of());
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(403, admin.post("/rest/fixture/1.0/items", "application/json", "{\"name\":\"x\"}",
                Map.of("Origin", "http://evil.example")).statusCode());
        assertEquals(200, admin.post("/rest/fixture/1.0/items", "application/json", "{\"name\":\"y\"}",
                Map.of("Origin", base.replace("/confluence", ""))).statusCode());
    }

    @Test
    void servletModule_isServedUnderPluginsServlet_forLoggedInUsersOnly() {
        HttpResponse<String> r = HttpSession.basic(base, "lasare", "demo").get("/plugins/servlet/fixture/hello");
        assertEquals(200, r.statusCode());
        assertEquals("Hello servlet!", r.body());
        assertTrue(HttpSession.anonymous(base).get("/plugins/servlet/fixture/hello").uri().getPath().endsWith("/login.action"));
    }
}
