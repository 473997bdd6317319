package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.confluence.pages.Page;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.security.DevUser;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.devhost.support.TestHosts;

class PageRenderingTest {
    private final Devhost host = TestHosts.shared();
    private final DevUser admin = host.users().byUsername("admin").orElseThrow();

    @Test
    void scriptAndEventHandlers_inTitleAndBody_areShownAsTextOrStripped() {
        String evil = "<script>alert(1)</script><img src=x onerror=alert(1)>";
        Page page = host.pageService().create(admin, "PUBLIK", null, "Titel " + evil,
                "<p>Text " + evil.replace("<", "&lt;").replace(">", "&gt;") + "</p>" + evil
                        + "<a href=\"javascript:alert(1)\">länk</a><p style=\"width: expression(alert(1))\">s</p>"
                        + "<iframe src=\"http://example.org\"></iframe>");
        String html = HttpSession.loggedIn(host.baseUrl(), "admin").get("/pages/viewpage.action?pageId=" + page.getId()).body();
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        assertTrue(doc.select("script").stream().noneMatch(s -> s.data().contains("alert(1)")), html);
        assertTrue(doc.select("[onerror]").isEmpty(), html);
        assertFalse(html.contains("<script>alert(1)"), html);
        assertFalse(html.contains("javascript:alert"), html);
        assertFalse(html.contains("expression("), html);
        assertFalse(html.contains("<iframe"), html);
        assertTrue(html.contains("Titel &lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("<img src=\"x\">"), html);
    }

    @Test
    void pluginMacro_rendersThroughItsTemplate_withEscapingAndItsWebResource() {
        Page page = host.pageService().create(admin, "PUBLIK", null, "Makro <b>test</b>",
                "<p><ac:structured-macro ac:name=\"fixture-hello\"><ac:parameter ac:name=\"name\">Världen</ac:parameter>"
                        + "</ac:structured-macro></p><ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"colour\">Green"
                        + "</ac:parameter><ac:parameter ac:name=\"title\">klar</ac:parameter></ac:structured-macro>"
                        + "<ac:structured-macro ac:name=\"fixture-fail\"/><ac:placeholder>Skriv här</ac:placeholder>");
        HttpSession session = HttpSession.loggedIn(host.baseUrl(), "admin");
        String html = session.get("/pages/viewpage.action?pageId=" + page.getId()).body();
        assertTrue(html.contains("<span class=\"fixture-hello\">Hej Världen! Makro &lt;b&gt;test&lt;/b&gt;|<em>display</em></span>"), html);
        assertTrue(html.contains("fixture-resources/fixture.js"), html);
        assertTrue(html.contains("fixture-wizard/fixture-wizard.js"), html);
        assertTrue(html.contains("aui-lozenge-success\">KLAR</span>"), html);
        assertTrue(html.contains("Trasigt &lt;b&gt;fel&lt;/b&gt;"), html);
        assertFalse(html.contains("Skriv här"), html);
        String pdf = session.get("/spaces/flyingpdf/pdfpageexport.action?pageId=" + page.getId()).body();
        assertTrue(pdf.contains("<em>pdf</em>"), pdf);
        assertFalse(pdf.contains("<script"), pdf);
        assertTrue(session.get("/exportword?pageId=" + page.getId()).body().contains("<em>word</em>"));
        assertEquals(200, session.get("/download/resources/se.planprocess.devhost.fixture:fixture-resources/fixture.js")
                .statusCode());
        assertEquals(200, session.get("/download/resources/se.planprocess.devhost.fixture/images/icon.png").statusCode());
    }

    @Test
    void editorPreview_rendersWithOutputTypePreview_andSavesNothing() {
        Page page = host.pageService().create(admin, "PUBLIK", null, "Förhandsgranskad", "<p>1</p>");
        HttpSession session = HttpSession.loggedIn(host.baseUrl(), "admin");
        var r = session.postForm("/pages/editpage.action", java.util.Map.of("atl_token", session.token(),
                "pageId", String.valueOf(page.getId()), "title", "Förhandsgranskad", "preview", "1",
                "content", "<ac:structured-macro ac:name=\"fixture-hello\"/>"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<em>preview</em>"), r.body());
        assertEquals(1, host.pages().byId(page.getId()).orElseThrow().version());
    }
}
