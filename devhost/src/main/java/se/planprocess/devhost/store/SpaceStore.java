package se.planprocess.devhost.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Spaces and space permissions (VIEWSPACE, EDITSPACE, SETSPACEPERMISSIONS for a user or a group). */
public final class SpaceStore {
    public static final String VIEWSPACE = "VIEWSPACE";
    public static final String EDITSPACE = "EDITSPACE";
    public static final String SETSPACEPERMISSIONS = "SETSPACEPERMISSIONS";
    /** Confluence's global permission "Create Space(s)", granted to groups. */
    public static final String CREATESPACE = "CREATESPACE";

    private final Database db;

    public SpaceStore(Database db) {
        this.db = db;
    }

    public long create(String key, String name, String description, String creator, Instant created) {
        return db.insert("INSERT INTO DEVHOST_SPACE (SPACE_KEY, NAME, DESCRIPTION, CREATOR, CREATED) VALUES (?,?,?,?,?)",
                key, name, description, creator, created);
    }

    public void setHomePage(String key, long pageId) {
        db.update("UPDATE DEVHOST_SPACE SET HOME_PAGE_ID = ? WHERE SPACE_KEY = ?", pageId, key);
    }

    public Optional<SpaceRecord> byKey(String key) {
        return Optional.ofNullable(db.queryOne("SELECT * FROM DEVHOST_SPACE WHERE SPACE_KEY = ?", SpaceStore::map, key));
    }

    /** The spaces with these keys, by key; unknown keys are absent. A bounded number of queries. */
    public java.util.Map<String, SpaceRecord> byKeys(java.util.Collection<String> keys) {
        java.util.Map<String, SpaceRecord> found = new java.util.HashMap<>();
        db.queryIn("SELECT * FROM DEVHOST_SPACE WHERE SPACE_KEY IN (:values)", keys, SpaceStore::map)
                .forEach(s -> found.put(s.key(), s));
        return found;
    }

    public List<SpaceRecord> all() {
        return db.query("SELECT * FROM DEVHOST_SPACE ORDER BY NAME", SpaceStore::map);
    }

    /** Adds a category (a team label, stored lower-cased) to the space; false when it already has it. */
    public boolean addCategory(String spaceKey, String label) {
        if (db.queryOne("SELECT 1 FROM DEVHOST_SPACE_CATEGORY WHERE SPACE_KEY = ? AND LABEL = ?", rs -> Boolean.TRUE,
                spaceKey, label) != null) {
            return false;
        }
        db.update("INSERT INTO DEVHOST_SPACE_CATEGORY (SPACE_KEY, LABEL) VALUES (?,?)", spaceKey, label);
        return true;
    }

    /** Whether any space has the category. */
    public boolean categoryExists(String label) {
        return db.queryOne("SELECT COUNT(*) AS N FROM DEVHOST_SPACE_CATEGORY WHERE LABEL = ?",
                rs -> rs.getLong("N"), label) > 0;
    }

    /** The keys of the spaces with the category, in one query. */
    public List<String> keysWithCategory(String label) {
        return db.query("SELECT SPACE_KEY FROM DEVHOST_SPACE_CATEGORY WHERE LABEL = ? ORDER BY SPACE_KEY",
                rs -> rs.getString("SPACE_KEY"), label);
    }

    public void delete(String key) {
        db.update("DELETE FROM DEVHOST_SPACE_CATEGORY WHERE SPACE_KEY = ?", key);
        db.update("DELETE FROM DEVHOST_SPACE_PERMISSION WHERE SPACE_KEY = ?", key);
        db.update("DELETE FROM DEVHOST_SPACE WHERE SPACE_KEY = ?", key);
    }

    /** Grants a global permission (such as {@link #CREATESPACE}) to a group; false when it already has it. */
    public boolean grantGlobal(String permission, String group) {
        if (db.queryOne("SELECT 1 FROM DEVHOST_GLOBAL_PERMISSION WHERE PERMISSION = ? AND GROUP_NAME = ?",
                rs -> Boolean.TRUE, permission, group) != null) {
            return false;
        }
        db.update("INSERT INTO DEVHOST_GLOBAL_PERMISSION (PERMISSION, GROUP_NAME) VALUES (?,?)", permission, group);
        return true;
    }

    /** Whether one of the groups holds the global permission. */
    public boolean holdsGlobal(String permission, List<String> groups) {
        for (String group : groups) {
            if (db.queryOne("SELECT 1 FROM DEVHOST_GLOBAL_PERMISSION WHERE PERMISSION = ? AND GROUP_NAME = ?",
                    rs -> Boolean.TRUE, permission, group) != null) {
                return true;
            }
        }
        return false;
    }

    public void grantUser(String spaceKey, String permission, String userKey) {
        db.update("INSERT INTO DEVHOST_SPACE_PERMISSION (SPACE_KEY, PERMISSION, USER_KEY) VALUES (?,?,?)",
                spaceKey, permission, userKey);
    }

    public void grantGroup(String spaceKey, String permission, String group) {
        db.update("INSERT INTO DEVHOST_SPACE_PERMISSION (SPACE_KEY, PERMISSION, GROUP_NAME) VALUES (?,?,?)",
                spaceKey, permission, group);
    }

    /**
     * Every space permission the user holds directly or through one of the groups, as "SPACEKEY PERMISSION" strings:
     * one query, whatever the number of spaces.
     */
    public Set<String> heldBy(String userKey, List<String> groups) {
        StringBuilder sql = new StringBuilder("SELECT DISTINCT SPACE_KEY, PERMISSION FROM DEVHOST_SPACE_PERMISSION"
                + " WHERE USER_KEY = ?");
        Object[] params = new Object[groups.size() + 1];
        params[0] = userKey;
        if (!groups.isEmpty()) {
            sql.append(" OR GROUP_NAME IN (").append(String.join(",", Collections.nCopies(groups.size(), "?")))
                    .append(')');
            for (int i = 0; i < groups.size(); i++) {
                params[i + 1] = groups.get(i);
            }
        }
        return new HashSet<>(db.query(sql.toString(), rs -> rs.getString(1) + " " + rs.getString(2), params));
    }

    /** Whether the user holds the permission in the space directly or through one of the groups. */
    public boolean holds(String spaceKey, String permission, String userKey, List<String> groups) {
        if (db.queryOne("SELECT 1 FROM DEVHOST_SPACE_PERMISSION WHERE SPACE_KEY = ? AND PERMISSION = ? AND USER_KEY = ?",
                rs -> Boolean.TRUE, spaceKey, permission, userKey) != null) {
            return true;
        }
        for (String group : groups) {
            if (db.queryOne("SELECT 1 FROM DEVHOST_SPACE_PERMISSION WHERE SPACE_KEY = ? AND PERMISSION = ? AND GROUP_NAME = ?",
                    rs -> Boolean.TRUE, spaceKey, permission, group) != null) {
                return true;
            }
        }
        return false;
    }

    private static SpaceRecord map(ResultSet rs) throws SQLException {
        long home = rs.getLong("HOME_PAGE_ID");
        Long homeId = rs.wasNull() ? null : home;
        return new SpaceRecord(rs.getLong("SPACE_ID"), rs.getString("SPACE_KEY"), rs.getString("NAME"),
                rs.getString("DESCRIPTION"), homeId, rs.getString("CREATOR"), rs.getTimestamp("CREATED").toInstant());
    }
}
