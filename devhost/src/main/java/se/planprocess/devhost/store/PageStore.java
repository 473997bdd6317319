package se.planprocess.devhost.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pages, their versions, labels, content properties and restrictions. */
public final class PageStore {
    public static final String VIEW = "view";
    public static final String EDIT = "edit";

    private final Database db;

    public PageStore(Database db) {
        this.db = db;
    }

    public long create(String spaceKey, Long parentId, String title, String body, String creator, Instant now) {
        long id = db.insert("INSERT INTO DEVHOST_PAGE (SPACE_KEY, PARENT_ID, TITLE, BODY, VERSION, CREATOR, LAST_MODIFIER,"
                        + " CREATED, MODIFIED, STATUS) VALUES (?,?,?,?,1,?,?,?,?,?)",
                spaceKey, parentId, title, body, creator, creator, now, now, PageRecord.CURRENT);
        db.update("INSERT INTO DEVHOST_PAGE_VERSION (PAGE_ID, VERSION, TITLE, BODY, MODIFIER, MODIFIED) VALUES (?,?,?,?,?,?)",
                id, 1, title, body, creator, now);
        return id;
    }

    public void update(long id, String title, String body, int version, String modifier, Instant now) {
        db.update("UPDATE DEVHOST_PAGE SET TITLE = ?, BODY = ?, VERSION = ?, LAST_MODIFIER = ?, MODIFIED = ? WHERE PAGE_ID = ?",
                title, body, version, modifier, now, id);
        db.update("INSERT INTO DEVHOST_PAGE_VERSION (PAGE_ID, VERSION, TITLE, BODY, MODIFIER, MODIFIED) VALUES (?,?,?,?,?,?)",
                id, version, title, body, modifier, now);
    }

    public void move(long id, String spaceKey, Long parentId) {
        db.update("UPDATE DEVHOST_PAGE SET SPACE_KEY = ?, PARENT_ID = ? WHERE PAGE_ID = ?", spaceKey, parentId, id);
    }

    public void setStatus(long id, String status) {
        db.update("UPDATE DEVHOST_PAGE SET STATUS = ? WHERE PAGE_ID = ?", status, id);
    }

    public void purge(long id) {
        db.update("DELETE FROM DEVHOST_PAGE_VERSION WHERE PAGE_ID = ?", id);
        db.update("DELETE FROM DEVHOST_LABEL WHERE PAGE_ID = ?", id);
        db.update("DELETE FROM DEVHOST_CONTENT_PROPERTY WHERE PAGE_ID = ?", id);
        db.update("DELETE FROM DEVHOST_RESTRICTION WHERE PAGE_ID = ?", id);
        db.update("UPDATE DEVHOST_PAGE SET PARENT_ID = NULL WHERE PARENT_ID = ?", id);
        db.update("DELETE FROM DEVHOST_PAGE WHERE PAGE_ID = ?", id);
    }

    public Optional<PageRecord> byId(long id) {
        return Optional.ofNullable(db.queryOne("SELECT * FROM DEVHOST_PAGE WHERE PAGE_ID = ?", PageStore::map, id));
    }

    public Optional<PageRecord> currentByTitle(String spaceKey, String title) {
        return Optional.ofNullable(db.queryOne("SELECT * FROM DEVHOST_PAGE WHERE SPACE_KEY = ? AND TITLE = ? AND STATUS = ?",
                PageStore::map, spaceKey, title, PageRecord.CURRENT));
    }

    public List<PageRecord> inSpace(String spaceKey, String status) {
        return db.query("SELECT * FROM DEVHOST_PAGE WHERE SPACE_KEY = ? AND STATUS = ? ORDER BY TITLE",
                PageStore::map, spaceKey, status);
    }

    /** Current pages, the most recently changed first, {@code limit} of them from {@code offset}. */
    public List<PageRecord> recentlyModified(int offset, int limit) {
        return db.query("SELECT * FROM DEVHOST_PAGE WHERE STATUS = ? ORDER BY MODIFIED DESC, PAGE_ID DESC"
                + " LIMIT ? OFFSET ?", PageStore::map, PageRecord.CURRENT, limit, offset);
    }

    public List<PageRecord> children(long parentId) {
        return db.query("SELECT * FROM DEVHOST_PAGE WHERE PARENT_ID = ? AND STATUS = ? ORDER BY TITLE",
                PageStore::map, parentId, PageRecord.CURRENT);
    }

    /**
     * The pages with a label ({@code ?}), found through the label's index first: joined the other way, with a page
     * order to keep, H2 walks every page of the instance and looks each one's labels up.
     */
    private static final String LABELLED = "(SELECT PAGE_ID FROM DEVHOST_LABEL WHERE LABEL = ?) L"
            + " JOIN DEVHOST_PAGE P ON P.PAGE_ID = L.PAGE_ID";

    public List<PageRecord> withLabel(String label) {
        return db.query("SELECT P.* FROM " + LABELLED + " WHERE P.STATUS = ? ORDER BY P.TITLE", PageStore::map, label,
                PageRecord.CURRENT);
    }

    /** Current pages with the label, in page id order, {@code limit} from {@code offset} (a negative limit: all). */
    public List<PageRecord> withLabel(String label, int offset, int limit) {
        return db.query("SELECT P.* FROM " + LABELLED + " WHERE P.STATUS = ? ORDER BY P.PAGE_ID LIMIT ? OFFSET ?",
                PageStore::map, label, PageRecord.CURRENT, limit < 0 ? Integer.MAX_VALUE : limit, Math.max(0, offset));
    }

    public int countWithLabel(String label) {
        return db.queryOne("SELECT COUNT(*) FROM " + LABELLED + " WHERE P.STATUS = ?", rs -> rs.getInt(1), label,
                PageRecord.CURRENT);
    }

    /** Whether any page, current or not, carries the label (Confluence keeps a label while it labels anything). */
    public boolean labelExists(String label) {
        return db.queryOne("SELECT COUNT(*) FROM DEVHOST_LABEL WHERE LABEL = ?", rs -> rs.getInt(1), label) > 0;
    }

    public List<PageRecord> titleContains(String text) {
        return db.query("SELECT * FROM DEVHOST_PAGE WHERE LOWER(TITLE) LIKE ? AND STATUS = ? ORDER BY TITLE",
                PageStore::map, "%" + text.toLowerCase(java.util.Locale.ROOT) + "%", PageRecord.CURRENT);
    }

    public boolean addLabel(long pageId, String label) {
        if (labels(pageId).contains(label)) {
            return false;
        }
        db.update("INSERT INTO DEVHOST_LABEL (PAGE_ID, LABEL) VALUES (?,?)", pageId, label);
        return true;
    }

    public List<String> labels(long pageId) {
        return db.query("SELECT LABEL FROM DEVHOST_LABEL WHERE PAGE_ID = ? ORDER BY LABEL", rs -> rs.getString(1), pageId);
    }

    public void setProperty(long pageId, String key, String value) {
        db.inTransaction(c -> {
            db.update("DELETE FROM DEVHOST_CONTENT_PROPERTY WHERE PAGE_ID = ? AND PROP_KEY = ?", pageId, key);
            db.update("INSERT INTO DEVHOST_CONTENT_PROPERTY (PAGE_ID, PROP_KEY, PROP_VALUE) VALUES (?,?,?)", pageId, key, value);
            return null;
        });
    }

    public String property(long pageId, String key) {
        return db.queryOne("SELECT PROP_VALUE FROM DEVHOST_CONTENT_PROPERTY WHERE PAGE_ID = ? AND PROP_KEY = ?",
                rs -> rs.getString(1), pageId, key);
    }

    public void restrictToUser(long pageId, String kind, String userKey) {
        db.update("INSERT INTO DEVHOST_RESTRICTION (PAGE_ID, KIND, USER_KEY) VALUES (?,?,?)", pageId, kind, userKey);
    }

    public void restrictToGroup(long pageId, String kind, String group) {
        db.update("INSERT INTO DEVHOST_RESTRICTION (PAGE_ID, KIND, GROUP_NAME) VALUES (?,?,?)", pageId, kind, group);
    }

    /** A page restriction: exactly one of user key and group is set. */
    public record Restriction(String kind, String userKey, String group) {
    }

    public List<Restriction> restrictions(long pageId) {
        return db.query("SELECT KIND, USER_KEY, GROUP_NAME FROM DEVHOST_RESTRICTION WHERE PAGE_ID = ?",
                rs -> new Restriction(rs.getString(1), rs.getString(2), rs.getString(3)), pageId);
    }

    /** A page's place in the tree, without its body. */
    public record Node(long id, String spaceKey, Long parentId) {
    }

    /**
     * The pages (current or not) with these ids, by id, <em>without their bodies</em> ({@link PageRecord#body()} is
     * null: read it with {@link #body(long)} when it is needed); unknown ids are absent. A bounded number of queries.
     */
    public Map<Long, PageRecord> byIds(Collection<Long> ids) {
        Map<Long, PageRecord> found = new HashMap<>();
        db.queryIn("SELECT PAGE_ID, SPACE_KEY, PARENT_ID, TITLE, VERSION, CREATOR, LAST_MODIFIER, CREATED, MODIFIED,"
                        + " STATUS FROM DEVHOST_PAGE WHERE PAGE_ID IN (:values)", ids, PageStore::mapWithoutBody)
                .forEach(p -> found.put(p.id(), p));
        return found;
    }

    /** The nodes of these pages, by id, in a bounded number of queries (never one per page). */
    public Map<Long, Node> nodes(Collection<Long> ids) {
        Map<Long, Node> nodes = new HashMap<>();
        db.queryIn("SELECT PAGE_ID, SPACE_KEY, PARENT_ID FROM DEVHOST_PAGE WHERE PAGE_ID IN (:values)", ids, rs -> {
            long parent = rs.getLong(3);
            return new Node(rs.getLong(1), rs.getString(2), rs.wasNull() ? null : parent);
        }).forEach(n -> nodes.put(n.id(), n));
        return nodes;
    }

    /** The restrictions of these pages by page id (pages without any are absent), in a bounded number of queries. */
    public Map<Long, List<Restriction>> restrictions(Collection<Long> ids) {
        Map<Long, List<Restriction>> byPage = new HashMap<>();
        db.queryIn("SELECT PAGE_ID, KIND, USER_KEY, GROUP_NAME FROM DEVHOST_RESTRICTION WHERE PAGE_ID IN (:values)", ids,
                        rs -> Map.entry(rs.getLong(1), new Restriction(rs.getString(2), rs.getString(3), rs.getString(4))))
                .forEach(e -> byPage.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byPage;
    }

    /** A page's stored body (null for an unknown page). */
    public String body(long id) {
        return db.queryOne("SELECT BODY FROM DEVHOST_PAGE WHERE PAGE_ID = ?", rs -> rs.getString(1), id);
    }

    private static PageRecord mapWithoutBody(ResultSet rs) throws SQLException {
        return map(rs, null);
    }

    private static PageRecord map(ResultSet rs) throws SQLException {
        return map(rs, rs.getString("BODY"));
    }

    private static PageRecord map(ResultSet rs, String body) throws SQLException {
        long parent = rs.getLong("PARENT_ID");
        Long parentId = rs.wasNull() ? null : parent;
        return new PageRecord(rs.getLong("PAGE_ID"), rs.getString("SPACE_KEY"), parentId, rs.getString("TITLE"),
                body, rs.getInt("VERSION"), rs.getString("CREATOR"), rs.getString("LAST_MODIFIER"),
                rs.getTimestamp("CREATED").toInstant(), rs.getTimestamp("MODIFIED").toInstant(), rs.getString("STATUS"));
    }
}
