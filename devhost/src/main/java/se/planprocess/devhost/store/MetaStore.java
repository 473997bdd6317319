package se.planprocess.devhost.store;

/** Small key/value facts about the data (for example whether the demo region was created). */
public final class MetaStore {
    private final Database db;

    public MetaStore(Database db) {
        this.db = db;
    }

    public String get(String key) {
        return db.queryOne("SELECT META_VALUE FROM DEVHOST_META WHERE META_KEY = ?", rs -> rs.getString(1), key);
    }

    public void put(String key, String value) {
        db.inTransaction(c -> {
            db.update("DELETE FROM DEVHOST_META WHERE META_KEY = ?", key);
            db.update("INSERT INTO DEVHOST_META (META_KEY, META_VALUE) VALUES (?,?)", key, value);
            return null;
        });
    }
}
