package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.event.api.EventListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.security.DevUser;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.devhost.support.TestHosts;

class PageEventsTest {
    private final Devhost host = TestHosts.shared();
    private final Recorder recorder = new Recorder();

    /** A test listener, registered on the host's EventPublisher like a plugin's. */
    public static final class Recorder {
        final List<PageEvent> events = new CopyOnWriteArrayList<>();

        @EventListener
        public void on(PageEvent event) {
            events.add(event);
        }

        @EventListener
        public void failing(PageUpdateEvent event) {
            throw new IllegalStateException("a failing listener must not stop the others");
        }
    }

    @AfterEach
    void unregister() {
        host.eventPublisher().unregister(recorder);
    }

    @Test
    void createUpdateMoveTrashRestorePurge_publishConfluencesEventsInOrder() {
        host.eventPublisher().register(recorder);
        DevUser admin = host.users().byUsername("admin").orElseThrow();
        long id = host.pageService().create(admin, "RUN", null, "Händelsesida", "<p>1</p>").getId();
        host.pageService().update(admin, id, "Händelsesida (ny titel)", "<p>2</p>");
        host.pageService().move(admin, id, "KULTUR");
        host.pageService().trash(admin, id);
        host.pageService().restore(admin, id);
        host.pageService().trash(admin, id);
        host.pageService().purge(admin, id);

        List<String> names = recorder.events.stream().map(e -> e.getClass().getSimpleName()).toList();
        assertEquals(List.of("PageCreateEvent", "PageUpdateEvent", "PageMoveEvent", "PageTrashedEvent",
                "PageRestoreEvent", "PageTrashedEvent", "PageRemoveEvent"), names);
        PageUpdateEvent update = (PageUpdateEvent) recorder.events.get(1);
        assertEquals("Händelsesida", update.getOriginalPage().getTitle());
        assertEquals("Händelsesida (ny titel)", update.getPage().getTitle());
        assertEquals("RUN", ((PageMoveEvent) recorder.events.get(2)).getOldSpace().getKey());
        assertEquals("KULTUR", recorder.events.get(2).getPage().getSpaceKey());
        assertTrue(recorder.events.get(3).getPage().isDeleted());
        assertTrue(host.pages().byId(id).isEmpty());
    }

    @Test
    void pluginListener_registeredInItsInitMethod_receivesTheEvents() {
        DevUser admin = host.users().byUsername("admin").orElseThrow();
        host.pageService().create(admin, "RUN", null, "Sida för pluginlyssnaren", "<p>x</p>");
        String events = HttpSession.basic(host.baseUrl(), "admin", "demo").get("/rest/fixture/1.0/events").body();
        assertTrue(events.contains("PageCreateEvent:Sida för pluginlyssnaren"), events);
    }

    @Test
    void editingThroughTheEditor_bumpsTheVersion_andPublishesOnePageUpdateEvent() {
        DevUser admin = host.users().byUsername("admin").orElseThrow();
        long id = host.pageService().create(admin, "RUN", null, "Redigerad sida", "<p>1</p>").getId();
        host.eventPublisher().register(recorder);
        HttpSession session = HttpSession.loggedIn(host.baseUrl(), "admin");
        var r = session.postForm("/pages/editpage.action", java.util.Map.of("atl_token", session.token(),
                "pageId", String.valueOf(id), "title", "Redigerad sida", "content", "<p>2</p>"));
        assertEquals(200, r.statusCode());
        assertEquals(2, host.pages().byId(id).orElseThrow().version());
        assertEquals(List.of("PageUpdateEvent"), recorder.events.stream().map(e -> e.getClass().getSimpleName()).toList());
        PageUpdateEvent update = (PageUpdateEvent) recorder.events.get(0);
        assertEquals("<p>1</p>", update.getOriginalPage().getBodyAsString());
        assertEquals(1, update.getOriginalPage().getVersion());
        assertEquals("<p>2</p>", update.getPage().getBodyAsString());
        assertEquals(2, update.getPage().getVersion());
    }
}
