package se.planprocess.confluence.host;

import com.atlassian.confluence.pages.Page;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.tracker.TrackerViewer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The current user as a tracker viewer, for one request: a committee through its space's view permission (one
 * without a space for the process owner only), a document through its page's view permission, restrictions included.
 * Remembers the paths of the pages it let through, so a tracker links them without asking Confluence again.
 */
public final class ConfluenceTrackerViewer implements TrackerViewer {
    private final ConfluenceAccess access;
    private final boolean processOwner;
    private final Map<Long, String> pagePaths = new HashMap<>();

    public ConfluenceTrackerViewer(ConfluenceAccess access) {
        this.access = access;
        this.processOwner = access.currentUserIsProcessOwner();
    }

    @Override
    public boolean maySee(Committee committee) {
        return committee.spaceKey() == null ? processOwner : access.canViewSpace(committee.spaceKey());
    }

    @Override
    public boolean maySee(TrackedDocument document) {
        Optional<Page> page = access.viewablePage(document.pageId());
        page.ifPresent(p -> pagePaths.put(p.getId(), p.getUrlPath()));
        return page.isPresent();
    }

    /** The path (below the context path) of a page this viewer was allowed to see. */
    public Optional<String> pathOf(long pageId) {
        return Optional.ofNullable(pagePaths.get(pageId));
    }
}
