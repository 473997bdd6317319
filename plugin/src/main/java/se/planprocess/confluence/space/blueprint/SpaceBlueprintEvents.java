package se.planprocess.confluence.space.blueprint;

import com.atlassian.event.api.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.space.CommitteeSpaces;

/**
 * Registers the {@link SpaceBlueprintListener} with the {@code EventPublisher} on start (init-method) when
 * Confluence's space-blueprint event is visible to the app: its package {@code createcontent.api.events} is exported
 * by the bundled create-content plugin and imported with {@code resolution:=optional}, as for the page-blueprint
 * event. Without it the app runs and committee rooms are made, but their committee is not registered.
 */
public class SpaceBlueprintEvents {
    static final String EVENT_CLASS =
            "com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintCreateEvent";
    private static final Logger LOG = LoggerFactory.getLogger(SpaceBlueprintEvents.class);

    private final EventPublisher eventPublisher;
    private final CommitteeSpaces spaces;
    private final ConfluenceAccess access;
    private Object listener;

    public SpaceBlueprintEvents(EventPublisher eventPublisher, CommitteeSpaces spaces, ConfluenceAccess access) {
        this.eventPublisher = eventPublisher;
        this.spaces = spaces;
        this.access = access;
    }

    public void register() {
        try {
            Class.forName(EVENT_CLASS, false, SpaceBlueprintEvents.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.warn("Planprocess: Confluence's space-blueprint event is not visible to the app ({}); committee rooms"
                    + " are created, but their committee is not registered. See the admin guide.",
                    e.getClass().getSimpleName());
            return;
        }
        listener = new SpaceBlueprintListener(spaces, access);
        eventPublisher.register(listener);
    }

    public void unregister() {
        if (listener != null) {
            eventPublisher.unregister(listener);
            listener = null;
        }
    }
}
