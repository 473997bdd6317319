package se.planprocess.confluence.listener;

import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.host.ConfluenceAccess;

import java.util.Objects;
import java.util.Optional;

/**
 * Keeps registrations right: follows title changes, moves to other spaces, trash, restore and purge. Registered with
 * the EventPublisher by its Spring bean's init-method, together with the {@link BlueprintEventListener} when
 * Confluence's blueprint events are visible to the app (see {@link BlueprintEvents}).
 */
public class PageEventListener {
    private final EventPublisher eventPublisher;
    private final DocumentService documents;
    private final ConfluenceAccess access;
    private final LabelManager labels;
    private final CommitteeRepository committees;
    private Optional<Object> blueprintListener = Optional.empty();

    public PageEventListener(EventPublisher eventPublisher, DocumentService documents, CommitteeRepository committees,
                             ConfluenceAccess access, LabelManager labels) {
        this.committees = committees;
        this.eventPublisher = eventPublisher;
        this.documents = documents;
        this.access = access;
        this.labels = labels;
    }

    public void register() {
        eventPublisher.register(this);
        blueprintListener = BlueprintEvents.listener(documents, committees, access, labels);
        blueprintListener.ifPresent(eventPublisher::register);
    }

    public void unregister() {
        blueprintListener.ifPresent(eventPublisher::unregister);
        blueprintListener = Optional.empty();
        eventPublisher.unregister(this);
    }

    /** The blueprint listener registered by {@link #register()}, if Confluence's blueprint events are visible. */
    public Optional<Object> blueprintListener() {
        return blueprintListener;
    }

    /**
     * A save that kept the title is not looked up in the index: an update changes a document only by its title
     * (moves, trash and restore are events of their own), so most saves, of any page, cost no query. Whether the
     * title changed is Confluence's own test ({@code PageUpdateEvent#isTitleChanged}: the original page's title
     * against the page's, which its link refactoring on rename also relies on); without an original page it may
     * have changed, and the page is looked up.
     */
    @EventListener
    public void onPageUpdated(PageUpdateEvent event) {
        Page page = event.getPage();
        if (page != null && !keptItsTitle(event, page) && documents.byPage(page.getId()).isPresent()) {
            documents.pageRenamed(page.getId(), page.getTitle(), access.actor());
        }
    }

    private static boolean keptItsTitle(PageUpdateEvent event, Page page) {
        AbstractPage original = event.getOriginalPage();
        return original != null && original.getTitle() != null && original.getTitle().equals(page.getTitle());
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
}
