package se.planprocess.devhost.security;

import java.util.List;
import java.util.Optional;
import se.planprocess.devhost.store.UserRecord;
import se.planprocess.devhost.store.UserStore;

/** Authentication and user lookup over the user store. */
public final class UserDirectory {
    public static final String ADMINISTRATORS = "confluence-administrators";
    public static final String USERS = "confluence-users";
    /**
     * The host's form of a deactivated user (Confluence keeps a flag in its user directory): a member cannot log in,
     * and {@code UserAccessor#isDeactivated} answers true.
     */
    public static final String DEACTIVATED = "devhost-deactivated";

    private final UserStore users;

    public UserDirectory(UserStore users) {
        this.users = users;
    }

    public Optional<DevUser> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        return users.byUsername(username.trim())
                .filter(u -> Passwords.matches(password, u.passwordHash()))
                .filter(u -> !users.isMember(u.key(), DEACTIVATED))
                .map(DevUser::new);
    }

    public Optional<DevUser> byKey(String key) {
        return key == null ? Optional.empty() : users.byKey(key).map(DevUser::new);
    }

    /** The users with these keys, by key, in a bounded number of queries; unknown keys are absent. */
    public java.util.Map<String, DevUser> byKeys(java.util.Collection<String> keys) {
        java.util.Map<String, DevUser> found = new java.util.HashMap<>();
        users.byKeys(keys).forEach((key, record) -> found.put(key, new DevUser(record)));
        return found;
    }

    public Optional<DevUser> byUsername(String username) {
        return users.byUsername(username).map(DevUser::new);
    }

    public List<String> groupsOf(DevUser user) {
        return users.groupsOf(user.getKey().getStringValue());
    }

    /** Deactivates the user (see {@link #DEACTIVATED}). */
    public void deactivate(String userKey) {
        if (users.isMember(userKey, DEACTIVATED)) {
            return;
        }
        if (!users.groupExists(DEACTIVATED)) {
            users.createGroup(DEACTIVATED);
        }
        users.addMember(DEACTIVATED, userKey);
    }

    public boolean isMember(String userKey, String group) {
        return users.isMember(userKey, group);
    }

    public void setLocale(DevUser user, String locale) {
        users.setLocale(user.getKey().getStringValue(), locale);
    }

    /**
     * Stores the user's full name and e-mail as given (the caller validates them); from the next request on,
     * {@link DevUser#getFullName()} returns the new name.
     */
    public void updateProfile(DevUser user, String fullName, String email) {
        users.updateProfile(user.getKey().getStringValue(), fullName, email);
    }

    public String displayName(String userKey) {
        return userKey == null ? "" : users.byKey(userKey).map(UserRecord::fullName).orElse(userKey);
    }
}
