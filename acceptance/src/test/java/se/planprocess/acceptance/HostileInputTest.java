package se.planprocess.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Script payloads in titles, bodies, comments and macro parameters render as text: no script runs, nothing is injected. */
class HostileInputTest {
    static final String TITLE_PAYLOAD = "Möte <script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">";
    static final String COMMENT_PAYLOAD = "<img src=x onerror=\"window.__pwned=3\"><b id=\"injected\">fet</b>";

    @BeforeAll
    static void browser() {
        Browser.assumeAvailable();
    }

    @Test
    void hostileTitleAndBody_renderAsText() {
        try (Session admin = Session.loginAs("admin")) {
            admin.open("/pages/createpage.action?spaceKey=EKONOMI");
            admin.find("#content-title").sendKeys(TITLE_PAYLOAD);
            WebElement content = admin.find("#wysiwygTextarea");
            admin.script("arguments[0].value = arguments[1];", content,
                    "<p>Text</p><script>window.__pwned=4</script><p><img src=\"x\" onerror=\"window.__pwned=5\" /></p>"
                            + "<p><a href=\"javascript:window.__pwned=6\" id=\"jslink\">länk</a></p>"
                            + "<ac:structured-macro ac:name=\"planprocess-status\"><ac:parameter ac:name=\"history\">"
                            + "&lt;script&gt;window.__pwned=7&lt;/script&gt;</ac:parameter></ac:structured-macro>");
            admin.saveEditor();

            assertEquals(TITLE_PAYLOAD, admin.text("#title-text"));
            assertFalse(admin.alertIsOpen());
            assertEquals(null, admin.script("return window.__pwned === undefined ? null : window.__pwned;"));
            assertTrue(admin.all(".wiki-content script").isEmpty());
            assertTrue(admin.all(".wiki-content [onerror]").isEmpty());
            assertTrue(admin.all("#jslink[href^='javascript']").isEmpty());
            String error = admin.text(".pp-error");
            assertTrue(error.contains("<script>window.__pwned=7</script>"), error);
            Browser.screenshot(admin.driver(), "07-hostile-page");
        }
    }

    @Test
    void hostileCommentInTheHistory_rendersAsText() throws Exception {
        ObjectMapper json = new ObjectMapper();
        long pageId = CreateDialog.report("ekonomi", "TAND", java.util.Map.of());
        HttpResponse<String> forward = Rest.postJson("ekonomi", "/rest/planprocess/1.0/documents/" + pageId + "/status",
                "{\"status\":\"prepared\",\"version\":1}");
        assertEquals(200, forward.statusCode(), forward.body());
        HttpResponse<String> back = Rest.postJson("ekonomi", "/rest/planprocess/1.0/documents/" + pageId + "/status",
                json.writeValueAsString(java.util.Map.of("status", "draft", "version", 2, "comment", COMMENT_PAYLOAD)));
        assertEquals(200, back.statusCode(), back.body());

        try (Session reader = Session.loginAs("ekonomi")) {
            reader.open("/pages/viewpage.action?pageId=" + pageId);
            reader.find(".pp-history summary").click();
            String history = reader.text(".pp-history");
            assertTrue(history.contains(COMMENT_PAYLOAD), history);
            assertTrue(reader.all("#injected").isEmpty());
            assertTrue(reader.all(".pp-history img").isEmpty());
            assertEquals(null, reader.script("return window.__pwned === undefined ? null : window.__pwned;"));
            assertFalse(reader.alertIsOpen());
        }
    }
}
