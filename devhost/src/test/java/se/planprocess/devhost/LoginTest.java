package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.devhost.support.TestHosts;

class LoginTest {
    private final String base = TestHosts.shared().baseUrl();

    @Test
    void login_withDemoPassword_opensTheDashboardWithTheUsersName() {
        HttpResponse<String> dashboard = HttpSession.loggedIn(base, "sekreterare.hsn").get("/dashboard.action");
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("Nämndsekreterare HSN"));
        assertTrue(dashboard.body().startsWith("<!DOCTYPE html>\n<html lang=\"sv\">"));
    }

    @Test
    void login_withWrongPassword_isRefused() {
        HttpResponse<String> r = HttpSession.anonymous(base)
                .postForm("/login.action", Map.of("os_username", "admin", "os_password", "fel"));
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("Fel användarnamn eller lösenord"));
    }

    @Test
    void basicAuth_withWrongPassword_isRefusedWith401() {
        assertEquals(401, HttpSession.basic(base, "admin", "fel").get("/dashboard.action").statusCode());
    }

    @Test
    void anonymousVisitor_isSentToTheLoginPage() {
        HttpResponse<String> r = HttpSession.anonymous(base).get("/dashboard.action");
        assertTrue(r.uri().getPath().endsWith("/login.action"), r.uri().toString());
    }

    @Test
    void englishUser_getsTheEnglishUi() {
        HttpResponse<String> r = HttpSession.loggedIn(base, "lasare").get("/dashboard.action");
        assertTrue(r.body().contains("<html lang=\"en\">"));
        assertTrue(r.body().contains("Logged in as"));
    }
}
