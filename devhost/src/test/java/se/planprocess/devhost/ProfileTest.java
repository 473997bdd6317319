package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.security.Passwords;
import se.planprocess.devhost.store.UserRecord;
import se.planprocess.devhost.store.UserStore;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.devhost.support.TestHosts;

/** The user's own profile page: the form, the atl_token, validation in the user's language, escaping, the stored name. */
class ProfileTest {
    private static final String PAYLOAD = "Kultur <img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script> & 'co'";
    private final Devhost host = TestHosts.shared();
    private final ObjectMapper json = new ObjectMapper();

    /** A user of its own for each test, so no other test sees a changed name. */
    private String newUser(String locale) {
        String username = "profil." + UUID.randomUUID().toString().substring(0, 8);
        new UserStore(host.database()).create(new UserRecord(username, username, "Profil Testsson",
                username + "@region.example", Passwords.hash("demo"), locale));
        return username;
    }

    @Test
    void headerUserName_linksToTheProfileForm_withTheTokenAndTheCurrentValues() {
        String user = newUser("sv");
        HttpSession session = HttpSession.loggedIn(host.baseUrl(), user);
        String dashboard = session.get("/dashboard.action").body();
        assertTrue(dashboard.contains("<a class=\"devhost-username\" id=\"user-menu-link\" href=\"/confluence/users/editmyprofile.action\""),
                dashboard);

        HttpResponse<String> form = session.get("/users/editmyprofile.action");
        assertEquals(200, form.statusCode());
        String body = form.body();
        assertTrue(body.contains("<h1>Redigera profil</h1>"), body);
        assertTrue(body.contains("action=\"/confluence/users/doeditmyprofile.action\""), body);
        assertTrue(body.contains("name=\"atl_token\" value=\"" + session.token() + "\""), body);
        assertTrue(body.contains("<label for=\"fullName\">Fullständigt namn</label>"), body);
        assertTrue(body.contains("name=\"fullName\" type=\"text\" autocomplete=\"name\" maxlength=\"255\" required value=\"Profil Testsson\""), body);
        assertTrue(body.contains("value=\"" + user + "@region.example\""), body);
    }

    @Test
    void anonymousVisitor_isSentToTheLoginPage() {
        HttpResponse<String> r = HttpSession.anonymous(host.baseUrl()).get("/users/editmyprofile.action");
        assertTrue(r.uri().getPath().endsWith("/login.action"), r.uri().toString());
        assertTrue(r.uri().getQuery().contains("os_destination=/confluence/users/editmyprofile.action"), r.uri().toString());
    }

    @Test
    void save_storesTheName_whichGetFullNameReturns_andEverythingIsEscapedWhereRendered() throws Exception {
        String user = newUser("sv");
        HttpSession session = HttpSession.loggedIn(host.baseUrl(), user);
        HttpResponse<String> saved = session.postForm("/users/doeditmyprofile.action", Map.of(
                "atl_token", session.token(), "fullName", "  " + PAYLOAD + "  ", "email", "ny@region.example"));
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.uri().toString().endsWith("/users/editmyprofile.action?saved=true"), saved.uri().toString());
        assertTrue(saved.body().contains("Profilen är sparad."));

        assertEquals(PAYLOAD, host.users().byUsername(user).orElseThrow().getFullName(), "trimmed, otherwise as typed");
        assertEquals("ny@region.example", host.users().byUsername(user).orElseThrow().getEmail());
        JsonNode me = json.readTree(HttpSession.basic(host.baseUrl(), user, "demo").get("/rest/fixture/1.0/me").body());
        assertEquals(PAYLOAD, me.get("fullName").asText(), "the plugin sees the new name from the next request on");

        String escaped = "Kultur &lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;&lt;script&gt;window.__pwned=2"
                + "&lt;/script&gt; &amp; &#39;co&#39;";
        assertTrue(saved.body().contains("value=\"" + escaped + "\""), "the form field");
        assertTrue(saved.body().contains("Inloggad som " + escaped + "</a>"), "the header");
        assertFalse(saved.body().contains("<script>window.__pwned"));
        assertFalse(saved.body().contains("<img src=x"));

        var page = host.pageService().create(host.users().byUsername(user).orElseThrow(), "EKONOMI", null,
                "Profilsida " + user, "<p>text</p>");
        String view = HttpSession.loggedIn(host.baseUrl(), "admin").get("/pages/viewpage.action?pageId=" + page.getId()).body();
        assertTrue(view.contains("Skapad av " + escaped), "the page's metadata for another user");
        assertFalse(view.contains("<script>window.__pwned"));
    }

    @Test
    void emptyOrTooLongName_isRefused_withAClearErrorInTheUsersLanguage_andNothingIsStored() {
        String swede = newUser("sv");
        HttpSession sv = HttpSession.loggedIn(host.baseUrl(), swede);
        HttpResponse<String> empty = sv.postForm("/users/editmyprofile.action", Map.of(
                "atl_token", sv.token(), "fullName", "   ", "email", swede + "@region.example"));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("role=\"alert\"><p>Ange ditt fullständiga namn.</p>"), empty.body());
        assertTrue(empty.body().contains("aria-describedby=\"fullName-help fullName-error\" aria-invalid=\"true\""), empty.body());

        HttpResponse<String> tooLong = sv.postForm("/users/editmyprofile.action", Map.of(
                "atl_token", sv.token(), "fullName", "x".repeat(256), "email", ""));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("Namnet får vara högst 255 tecken (nu 256)."), tooLong.body());
        assertTrue(tooLong.body().contains("value=\"" + "x".repeat(256) + "\""), "kept as typed, to correct it");

        HttpResponse<String> lineBreak = sv.postForm("/users/editmyprofile.action", Map.of(
                "atl_token", sv.token(), "fullName", "Rad ett\nRad två", "email", ""));
        assertEquals(400, lineBreak.statusCode());
        assertTrue(lineBreak.body().contains("Namnet får inte innehålla radbrytningar"), lineBreak.body());

        HttpResponse<String> badEmail = sv.postForm("/users/editmyprofile.action", Map.of(
                "atl_token", sv.token(), "fullName", "Giltigt Namn", "email", "<b>inte en adress"));
        assertEquals(400, badEmail.statusCode());
        assertTrue(badEmail.body().contains("Ange en giltig e-postadress"), badEmail.body());
        assertTrue(badEmail.body().contains("value=\"&lt;b&gt;inte en adress\""), badEmail.body());
        assertEquals("Profil Testsson", host.users().byUsername(swede).orElseThrow().getFullName());

        String english = newUser("en");
        HttpSession en = HttpSession.loggedIn(host.baseUrl(), english);
        HttpResponse<String> emptyEn = en.postForm("/users/editmyprofile.action", Map.of(
                "atl_token", en.token(), "fullName", "", "email", ""));
        assertEquals(400, emptyEn.statusCode());
        assertTrue(emptyEn.body().contains("Enter your full name."), emptyEn.body());
        HttpResponse<String> longEn = en.postForm("/users/editmyprofile.action", Map.of(
                "atl_token", en.token(), "fullName", "y".repeat(300), "email", ""));
        assertTrue(longEn.body().contains("The name may have at most 255 characters (it has 300)."), longEn.body());

        HttpResponse<String> exactly = en.postForm("/users/editmyprofile.action", Map.of(
                "atl_token", en.token(), "fullName", "z".repeat(255), "email", ""));
        assertEquals(200, exactly.statusCode());
        assertEquals("z".repeat(255), host.users().byUsername(english).orElseThrow().getFullName());
        assertEquals(null, host.users().byUsername(english).orElseThrow().getEmail(), "an empty e-mail is none");
    }

    @Test
    void postWithoutOrWithAWrongToken_isRefused_andNothingIsStored() {
        String user = newUser("sv");
        HttpSession session = HttpSession.loggedIn(host.baseUrl(), user);
        session.token();
        HttpResponse<String> none = session.postForm("/users/doeditmyprofile.action", Map.of("fullName", "Utan token"));
        assertEquals(403, none.statusCode());
        assertTrue(none.body().contains("Formuläret har gått ut"));
        HttpResponse<String> wrong = session.postForm("/users/doeditmyprofile.action",
                Map.of("atl_token", "0123456789abcdef0123456789abcdef", "fullName", "Fel token"));
        assertEquals(403, wrong.statusCode());
        assertEquals("Profil Testsson", host.users().byUsername(user).orElseThrow().getFullName());
    }
}
