package se.planprocess.confluence.space.blueprint;

import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintCreateEvent;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.event.api.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.process.LogText;
import se.planprocess.confluence.space.CommitteeSpaces;
import se.planprocess.confluence.space.SpaceRefusal;

import java.util.Map;

/**
 * Registers a committee room's committee when Confluence has created the space. Confluence's create-content plugin
 * publishes {@code SpaceBlueprintCreateEvent} right after {@code SpaceManager#createSpace}, before the home page is
 * made from the template ({@code DefaultSpaceBlueprintService#createSpace}), with the create request's context (the
 * wizard's fields) and the creating user. A listener cannot undo the space: a refusal here (a request that did not
 * come through the wizard, which checks the same rules first) is logged, and no committee is written.
 */
public class SpaceBlueprintListener {
    private static final Logger LOG = LoggerFactory.getLogger(SpaceBlueprintListener.class);

    private final CommitteeSpaces spaces;
    private final ConfluenceAccess access;

    public SpaceBlueprintListener(CommitteeSpaces spaces, ConfluenceAccess access) {
        this.spaces = spaces;
        this.access = access;
    }

    @EventListener
    public void onSpaceBlueprintCreated(SpaceBlueprintCreateEvent event) {
        Space space = event.getSpace();
        Map<String, Object> context = event.getContext();
        if (space == null || context == null) {
            return;
        }
        try {
            spaces.register(space.getKey(), context, access.isProcessOwner(event.getCreator()))
                    .ifPresent(c -> LOG.info("Space {} registered as the space of committee {}",
                            LogText.of(space.getKey()), c.id()));
        } catch (SpaceRefusal e) {
            LOG.warn("Space {} was not registered as a committee's: {} ({})", LogText.of(space.getKey()),
                    e.messageKey(), e.field());
        } catch (InvalidValueException e) {
            LOG.warn("Space {} was not registered as a committee's: {}", LogText.of(space.getKey()),
                    LogText.of(e.getMessage()));
        }
    }
}
