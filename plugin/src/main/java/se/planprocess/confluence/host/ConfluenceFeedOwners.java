package se.planprocess.confluence.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import se.planprocess.confluence.calendar.FeedOwners;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.tracker.TrackerViewer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The owner of a feed link as Confluence knows them now: {@code UserAccessor#getUserByKey} (null for a removed user)
 * and {@code UserAccessor#isDeactivated}, then the same permission calls as the tracker's viewer, for that user
 * instead of the current one (a feed is fetched without a session).
 */
public final class ConfluenceFeedOwners implements FeedOwners {
    private final UserAccessor users;
    private final ConfluenceAccess access;

    public ConfluenceFeedOwners(UserAccessor users, ConfluenceAccess access) {
        this.users = users;
        this.access = access;
    }

    @Override
    public Optional<TrackerViewer> viewer(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return Optional.empty();
        }
        ConfluenceUser user = users.getUserByKey(new UserKey(userKey));
        if (user == null || users.isDeactivated(user)) {
            return Optional.empty();
        }
        return Optional.of(new Owner(user));
    }

    private final class Owner implements TrackerViewer {
        private final ConfluenceUser user;

        Owner(ConfluenceUser user) {
            this.user = user;
        }

        @Override
        public List<Committee> visibleCommittees(List<Committee> committees) {
            Set<String> viewable = access.viewableSpaceKeys(user, committees.stream().map(Committee::spaceKey)
                    .filter(Objects::nonNull).toList());
            boolean processOwner = committees.stream().anyMatch(c -> c.spaceKey() == null)
                    && access.isProcessOwner(user);
            return committees.stream()
                    .filter(c -> c.spaceKey() == null ? processOwner : viewable.contains(c.spaceKey()))
                    .toList();
        }

        @Override
        public List<TrackedDocument> visibleDocuments(List<TrackedDocument> documents) {
            Map<Long, ?> viewable = access.viewablePages(user, documents.stream().map(TrackedDocument::pageId)
                    .toList());
            return documents.stream().filter(d -> viewable.containsKey(d.pageId())).toList();
        }
    }
}
