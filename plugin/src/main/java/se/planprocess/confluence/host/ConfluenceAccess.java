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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.planprocess.confluence.administration.ProcessSettings;
import se.planprocess.confluence.document.Actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
    private static final Logger LOG = LoggerFactory.getLogger(ConfluenceAccess.class);

    /**
     * The group an installation starts with: members of the process owner group (a setting,
     * {@link ProcessSettings#processOwnerGroup()}) are the process owner (ekonomistaben), as are Confluence
     * administrators (SAL {@code UserManager#isAdmin(UserKey)}).
     */
    public static final String PROCESS_OWNER_GROUP = ProcessSettings.DEFAULT_PROCESS_OWNER_GROUP;

    private final PermissionManager permissions;
    private final PageManager pages;
    private final SpaceManager spaces;
    private final UserManager users;
    private final ProcessSettings settings;
    private volatile boolean bulkPageLookupMissing;

    /** With the process owner group of the app's settings, read on every check. */
    public ConfluenceAccess(PermissionManager permissions, PageManager pages, SpaceManager spaces, UserManager users,
                            ProcessSettings settings) {
        this.permissions = permissions;
        this.pages = pages;
        this.spaces = spaces;
        this.users = users;
        this.settings = settings;
    }

    /** With the default process owner group ({@link #PROCESS_OWNER_GROUP}), for tests without settings. */
    public ConfluenceAccess(PermissionManager permissions, PageManager pages, SpaceManager spaces, UserManager users) {
        this(permissions, pages, spaces, users, null);
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
                || users.isUserInGroup(user.getKey(), processOwnerGroup()));
    }

    /** Whether the current user is a Confluence administrator (SAL {@code UserManager#isAdmin(UserKey)}). */
    public boolean currentUserIsAdministrator() {
        return currentUser().map(u -> users.isAdmin(u.getKey())).orElse(false);
    }

    /** The name of the process owner group, as the settings have it now. */
    public String processOwnerGroup() {
        return settings == null ? PROCESS_OWNER_GROUP : settings.processOwnerGroup();
    }

    public boolean currentUserIsProcessOwner() {
        return currentUser().map(this::isProcessOwner).orElse(false);
    }

    /** A current page the current user may view. */
    public Optional<Page> viewablePage(long pageId) {
        AbstractPage page = pages.getAbstractPage(pageId);
        if (!isCurrentPage(page) || !canView(page)) {
            return Optional.empty();
        }
        return Optional.of((Page) page);
    }

    /**
     * The current pages among these ids that the current user may view, by id: the answer {@link #viewablePage} gives
     * for each id, in one page call ({@code PageManager#getAbstractPages}) and one permission call
     * ({@code PermissionManager#getPermittedEntities}: space permission and page restrictions, inherited ones
     * included, as {@code hasPermission} answers them for each page). Other content and unknown ids are left out.
     */
    public Map<Long, Page> viewablePages(Collection<Long> pageIds) {
        return viewablePages(AuthenticatedUserThreadLocal.get(), pageIds);
    }

    /** {@link #viewablePages(Collection)} for this user instead of the current one (null: anonymous). */
    public Map<Long, Page> viewablePages(ConfluenceUser user, Collection<Long> pageIds) {
        Set<Long> ids = new LinkedHashSet<>(pageIds);
        ids.remove(null);
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Page> candidates = new ArrayList<>();
        for (AbstractPage page : load(ids)) {
            if (isCurrentPage(page) && ids.contains(page.getId())) {
                candidates.add((Page) page);
            }
        }
        Map<Long, Page> permitted = new LinkedHashMap<>();
        if (!candidates.isEmpty()) {
            for (Page page : permissions.<Page>getPermittedEntities(user, Permission.VIEW, candidates)) {
                permitted.put(page.getId(), page);
            }
        }
        return permitted;
    }

    /**
     * The keys (as given) of the existing spaces among these keys that the current user may view: the answer
     * {@link #canViewSpace} gives for each key, with each distinct key looked up once and one permission call for
     * all of them.
     */
    public Set<String> viewableSpaceKeys(Collection<String> spaceKeys) {
        return viewableSpaceKeys(AuthenticatedUserThreadLocal.get(), spaceKeys);
    }

    /** {@link #viewableSpaceKeys(Collection)} for this user instead of the current one (null: anonymous). */
    public Set<String> viewableSpaceKeys(ConfluenceUser user, Collection<String> spaceKeys) {
        Map<Space, String> requested = new IdentityHashMap<>();
        for (String key : new LinkedHashSet<>(spaceKeys)) {
            Space space = key == null ? null : spaces.getSpace(key);
            if (space != null) {
                requested.put(space, key);
            }
        }
        Set<String> permitted = new HashSet<>();
        if (!requested.isEmpty()) {
            for (Space space : permissions.<Space>getPermittedEntities(user, Permission.VIEW,
                    new ArrayList<>(requested.keySet()))) {
                String key = requested.get(space);
                if (key != null) {
                    permitted.add(key);
                }
            }
        }
        return permitted;
    }

    /** What the app tracks and links: a page (not a blog post), in its current version (not trashed). */
    private static boolean isCurrentPage(AbstractPage page) {
        return page instanceof Page && page.isCurrent();
    }

    /**
     * The content with these ids in one call. {@code getAbstractPages(Iterable)} is known from the 8.7.2 bytecode
     * only (docs/host-api.md); a Confluence without it answers the first call with a linkage error, and from then on
     * the pages are loaded one by one with {@code getAbstractPage(long)}, which 9.x and 10.x have.
     */
    private List<AbstractPage> load(Set<Long> ids) {
        if (!bulkPageLookupMissing) {
            try {
                return pages.getAbstractPages(ids);
            } catch (NoSuchMethodError | AbstractMethodError e) {
                bulkPageLookupMissing = true;
                LOG.warn("PageManager#getAbstractPages(Iterable) is not available in this Confluence;"
                        + " the tracker loads its pages one by one");
            }
        }
        List<AbstractPage> loaded = new ArrayList<>(ids.size());
        for (long id : ids) {
            AbstractPage page = pages.getAbstractPage(id);
            if (page != null) {
                loaded.add(page);
            }
        }
        return loaded;
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
