package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.planprocess.devhost.store.PageRecord;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.devhost.support.TestHosts;

class RestrictionTest {
    private final Devhost host = TestHosts.shared();

    @Test
    void restrictedSpacePage_isDeniedToOutsiders_andItsTitleAppearsNowhere() {
        long revisionHome = host.pages().inSpace("REVISION", PageRecord.CURRENT).get(0).id();
        host.pages().addLabel(revisionHome, "granskning");
        HttpSession extern = HttpSession.loggedIn(host.baseUrl(), "extern");
        assertEquals(404, extern.get("/pages/viewpage.action?pageId=" + revisionHome).statusCode());
        assertEquals(404, extern.get("/display/REVISION").statusCode());
        assertFalse(extern.get("/dashboard.action").body().contains("Revisionen"));
        assertFalse(extern.get("/label/granskning").body().contains("Revisionen"));
        assertFalse(extern.get("/dosearchsite.action?queryString=Revision").body().contains("Revisionen</a>"));

        HttpSession ekonomi = HttpSession.loggedIn(host.baseUrl(), "ekonomi");
        assertEquals(200, ekonomi.get("/pages/viewpage.action?pageId=" + revisionHome).statusCode());
        assertTrue(ekonomi.get("/label/granskning").body().contains("Revisionen</a>"));
    }

    @Test
    void pageViewRestriction_hidesThePageAndItsChildrenFromEveryoneNotListed() {
        PageRecord restricted = host.pages().currentByTitle("EKONOMI", "Budgetramar – arbetsmaterial").orElseThrow();
        var child = host.pageService().create(host.users().byUsername("ekonomi").orElseThrow(), "EKONOMI",
                restricted.id(), "Budgetramar – bilaga", "<p>bilaga</p>");
        HttpSession lasare = HttpSession.loggedIn(host.baseUrl(), "lasare");
        assertEquals(200, lasare.get("/display/EKONOMI").statusCode());
        assertEquals(404, lasare.get("/pages/viewpage.action?pageId=" + restricted.id()).statusCode());
        assertEquals(404, lasare.get("/pages/viewpage.action?pageId=" + child.getId()).statusCode());
        assertFalse(lasare.get("/display/EKONOMI").body().contains("Budgetramar"));

        HttpSession ekonomi = HttpSession.loggedIn(host.baseUrl(), "ekonomi");
        assertEquals(200, ekonomi.get("/pages/viewpage.action?pageId=" + child.getId()).statusCode());
    }

    @Test
    void reader_canViewButNotEdit() {
        long hsnHome = host.pages().inSpace("HSN", PageRecord.CURRENT).stream()
                .filter(p -> p.parentId() == null).findFirst().orElseThrow().id();
        HttpSession lasare = HttpSession.loggedIn(host.baseUrl(), "lasare");
        assertEquals(200, lasare.get("/pages/viewpage.action?pageId=" + hsnHome).statusCode());
        assertEquals(404, lasare.get("/pages/editpage.action?pageId=" + hsnHome).statusCode());
        HttpSession secretary = HttpSession.loggedIn(host.baseUrl(), "sekreterare.hsn");
        assertEquals(200, secretary.get("/pages/editpage.action?pageId=" + hsnHome).statusCode());
    }
}
