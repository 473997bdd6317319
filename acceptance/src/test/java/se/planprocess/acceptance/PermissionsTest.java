package se.planprocess.acceptance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user who may not see a space sees no page, title or count of it: in the browser and through the app's REST API. */
class PermissionsTest {
    @BeforeAll
    static void browser() {
        Browser.assumeAvailable();
    }

    @Test
    void outsider_seesNeitherRestrictedSpacesNorTheirReports() {
        try (Session extern = Session.loginAs("extern")) {
            extern.open("/dashboard.action");
            String dashboard = extern.text("main");
            assertFalse(dashboard.contains("Revisionen"), dashboard);
            assertFalse(dashboard.contains("Återkopplingsrapport"), dashboard);
            extern.open("/label/aterkopplingsrapport");
            assertFalse(extern.text("main").contains("Återkopplingsrapport Regionplan"), extern.text("main"));
            extern.open("/display/REVISION");
            assertFalse(extern.text("main").contains("Revisorernas"));
            Browser.screenshot(extern.driver(), "08-outsider");
        }
    }

    @Test
    void restApi_answers404_forReportsTheUserCannotSee_andLeaksNoTitle() {
        HttpResponse<String> asFinance = Rest.get("ekonomi", "/rest/planprocess/1.0/reports/wizard?spaceKey=HSN");
        assertEquals(200, asFinance.statusCode());
        HttpResponse<String> labels = Rest.get("ekonomi", "/label/aterkopplingsrapport");
        String anyReportId = labels.body().replaceAll("(?s).*?pageId=(\\d+).*", "$1");
        HttpResponse<String> outsider = Rest.get("extern", "/rest/planprocess/1.0/documents/" + anyReportId);
        assertEquals(404, outsider.statusCode(), outsider.body());
        assertFalse(outsider.body().contains("Återkopplingsrapport"), outsider.body());
        HttpResponse<String> anonymous = Rest.get(null, "/rest/planprocess/1.0/documents/" + anyReportId);
        assertEquals(401, anonymous.statusCode());
        HttpResponse<String> admin = Rest.get("sekreterare.hsn", "/rest/planprocess/1.0/admin/cycles");
        assertEquals(403, admin.statusCode());
        assertTrue(admin.body().contains("behörighet"), admin.body());
    }
}
