package se.planprocess.hostao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

import java.sql.SQLException;
import java.util.Map;

/**
 * {@link ActiveObjects} over the real ORM's {@link EntityManager}, as Confluence's AO plugin provides it to a
 * plugin. {@link #executeInTransaction} runs in one JDBC transaction; a nested call joins the outer one.
 */
public final class EntityManagerActiveObjects implements ActiveObjects {
    /**
     * AO's own transactions default to SERIALIZABLE; Confluence runs a plugin's AO transactions in the host's
     * transaction at the database's default level, READ COMMITTED on PostgreSQL and H2. Do the same, unless the JVM
     * was told otherwise.
     */
    static {
        if (System.getProperty("ao.transaction.isolation.level") == null) {
            System.setProperty("ao.transaction.isolation.level", "TRANSACTION_READ_COMMITTED");
        }
    }

    private final EntityManager entityManager;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> Boolean.FALSE);

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        call(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return call(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return call(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return call(() -> entityManager.create(type, params));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        call(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... params) {
        return call(() -> entityManager.deleteWithSQL(type, criteria, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return call(() -> entityManager.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... params) {
        return call(() -> entityManager.find(type, criteria, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        call(() -> {
            entityManager.stream(type, query, callback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return call(() -> entityManager.count(type, query));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (inTransaction.get()) {
            return callback.doInTransaction();
        }
        try {
            inTransaction.set(Boolean.TRUE);
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() {
                    return callback.doInTransaction();
                }
            }.execute();
        } catch (SQLException e) {
            throw new AoException(e);
        } finally {
            inTransaction.remove();
        }
    }

    private static <T> T call(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new AoException(e);
        }
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T run() throws SQLException;
    }

    /** Unchecked wrapper, as the AO plugin wraps SQL failures in a runtime exception. */
    public static final class AoException extends RuntimeException {
        AoException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
