package se.planprocess.confluence.host;

import com.atlassian.confluence.pages.Page;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.tracker.TrackerViewer;

import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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

    /** All committees at once: each distinct space is looked up once, and one permission call answers for all. */
    @Override
    public List<Committee> visibleCommittees(List<Committee> committees) {
        Set<String> viewable = access.viewableSpaceKeys(committees.stream().map(Committee::spaceKey)
                .filter(Objects::nonNull).toList());
        return committees.stream()
                .filter(c -> c.spaceKey() == null ? processOwner : viewable.contains(c.spaceKey()))
                .toList();
    }

    /** All documents at once: each page is loaded once, and one permission call answers for all. */
    @Override
    public List<TrackedDocument> visibleDocuments(List<TrackedDocument> documents) {
        Map<Long, Page> viewable = access.viewablePages(documents.stream().map(TrackedDocument::pageId).toList());
        viewable.values().forEach(p -> pagePaths.put(p.getId(), p.getUrlPath()));
        return documents.stream().filter(d -> viewable.containsKey(d.pageId())).toList();
    }

    /** The path (below the context path) of a page this viewer was allowed to see. */
    public Optional<String> pathOf(long pageId) {
        return Optional.ofNullable(pagePaths.get(pageId));
    }
}
