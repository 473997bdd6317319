package se.planprocess.devhost.security;

import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.user.User;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.planprocess.devhost.store.PageRecord;
import se.planprocess.devhost.store.PageStore;
import se.planprocess.devhost.store.SpaceStore;

/**
 * Confluence's rules: space permissions per user or group, view restrictions inherited down the page tree, edit
 * restrictions on the page itself. Confluence administrators still need space permissions to see a space.
 * The {@code ConfluenceUser} overload (Confluence 8.8 and later) and the {@code User} overload (gone in 10.0, still
 * used by the host itself) decide alike.
 */
public final class DevPermissionManager implements PermissionManager {
    private final SpaceStore spaces;
    private final PageStore pages;
    private final UserDirectory directory;

    public DevPermissionManager(SpaceStore spaces, PageStore pages, UserDirectory directory) {
        this.spaces = spaces;
        this.pages = pages;
        this.directory = directory;
    }

    @Override
    public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
        return permitted(user, permission, target);
    }

    @Override
    public boolean hasPermission(User user, Permission permission, Object target) {
        return permitted(user, permission, target);
    }

    /**
     * Confluence's contract (8.7.2 {@code DefaultPermissionManager#getPermittedEntities}): the entities of the list
     * for which {@code hasPermission} holds, in the list's order. The answer for each entity comes from the same
     * rules as {@code hasPermission}; only the facts they read (the user's groups and space permissions, the pages'
     * places in the tree and their restrictions) are read for the whole list at once.
     */
    @Override
    public <X> List<X> getPermittedEntities(ConfluenceUser user, Permission permission, List<? extends X> entities) {
        Optional<DevUser> devUser = resolve(user);
        if (devUser.isEmpty() || permission == null || entities == null || entities.isEmpty()) {
            return new ArrayList<>();
        }
        Facts facts = new PreloadedFacts(devUser.get(), entities);
        List<X> permitted = new ArrayList<>();
        for (X entity : entities) {
            if (entity != null && decide(facts, devUser.get(), permission, entity)) {
                permitted.add(entity);
            }
        }
        return permitted;
    }

    private boolean permitted(User user, Permission permission, Object target) {
        Optional<DevUser> devUser = resolve(user);
        if (devUser.isEmpty() || permission == null) {
            return false;
        }
        DevUser u = devUser.get();
        if (target == null) {
            return false; // as Confluence: "If this object is null, the method will return false"
        }
        return decide(new StoreFacts(u), u, permission, target);
    }

    private boolean decide(Facts facts, DevUser user, Permission permission, Object target) {
        if (target instanceof Space space) {
            return spacePermission(facts, permission, space.getKey());
        }
        if (target instanceof SpaceContentEntityObject content) {
            PageStore.Node node = facts.node(content.getId());
            return node != null && pagePermission(facts, user, permission, node);
        }
        return false;
    }

    @Override
    public boolean isConfluenceAdministrator(User user) {
        return resolve(user).map(u -> directory.isMember(u.getKey().getStringValue(), UserDirectory.ADMINISTRATORS))
                .orElse(false);
    }

    /**
     * Confluence's global "Create Space(s)" permission ({@code hasCreatePermission(user, TARGET_APPLICATION,
     * Space.class)}), held through a group.
     */
    public boolean canCreateSpace(DevUser user) {
        return user != null && spaces.holdsGlobal(SpaceStore.CREATESPACE, directory.groupsOf(user));
    }

    public boolean canViewSpace(DevUser user, String spaceKey) {
        return user != null && new StoreFacts(user).holds(spaceKey, SpaceStore.VIEWSPACE);
    }

    public boolean canEditSpace(DevUser user, String spaceKey) {
        return user != null && spacePermission(new StoreFacts(user), Permission.EDIT, spaceKey);
    }

    public boolean canAdministerSpace(DevUser user, String spaceKey) {
        return user != null && spacePermission(new StoreFacts(user), Permission.ADMINISTER, spaceKey);
    }

    public boolean canViewPage(DevUser user, PageRecord page) {
        return user != null && canViewPage(new StoreFacts(user), user, node(page));
    }

    public boolean canEditPage(DevUser user, PageRecord page) {
        return user != null && canEditPage(new StoreFacts(user), user, node(page));
    }

    private static PageStore.Node node(PageRecord page) {
        return new PageStore.Node(page.id(), page.spaceKey(), page.parentId());
    }

    private boolean canViewPage(Facts facts, DevUser user, PageStore.Node page) {
        if (!facts.holds(page.spaceKey(), SpaceStore.VIEWSPACE)) {
            return false;
        }
        Set<Long> seen = new HashSet<>();
        PageStore.Node current = page;
        while (current != null && seen.add(current.id())) {
            if (!restrictionsAllow(facts, user, current.id(), PageStore.VIEW)) {
                return false;
            }
            current = current.parentId() == null ? null : facts.node(current.parentId());
        }
        return true;
    }

    private boolean canEditPage(Facts facts, DevUser user, PageStore.Node page) {
        return canViewPage(facts, user, page) && facts.holds(page.spaceKey(), SpaceStore.EDITSPACE)
                && restrictionsAllow(facts, user, page.id(), PageStore.EDIT);
    }

    private static boolean spacePermission(Facts facts, Permission permission, String spaceKey) {
        boolean view = facts.holds(spaceKey, SpaceStore.VIEWSPACE);
        if (permission == Permission.VIEW || permission == Permission.EXPORT) {
            return view;
        }
        if (permission == Permission.EDIT || permission == Permission.REMOVE) {
            return view && facts.holds(spaceKey, SpaceStore.EDITSPACE);
        }
        if (permission == Permission.ADMINISTER || permission == Permission.SET_PERMISSIONS) {
            return view && facts.holds(spaceKey, SpaceStore.SETSPACEPERMISSIONS);
        }
        return false;
    }

    private boolean pagePermission(Facts facts, DevUser user, Permission permission, PageStore.Node page) {
        if (permission == Permission.VIEW || permission == Permission.EXPORT) {
            return canViewPage(facts, user, page);
        }
        if (permission == Permission.EDIT || permission == Permission.REMOVE) {
            return canEditPage(facts, user, page);
        }
        if (permission == Permission.ADMINISTER || permission == Permission.SET_PERMISSIONS) {
            return canViewPage(facts, user, page) && spacePermission(facts, Permission.ADMINISTER, page.spaceKey());
        }
        return false;
    }

    private static boolean restrictionsAllow(Facts facts, DevUser user, long pageId, String kind) {
        List<PageStore.Restriction> list = facts.restrictions(pageId).stream().filter(r -> r.kind().equals(kind))
                .toList();
        if (list.isEmpty()) {
            return true;
        }
        String key = user.getKey().getStringValue();
        List<String> groups = facts.groups();
        return list.stream().anyMatch(r -> key.equals(r.userKey()) || (r.group() != null && groups.contains(r.group())));
    }

    private Optional<DevUser> resolve(User user) {
        if (user == null) {
            return Optional.empty();
        }
        if (user instanceof DevUser devUser) {
            return Optional.of(devUser);
        }
        return directory.byUsername(user.getName());
    }

    /** What the rules read; the single check reads it as it goes, the list check all at once. */
    private interface Facts {
        boolean holds(String spaceKey, String permission);

        PageStore.Node node(long pageId);

        List<PageStore.Restriction> restrictions(long pageId);

        List<String> groups();
    }

    /** Read from the stores when asked, as a single check does. */
    private final class StoreFacts implements Facts {
        private final DevUser user;
        private List<String> groups;

        StoreFacts(DevUser user) {
            this.user = user;
        }

        @Override
        public boolean holds(String spaceKey, String permission) {
            return spaceKey != null && spaces.holds(spaceKey, permission, user.getKey().getStringValue(), groups());
        }

        @Override
        public PageStore.Node node(long pageId) {
            return pages.byId(pageId).map(DevPermissionManager::node).orElse(null);
        }

        @Override
        public List<PageStore.Restriction> restrictions(long pageId) {
            return pages.restrictions(pageId);
        }

        @Override
        public List<String> groups() {
            if (groups == null) {
                groups = directory.groupsOf(user);
            }
            return groups;
        }
    }

    /**
     * Read for a whole list up front: the user's groups and space permissions (one query each), the pages and their
     * ancestors level by level (the pages themselves from the entities, which carry their space and parent), and their
     * restrictions: the number of queries grows with the depth of the page tree, not with the length of the list.
     */
    private final class PreloadedFacts implements Facts {
        private final List<String> groups;
        private final Set<String> held;
        private final Map<Long, PageStore.Node> nodes = new HashMap<>();
        private final Map<Long, List<PageStore.Restriction>> restrictions;

        PreloadedFacts(DevUser user, List<?> entities) {
            this.groups = directory.groupsOf(user);
            this.held = spaces.heldBy(user.getKey().getStringValue(), groups);
            Set<Long> wanted = new HashSet<>();
            for (Object entity : entities) {
                if (entity instanceof Page page && page.getSpace() != null) {
                    // the entity carries its space and parent, as a loaded Hibernate entity does
                    Page parent = page.getParent();
                    nodes.put(page.getId(), new PageStore.Node(page.getId(), page.getSpace().getKey(),
                            parent == null ? null : parent.getId()));
                } else if (entity instanceof SpaceContentEntityObject content) {
                    wanted.add(content.getId());
                }
            }
            for (PageStore.Node node : nodes.values()) {
                if (node.parentId() != null && !nodes.containsKey(node.parentId())) {
                    wanted.add(node.parentId());
                }
            }
            while (!wanted.isEmpty()) {
                Map<Long, PageStore.Node> level = pages.nodes(wanted);
                nodes.putAll(level);
                wanted = new HashSet<>();
                for (PageStore.Node node : level.values()) {
                    if (node.parentId() != null && !nodes.containsKey(node.parentId())) {
                        wanted.add(node.parentId());
                    }
                }
            }
            this.restrictions = nodes.isEmpty() ? Map.of() : pages.restrictions(nodes.keySet());
        }

        @Override
        public boolean holds(String spaceKey, String permission) {
            return spaceKey != null && held.contains(spaceKey + " " + permission);
        }

        @Override
        public PageStore.Node node(long pageId) {
            return nodes.get(pageId);
        }

        @Override
        public List<PageStore.Restriction> restrictions(long pageId) {
            return restrictions.getOrDefault(pageId, List.of());
        }

        @Override
        public List<String> groups() {
            return groups;
        }
    }
}
