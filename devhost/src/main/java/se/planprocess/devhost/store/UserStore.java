package se.planprocess.devhost.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Users, groups and memberships. */
public final class UserStore {
    private final Database db;

    public UserStore(Database db) {
        this.db = db;
    }

    public void create(UserRecord user) {
        db.update("INSERT INTO DEVHOST_USER (USER_KEY, USERNAME, FULL_NAME, EMAIL, PASSWORD_HASH, LOCALE) VALUES (?,?,?,?,?,?)",
                user.key(), user.username(), user.fullName(), user.email(), user.passwordHash(), user.locale());
    }

    public Optional<UserRecord> byUsername(String username) {
        return Optional.ofNullable(db.queryOne("SELECT * FROM DEVHOST_USER WHERE USERNAME = ?", UserStore::map, username));
    }

    public Optional<UserRecord> byKey(String key) {
        return Optional.ofNullable(db.queryOne("SELECT * FROM DEVHOST_USER WHERE USER_KEY = ?", UserStore::map, key));
    }

    /** The users with these keys, by key; unknown keys are absent. A bounded number of queries. */
    public java.util.Map<String, UserRecord> byKeys(java.util.Collection<String> keys) {
        java.util.Map<String, UserRecord> found = new java.util.HashMap<>();
        db.queryIn("SELECT * FROM DEVHOST_USER WHERE USER_KEY IN (:values)", keys, UserStore::map)
                .forEach(u -> found.put(u.key(), u));
        return found;
    }

    public List<UserRecord> all() {
        return db.query("SELECT * FROM DEVHOST_USER ORDER BY USERNAME", UserStore::map);
    }

    public void setLocale(String userKey, String locale) {
        db.update("UPDATE DEVHOST_USER SET LOCALE = ? WHERE USER_KEY = ?", locale, userKey);
    }

    /** The user's own profile: full name and e-mail (null for none). */
    public void updateProfile(String userKey, String fullName, String email) {
        db.update("UPDATE DEVHOST_USER SET FULL_NAME = ?, EMAIL = ? WHERE USER_KEY = ?", fullName, email, userKey);
    }

    public void createGroup(String group) {
        db.update("INSERT INTO DEVHOST_GROUP (GROUP_NAME) VALUES (?)", group);
    }

    public boolean groupExists(String group) {
        return !db.query("SELECT GROUP_NAME FROM DEVHOST_GROUP WHERE GROUP_NAME = ?", rs -> rs.getString(1), group)
                .isEmpty();
    }

    public void addMember(String group, String userKey) {
        db.update("INSERT INTO DEVHOST_MEMBERSHIP (GROUP_NAME, USER_KEY) VALUES (?,?)", group, userKey);
    }

    public List<String> groupsOf(String userKey) {
        return db.query("SELECT GROUP_NAME FROM DEVHOST_MEMBERSHIP WHERE USER_KEY = ? ORDER BY GROUP_NAME",
                rs -> rs.getString(1), userKey);
    }

    public boolean isMember(String userKey, String group) {
        return db.queryOne("SELECT 1 FROM DEVHOST_MEMBERSHIP WHERE USER_KEY = ? AND GROUP_NAME = ?",
                rs -> Boolean.TRUE, userKey, group) != null;
    }

    private static UserRecord map(ResultSet rs) throws SQLException {
        return new UserRecord(rs.getString("USER_KEY"), rs.getString("USERNAME"), rs.getString("FULL_NAME"),
                rs.getString("EMAIL"), rs.getString("PASSWORD_HASH"), rs.getString("LOCALE"));
    }
}
