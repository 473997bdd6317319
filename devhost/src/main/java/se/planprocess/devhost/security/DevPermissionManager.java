package se.planprocess.devhost.security;

import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.user.User;
import java.util.HashSet;
import java.util.List;
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

    private boolean permitted(User user, Permission permission, Object target) {
        Optional<DevUser> devUser = resolve(user);
        if (devUser.isEmpty() || permission == null) {
            return false;
        }
        DevUser u = devUser.get();
        if (target == null) {
            return permission == Permission.ADMINISTER ? isConfluenceAdministrator(u) : permission == Permission.VIEW;
        }
        if (target instanceof Space space) {
            return spacePermission(u, permission, space.getKey());
        }
        if (target instanceof SpaceContentEntityObject content) {
            Optional<PageRecord> record = pages.byId(content.getId());
            if (record.isEmpty()) {
                return false;
            }
            return pagePermission(u, permission, record.get());
        }
        return false;
    }

    @Override
    public boolean isConfluenceAdministrator(User user) {
        return resolve(user).map(u -> directory.isMember(u.getKey().getStringValue(), UserDirectory.ADMINISTRATORS))
                .orElse(false);
    }

    public boolean canViewSpace(DevUser user, String spaceKey) {
        return user != null && holds(user, spaceKey, SpaceStore.VIEWSPACE);
    }

    public boolean canEditSpace(DevUser user, String spaceKey) {
        return canViewSpace(user, spaceKey) && holds(user, spaceKey, SpaceStore.EDITSPACE);
    }

    public boolean canAdministerSpace(DevUser user, String spaceKey) {
        return canViewSpace(user, spaceKey) && holds(user, spaceKey, SpaceStore.SETSPACEPERMISSIONS);
    }

    public boolean canViewPage(DevUser user, PageRecord page) {
        if (user == null || !canViewSpace(user, page.spaceKey())) {
            return false;
        }
        Set<Long> seen = new HashSet<>();
        PageRecord current = page;
        while (current != null && seen.add(current.id())) {
            if (!restrictionsAllow(user, current.id(), PageStore.VIEW)) {
                return false;
            }
            current = current.parentId() == null ? null : pages.byId(current.parentId()).orElse(null);
        }
        return true;
    }

    public boolean canEditPage(DevUser user, PageRecord page) {
        return canViewPage(user, page) && holds(user, page.spaceKey(), SpaceStore.EDITSPACE)
                && restrictionsAllow(user, page.id(), PageStore.EDIT);
    }

    private boolean spacePermission(DevUser user, Permission permission, String spaceKey) {
        if (permission == Permission.VIEW || permission == Permission.EXPORT) {
            return canViewSpace(user, spaceKey);
        }
        if (permission == Permission.EDIT || permission == Permission.REMOVE) {
            return canEditSpace(user, spaceKey);
        }
        if (permission == Permission.ADMINISTER || permission == Permission.SET_PERMISSIONS) {
            return canAdministerSpace(user, spaceKey);
        }
        return false;
    }

    private boolean pagePermission(DevUser user, Permission permission, PageRecord page) {
        if (permission == Permission.VIEW || permission == Permission.EXPORT) {
            return canViewPage(user, page);
        }
        if (permission == Permission.EDIT || permission == Permission.REMOVE) {
            return canEditPage(user, page);
        }
        if (permission == Permission.ADMINISTER || permission == Permission.SET_PERMISSIONS) {
            return canViewPage(user, page) && canAdministerSpace(user, page.spaceKey());
        }
        return false;
    }

    private boolean holds(DevUser user, String spaceKey, String permission) {
        return spaces.holds(spaceKey, permission, user.getKey().getStringValue(), directory.groupsOf(user));
    }

    private boolean restrictionsAllow(DevUser user, long pageId, String kind) {
        List<PageStore.Restriction> list = pages.restrictions(pageId).stream().filter(r -> r.kind().equals(kind)).toList();
        if (list.isEmpty()) {
            return true;
        }
        String key = user.getKey().getStringValue();
        List<String> groups = directory.groupsOf(user);
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
}
