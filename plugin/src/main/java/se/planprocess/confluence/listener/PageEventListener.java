package se.planprocess.confluence.listener;

import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.LogText;
import se.planprocess.confluence.report.blueprint.ReportContextProvider;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps registrations right: registers a report created from the blueprint (from the blueprint context, never from
 * the title), and follows title changes, moves to other spaces, trash, restore and purge. Registered with the
 * EventPublisher by its Spring bean's init-method.
 */
public class PageEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(PageEventListener.class);

    private final EventPublisher eventPublisher;
    private final DocumentService documents;
    private final ConfluenceAccess access;
    private final LabelManager labels;

    public PageEventListener(EventPublisher eventPublisher, DocumentService documents, ConfluenceAccess access,
                             LabelManager labels) {
        this.eventPublisher = eventPublisher;
        this.documents = documents;
        this.access = access;
        this.labels = labels;
    }

    public void register() {
        eventPublisher.register(this);
    }

    public void unregister() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onBlueprintPageCreated(BlueprintPageCreateEvent event) {
        Map<String, Object> context = event.getContext();
        Page page = event.getPage();
        if (context == null || page == null
                || !DocumentKind.FEEDBACK_REPORT.key().equals(context.get(ReportContextProvider.KIND))) {
            return;
        }
        Optional<Long> cycleId = number(context.get(ReportContextProvider.CYCLE_ID));
        if (cycleId.isEmpty()) {
            LOG.warn("Blueprint page {} has no cycle in its context; not registered", page.getId());
            return;
        }
        try {
            documents.register(page.getId(), page.getSpaceKey(), page.getTitle(), DocumentKind.FEEDBACK_REPORT,
                    cycleId.get(), number(context.get(ReportContextProvider.COMMITTEE_ID)).orElse(null),
                    String.valueOf(context.get(ReportContextProvider.TEMPLATE_VERSION)), access.actor());
            addLabel(page, "planprocess");
            Object cycleLabel = context.get(ReportContextProvider.CYCLE_LABEL);
            if (cycleLabel != null) {
                addLabel(page, cycleLabel.toString());
            }
        } catch (DocumentException e) {
            LOG.warn("Feedback report page {} not registered: {}", page.getId(), LogText.of(e.getMessage()));
        }
    }

    @EventListener
    public void onPageUpdated(PageUpdateEvent event) {
        Page page = event.getPage();
        if (page != null && documents.byPage(page.getId()).isPresent()) {
            documents.pageRenamed(page.getId(), page.getTitle(), access.actor());
        }
    }

    @EventListener
    public void onPageMoved(PageMoveEvent event) {
        Page page = event.getPage();
        if (page != null && event.getOldSpace() != null
                && !Objects.equals(event.getOldSpace().getKey(), page.getSpaceKey())) {
            documents.pageMoved(page.getId(), page.getSpaceKey(), access.actor());
        }
    }

    @EventListener
    public void onPageTrashed(PageTrashedEvent event) {
        if (event.getPage() != null) {
            documents.pageTrashed(event.getPage().getId(), access.actor());
        }
    }

    @EventListener
    public void onPageRestored(PageRestoreEvent event) {
        if (event.getPage() != null) {
            documents.pageRestored(event.getPage().getId(), access.actor());
        }
    }

    @EventListener
    public void onPagePurged(PageRemoveEvent event) {
        if (event.getPage() != null) {
            documents.pagePurged(event.getPage().getId());
        }
    }

    @EventListener
    public void onSpaceRemoved(SpaceRemoveEvent event) {
        if (event.getSpace() != null) {
            documents.spaceRemoved(event.getSpace().getKey());
        }
    }

    private void addLabel(Page page, String name) {
        try {
            labels.addLabel(page, new Label(name));
        } catch (RuntimeException e) {
            LOG.warn("Could not label page {} with {}", page.getId(), LogText.of(name), LogText.safe(e));
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
