package se.planprocess.confluence.host;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserManager;
import se.planprocess.confluence.document.Actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The current user, what they may see and change, and the pages and spaces behind ids: every Confluence lookup the
 * app makes goes through here.
 */
public class ConfluenceAccess {
    /**
     * Members of this group are the process owner (ekonomistaben), as are Confluence administrators (SAL
     * {@code UserManager#isAdmin(UserKey)}).
     */
    public static final String PROCESS_OWNER_GROUP = "planprocess-ekonomistaben";

    private final PermissionManager permissions;
    private final PageManager pages;
    private final SpaceManager spaces;
    private final UserManager users;

    public ConfluenceAccess(PermissionManager permissions, PageManager pages, SpaceManager spaces, UserManager users) {
        this.permissions = permissions;
        this.pages = pages;
        this.spaces = spaces;
        this.users = users;
    }

    public Optional<ConfluenceUser> currentUser() {
        return Optional.ofNullable(AuthenticatedUserThreadLocal.get());
    }

    /** The current user as the author of a change; {@link Actor#SYSTEM} when nobody is logged in. */
    public Actor actor() {
        return currentUser()
                .map(u -> new Actor(u.getKey().getStringValue(), displayName(u), isProcessOwner(u)))
                .orElse(Actor.SYSTEM);
    }

    public boolean isProcessOwner(ConfluenceUser user) {
        return user != null && (users.isAdmin(user.getKey())
                || users.isUserInGroup(user.getKey(), PROCESS_OWNER_GROUP));
    }

    public boolean currentUserIsProcessOwner() {
        return currentUser().map(this::isProcessOwner).orElse(false);
    }

    /** A current page the current user may view. */
    public Optional<Page> viewablePage(long pageId) {
        AbstractPage page = pages.getAbstractPage(pageId);
        if (!(page instanceof Page) || !canView(page)) {
            return Optional.empty();
        }
        return Optional.of((Page) page);
    }

    /**
     * The current pages among these ids that the current user may view, by id, in one permission call
     * ({@code PermissionManager#getPermittedEntities}: space permission and page restrictions, as
     * {@code hasPermission} answers them for each page). Each page is loaded once; ids of other content are left out.
     */
    public Map<Long, Page> viewablePages(Collection<Long> pageIds) {
        List<Page> candidates = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(pageIds)) {
            if (pages.getAbstractPage(id) instanceof Page page) {
                candidates.add(page);
            }
        }
        Map<Long, Page> permitted = new LinkedHashMap<>();
        if (!candidates.isEmpty()) {
            for (Page page : permissions.<Page>getPermittedEntities(AuthenticatedUserThreadLocal.get(),
                    Permission.VIEW, candidates)) {
                permitted.put(page.getId(), page);
            }
        }
        return permitted;
    }

    /**
     * The keys (as given) of the existing spaces among these keys that the current user may view, in one permission
     * call; each distinct key is looked up once.
     */
    public Set<String> viewableSpaceKeys(Collection<String> spaceKeys) {
        Map<Space, String> requested = new java.util.IdentityHashMap<>();
        for (String key : new LinkedHashSet<>(spaceKeys)) {
            Space space = key == null ? null : spaces.getSpace(key);
            if (space != null) {
                requested.put(space, key);
            }
        }
        Set<String> permitted = new HashSet<>();
        if (!requested.isEmpty()) {
            for (Space space : permissions.<Space>getPermittedEntities(AuthenticatedUserThreadLocal.get(),
                    Permission.VIEW, new ArrayList<>(requested.keySet()))) {
                String key = requested.get(space);
                if (key != null) {
                    permitted.add(key);
                }
            }
        }
        return permitted;
    }

    /** Checks go through the {@code ConfluenceUser} overload: the {@code User} ones are gone in Confluence 10. */
    public boolean canView(Object pageOrSpace) {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return pageOrSpace != null && permissions.hasPermission(user, Permission.VIEW, pageOrSpace);
    }

    public boolean canEdit(Object pageOrSpace) {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return pageOrSpace != null && user != null && permissions.hasPermission(user, Permission.EDIT, pageOrSpace);
    }

    public boolean canViewSpace(String spaceKey) {
        return spaceKey != null && canView(spaces.getSpace(spaceKey));
    }

    public Optional<Space> viewableSpace(String spaceKey) {
        Space space = spaceKey == null ? null : spaces.getSpace(spaceKey);
        return canView(space) ? Optional.of(space) : Optional.empty();
    }

    /**
     * The key of the space with this key as Confluence spells it, whether or not the current user may view the
     * space; empty when there is no such space.
     */
    public Optional<String> existingSpaceKey(String spaceKey) {
        Space space = spaceKey == null ? null : spaces.getSpace(spaceKey);
        return space == null ? Optional.empty() : Optional.ofNullable(space.getKey());
    }

    /**
     * True when the space already has a page with this title, whether or not the current user may see it: Confluence
     * keeps page titles unique within a space ({@code PageManager.getPage(spaceKey, title)}).
     */
    public boolean pageTitleTaken(String spaceKey, String title) {
        return spaceKey != null && !spaceKey.isBlank() && title != null && pages.getPage(spaceKey, title) != null;
    }

    private static String displayName(ConfluenceUser user) {
        String name = user.getFullName();
        return name == null || name.isBlank() ? user.getName() : name;
    }
}
