package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.devhost.support.TestHosts;

class RestartTest {
    @Test
    void restartWithTheSameData_keepsACreatedPage() {
        Path data = TestHosts.tempDir();
        long id;
        try (Devhost first = Devhost.start(TestHosts.options(data))) {
            id = first.pageService().create(first.users().byUsername("admin").orElseThrow(), "PUBLIK", null,
                    "Sida som överlever omstart", "<p>kvar</p>").getId();
        }
        try (Devhost second = Devhost.start(TestHosts.options(data))) {
            var page = HttpSession.loggedIn(second.baseUrl(), "admin").get("/pages/viewpage.action?pageId=" + id);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Sida som överlever omstart"));
        }
        try (Devhost reset = Devhost.start(TestHosts.options(data).withReset(true))) {
            assertTrue(reset.pages().byId(id).isEmpty());
        }
    }
}
