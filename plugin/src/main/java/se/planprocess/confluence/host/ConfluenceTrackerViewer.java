package se.planprocess.confluence.host;

import com.atlassian.confluence.pages.Page;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.tracker.TrackerViewer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The current user as a tracker viewer, for one request: committees through their spaces' view permission (one
 * without a space for the process owner only), documents through their pages' view permission, restrictions
 * included. Each list is answered in one permission call ({@link ConfluenceAccess#viewableSpaceKeys},
 * {@link ConfluenceAccess#viewablePages}). Remembers the paths of the pages it let through, so a tracker links them
 * without asking Confluence again.
 */
public final class ConfluenceTrackerViewer implements TrackerViewer {
    private final ConfluenceAccess access;
    private final Map<Long, String> pagePaths = new HashMap<>();
    private Boolean processOwner;

    public ConfluenceTrackerViewer(ConfluenceAccess access) {
        this.access = access;
    }

    @Override
    public List<Committee> visibleCommittees(List<Committee> committees) {
        Set<String> viewable = access.viewableSpaceKeys(committees.stream().map(Committee::spaceKey)
                .filter(Objects::nonNull).toList());
        return committees.stream()
                .filter(c -> c.spaceKey() == null ? processOwner() : viewable.contains(c.spaceKey()))
                .toList();
    }

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

    /** Asked only when a committee has no space: two SAL calls, once per viewer. */
    private boolean processOwner() {
        if (processOwner == null) {
            processOwner = access.currentUserIsProcessOwner();
        }
        return processOwner;
    }
}
