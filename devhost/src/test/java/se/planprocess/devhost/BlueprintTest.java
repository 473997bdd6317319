package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.event.api.EventListener;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.store.PageRecord;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.devhost.support.TestHosts;

class BlueprintTest {
    private static final String ENDPOINT = "/rest/create-dialog/1.0/content-blueprint/create-content";
    private static final String ITEM = "se.planprocess.devhost.fixture:fixture-blueprint-item";
    private final Devhost host = TestHosts.shared();

    /** Records page events. */
    public static final class Recorder {
        final List<PageEvent> events = new CopyOnWriteArrayList<>();

        @EventListener
        public void on(PageEvent event) {
            events.add(event);
        }
    }

    private HttpResponse<String> create(String user, String space, String name) {
        return HttpSession.basic(host.baseUrl(), user, "demo").post(ENDPOINT, "application/json",
                "{\"spaceKey\":\"" + space + "\",\"webItemKey\":\"" + ITEM + "\",\"context\":{\"vName\":\"" + name + "\"}}",
                Map.of());
    }

    @Test
    void blueprint_createsThePageFromItsTemplate_withLabelAndEvents() {
        Recorder recorder = new Recorder();
        host.eventPublisher().register(recorder);
        try {
            HttpResponse<String> r = create("sekreterare.hsn", "HSN", "HSN <2026>");
            assertEquals(200, r.statusCode(), r.body());
            PageRecord page = host.pages().currentByTitle("HSN", "Rapport HSN <2026>").orElseThrow();
            assertTrue(page.body().contains("<p>Namn: HSN &lt;2026&gt;</p>"), page.body());
            assertTrue(page.body().contains("<h2>Sammanfattning</h2>"), page.body());
            assertTrue(page.body().contains("<p><strong>Klar</strong></p>"), page.body());
            assertTrue(!page.body().contains("at:declarations"), page.body());
            assertEquals(List.of("fixturerapport"), host.pages().labels(page.id()));
            assertEquals(List.of("PageCreateEvent", "BlueprintPageCreateEvent"),
                    recorder.events.stream().map(e -> e.getClass().getSimpleName()).toList());
            Map<String, Object> context = ((BlueprintPageCreateEvent) recorder.events.get(1)).getContext();
            assertEquals("HSN", context.get("spaceKey"));
            assertEquals("fixturerapport", context.get("templateLabel"));
            assertEquals("se.planprocess.devhost.fixture:fixture-blueprint", context.get("blueprintKey"));
        } finally {
            host.eventPublisher().unregister(recorder);
        }
    }

    @Test
    void existingTitle_isAClearError_andCreatesNothing() {
        assertEquals(200, create("admin", "RUN", "Dubblett").statusCode());
        int before = host.pages().inSpace("RUN", PageRecord.CURRENT).size();
        HttpResponse<String> second = create("admin", "RUN", "Dubblett");
        assertEquals(409, second.statusCode());
        assertTrue(second.body().contains("Rapport Dubblett"), second.body());
        assertEquals(before, host.pages().inSpace("RUN", PageRecord.CURRENT).size());
    }

    @Test
    void contextProviderError_isReported_andWithoutEditPermissionNothingIsCreated() {
        HttpResponse<String> error = create("admin", "RUN", "");
        assertEquals(400, error.statusCode());
        assertTrue(error.body().contains("Namnet <saknas>"), error.body());
        assertEquals(403, create("sekreterare.hsn", "KULTUR", "X").statusCode());
        assertEquals(403, HttpSession.basic(host.baseUrl(), "admin", "demo").post(ENDPOINT, "text/plain",
                "{}", Map.of()).statusCode());
    }
}
