package se.planprocess.confluence.fakes;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.PartialList;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.labels.Labelable;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.user.User;
import se.planprocess.confluence.host.ConfluenceAccess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spaces, pages, labels, space permissions and groups in memory, with the Confluence service interfaces the app uses:
 * view and edit are granted per space and user name, administrators by SAL's {@code isAdmin}; labels are global and
 * lower case, and content for a label is the current pages in id order. The
 * {@code com.atlassian.user.User} overloads of {@code PermissionManager} are gone in Confluence 10, so the fake
 * refuses them: a plugin call to one fails the test that makes it.
 */
public final class FakeConfluence implements PermissionManager, PageManager, SpaceManager, UserManager, LabelManager {
    private final Map<String, Integer> calls = new HashMap<>();
    private final Map<Long, Set<String>> viewRestrictions = new HashMap<>();
    private boolean withoutBulkPageLookup;

    private final Map<String, Space> spaces = new HashMap<>();
    private final Map<Long, Page> pages = new HashMap<>();
    private final Map<String, Set<String>> viewers = new HashMap<>();
    private final Map<String, Set<String>> editors = new HashMap<>();
    private final Set<String> administrators = new HashSet<>();
    private final Map<String, Set<String>> groups = new HashMap<>();
    private final Map<Long, Set<String>> labels = new HashMap<>();

    public Space space(String key) {
        return spaces.computeIfAbsent(key, k -> {
            Space space = new Space(k);
            space.setName("Space " + k);
            return space;
        });
    }

    public Page page(long id, String spaceKey, String title) {
        Page page = new Page();
        page.setId(id);
        page.setTitle(title);
        page.setSpace(space(spaceKey));
        page.setLabelSource(() -> labelsOf(id).stream().map(Label::new).toList());
        pages.put(id, page);
        return page;
    }

    /** A page with these labels. */
    public Page page(long id, String spaceKey, String title, String... pageLabels) {
        Page page = page(id, spaceKey, title);
        for (String label : pageLabels) {
            labels.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(label);
        }
        return page;
    }

    /** The page's labels, in the order added. */
    public List<String> labelsOf(long pageId) {
        return List.copyOf(labels.getOrDefault(pageId, Set.of()));
    }

    /** Moves the page to the trash (without any event, as while the app was not listening). */
    public void trash(long pageId) {
        pages.get(pageId).setDeleted(true);
        pages.get(pageId).setCurrent(false);
    }

    /** Purges the page (without any event). */
    public void purge(long pageId) {
        pages.remove(pageId);
        labels.remove(pageId);
    }

    @Override
    public int addLabel(Labelable content, Label label) {
        long id = ((ContentEntityObject) content).getId();
        return labels.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(label.getName()) ? 1 : 0;
    }

    @Override
    public Label getLabel(String name) {
        return labels.values().stream().anyMatch(l -> l.contains(name)) ? new Label(name) : null;
    }

    @Override
    public PartialList<ContentEntityObject> getContentForLabel(int offset, int maxResults, Label label) {
        List<ContentEntityObject> all = new ArrayList<>(pages.values().stream()
                .filter(p -> p.isCurrent() && labelsOf(p.getId()).contains(label.getName()))
                .sorted(java.util.Comparator.comparingLong(Page::getId))
                .toList());
        List<ContentEntityObject> slice = all.subList(Math.min(offset, all.size()),
                Math.min(offset + maxResults, all.size()));
        return new PartialList<>(all.size(), offset, slice);
    }

    @Override
    public Label getLabel(String labelName, com.atlassian.confluence.labels.Namespace namespace) {
        return null; // no space categories in this fake: FakeLabelManager has them
    }

    @Override
    public List<com.atlassian.confluence.spaces.Space> getSpacesWithLabel(Label label) {
        return List.of();
    }

    public FakeConfluence canView(String spaceKey, String... users) {
        viewers.computeIfAbsent(spaceKey, k -> new HashSet<>()).addAll(Set.of(users));
        return this;
    }

    public FakeConfluence canEdit(String spaceKey, String... users) {
        canView(spaceKey, users);
        editors.computeIfAbsent(spaceKey, k -> new HashSet<>()).addAll(Set.of(users));
        return this;
    }

    public FakeConfluence processOwner(String user) {
        groups.computeIfAbsent(ConfluenceAccess.PROCESS_OWNER_GROUP, g -> new HashSet<>()).add("key-" + user);
        return this;
    }

    /** A Confluence administrator (SAL {@code isAdmin}), by user name. */
    public FakeConfluence administrator(String user) {
        administrators.add("key-" + user);
        return this;
    }

    public ConfluenceAccess access() {
        return new ConfluenceAccess(this, this, this, this);
    }

    public static void loginAs(FakeUser user) {
        AuthenticatedUserThreadLocal.set(user);
    }

    @Override
    public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
        count("hasPermission");
        return permitted(user, permission, target);
    }

    private boolean permitted(ConfluenceUser user, Permission permission, Object target) {
        if (user == null) {
            return false;
        }
        String spaceKey = target instanceof Page page ? page.getSpaceKey()
                : target instanceof Space space ? space.getKey() : null;
        if (spaceKey == null) {
            return false;
        }
        Map<String, Set<String>> grants = permission == Permission.VIEW ? viewers
                : permission == Permission.EDIT ? editors : Map.of();
        if (!grants.getOrDefault(spaceKey, Set.of()).contains(user.getName())) {
            return false;
        }
        for (Page page = target instanceof Page p ? p : null; page != null; page = page.getParent()) {
            Set<String> allowed = viewRestrictions.get(page.getId());
            if (allowed != null && !allowed.contains(user.getName())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Confluence's contract (8.7.2 {@code DefaultPermissionManager}): the entities for which {@code hasPermission}
     * holds, in the given order; counted as one call.
     */
    @Override
    public <X> List<X> getPermittedEntities(ConfluenceUser user, Permission permission, List<? extends X> objects) {
        count("getPermittedEntities");
        List<X> permitted = new ArrayList<>();
        for (X entity : objects) {
            if (permitted(user, permission, entity)) {
                permitted.add(entity);
            }
        }
        return permitted;
    }

    /**
     * A view restriction on the page: only these users (who also need the space's view permission) see it and its
     * descendants.
     */
    public FakeConfluence restrictView(long pageId, String... users) {
        viewRestrictions.put(pageId, Set.of(users));
        return this;
    }

    /** A Confluence without {@code PageManager#getAbstractPages(Iterable)}: calling it is a linkage error. */
    public FakeConfluence withoutBulkPageLookup() {
        withoutBulkPageLookup = true;
        return this;
    }

    /** How often the code under test called this host method (by name: overloads together). */
    public int calls(String method) {
        return calls.getOrDefault(method, 0);
    }

    /** The host calls made so far, by method name. */
    public Map<String, Integer> calls() {
        return new java.util.TreeMap<>(calls);
    }

    /** Forgets the calls counted so far. */
    public void resetCalls() {
        calls.clear();
    }

    private void count(String method) {
        calls.merge(method, 1, Integer::sum);
    }

    @Override
    public boolean hasPermission(User user, Permission permission, Object target) {
        throw new UnsupportedOperationException("PermissionManager#hasPermission(User, …) is gone in Confluence 10");
    }

    @Override
    public boolean isConfluenceAdministrator(User user) {
        throw new UnsupportedOperationException("PermissionManager#isConfluenceAdministrator(User) is gone in Confluence 10");
    }

    @Override
    public AbstractPage getAbstractPage(long id) {
        count("getAbstractPage");
        return pages.get(id);
    }

    @Override
    public List<AbstractPage> getAbstractPages(Iterable<Long> ids) {
        count("getAbstractPages");
        if (withoutBulkPageLookup) {
            throw new NoSuchMethodError("com.atlassian.confluence.pages.PageManager.getAbstractPages(Ljava/lang/Iterable;)"
                    + "Ljava/util/List;");
        }
        List<AbstractPage> found = new ArrayList<>();
        for (Long id : ids) {
            Page page = pages.get(id);
            if (page != null) {
                found.add(page);
            }
        }
        return found;
    }

    @Override
    public Page getPage(String spaceKey, String title) {
        count("getPage");
        return pages.values().stream()
                .filter(p -> p.getSpaceKey().equals(spaceKey) && p.getTitle().equals(title))
                .findFirst().orElse(null);
    }

    @Override
    public Space getSpace(String spaceKey) {
        count("getSpace");
        return spaces.get(spaceKey);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        count("isUserInGroup");
        return userKey != null && groups.getOrDefault(group, Set.of()).contains(userKey.getStringValue());
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        count("isAdmin");
        return userKey != null && administrators.contains(userKey.getStringValue());
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return isAdmin(userKey);
    }
}
