package se.planprocess.confluence.listener;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.event.api.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.planprocess.confluence.document.Actor;
import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.rebuild.IndexRebuild;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.kind.KindSpecification;
import se.planprocess.confluence.kind.PageRegistration;
import se.planprocess.confluence.kind.Scope;
import se.planprocess.confluence.process.Committee;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Registers a page created from one of the app's blueprints, from the blueprint context (never from the title), for
 * any kind whose specification has a {@link PageRegistration}: the context names the kind under the registration's
 * kind key, and the cycle, committee and template version under its other keys. The only class that names
 * Confluence's blueprint event, so that the rest of the app does not depend on it (see {@link BlueprintEvents}). The
 * context is the create request's map, into which the kind's context provider put the checked choices; a request for
 * another blueprint can carry the same keys, so the choices are checked again here.
 */
public class BlueprintEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(BlueprintEventListener.class);
    private static final Pattern LABEL = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");

    private final DocumentService documents;
    private final CommitteeRepository committees;
    private final ConfluenceAccess access;
    private final LabelManager labels;

    public BlueprintEventListener(DocumentService documents, CommitteeRepository committees, ConfluenceAccess access,
                                  LabelManager labels) {
        this.documents = documents;
        this.committees = committees;
        this.access = access;
        this.labels = labels;
    }

    @EventListener
    public void onBlueprintPageCreated(BlueprintPageCreateEvent event) {
        Map<String, Object> context = event.getContext();
        Page page = event.getPage();
        if (context == null || page == null) {
            return;
        }
        Optional<KindSpecification> kind = documents.kinds().registeredFromBlueprints().stream()
                .filter(s -> s.kind().key().equals(context.get(s.registration().kindKey())))
                .findFirst();
        if (kind.isEmpty()) {
            return;
        }
        KindSpecification specification = kind.get();
        PageRegistration registration = specification.registration();
        Optional<Long> cycleId = number(context.get(registration.cycleIdKey()));
        Optional<Long> committeeId = number(context.get(registration.committeeIdKey()));
        if (cycleId.isEmpty() || (committeeId.isEmpty() && specification.scope() == Scope.COMMITTEE)) {
            LOG.warn("Blueprint page {} has no cycle or committee in its context; not registered", page.getId());
            return;
        }
        Actor actor = access.actor();
        if (!actor.processOwner() && committeeId.isPresent() && !mayReportIn(committeeId.get(), page.getSpaceKey())) {
            LOG.warn("Blueprint page {} names a committee of another space; not registered", page.getId());
            return;
        }
        Object templateVersion = context.get(registration.templateVersionKey());
        try {
            documents.register(page.getId(), page.getSpaceKey(), page.getTitle(), specification.kind(),
                    cycleId.get(), committeeId.orElse(null),
                    templateVersion == null ? null : String.valueOf(templateVersion), actor);
        } catch (DocumentException e) {
            LOG.warn("Page {} of kind {} not registered: {}", page.getId(), specification.kind(), e.problem());
            return;
        }
        addLabel(page, IndexRebuild.APP_LABEL);
        // says the page's kind to an index rebuild, which never has to read the body of such a page
        addLabel(page, IndexRebuild.kindLabel(specification.kind()));
        Object cycleLabel = context.get(registration.cycleLabelKey());
        if (cycleLabel != null && LABEL.matcher(cycleLabel.toString()).matches()) {
            addLabel(page, cycleLabel.toString());
        }
    }

    /** The wizard's rule: an active committee, and the space's own committee when the space has one. */
    private boolean mayReportIn(long committeeId, String spaceKey) {
        boolean active = committees.findById(committeeId).filter(Committee::active).isPresent();
        return active && committees.findBySpaceKey(spaceKey).map(owner -> owner.id() == committeeId).orElse(true);
    }

    private void addLabel(Page page, String name) {
        try {
            labels.addLabel(page, new Label(name));
        } catch (RuntimeException e) {
            LOG.warn("Could not label page {}: {}", page.getId(), e.getClass().getSimpleName());
        }
    }

    private static Optional<Long> number(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.toString().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
