package se.planprocess.devhost.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The host's JDBC database (H2 or PostgreSQL). Each call borrows a connection of the host's own small pool;
 * {@link #inTransaction} commits once. {@link #pooledDataSource()} is the pool Active Objects gets, as Confluence
 * hands AO its application data source with pooled connections.
 */
public final class Database implements AutoCloseable {
    /** Enough for the host's request threads here; Confluence sizes its pool in confluence.cfg.xml. */
    static final int AO_POOL_SIZE = 10;

    private final String url;
    private final String user;
    private final String password;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final java.util.concurrent.ConcurrentLinkedDeque<Connection> idle = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final java.util.concurrent.atomic.AtomicLong statements = new java.util.concurrent.atomic.AtomicLong();

    /** The most values one {@link #queryIn} statement binds; a longer list takes one statement per chunk. */
    public static final int IN_CHUNK = 500;
    private HikariDataSource pool;

    public Database(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /**
     * How many SQL statements this database has run through its methods so far (queries, updates, inserts): tests use
     * it to check that a list is answered in a bounded number of statements, not in one per item.
     */
    public long statements() {
        return statements.get();
    }

    public boolean isPostgres() {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs work in one transaction (joins an outer one on this thread); commits before returning. */
    public <T> T inTransaction(Work<T> work) {
        Connection outer = current.get();
        if (outer != null) {
            try {
                return work.run(outer);
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
        Connection c = null;
        boolean healthy = false;
        try {
            c = borrow();
            c.setAutoCommit(false);
            current.set(c);
            try {
                T result = work.run(c);
                c.commit();
                healthy = true;
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                healthy = true;
                throw e;
            } finally {
                current.remove();
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        } finally {
            release(c, healthy);
        }
    }

    private Connection borrow() throws SQLException {
        Connection c = idle.pollFirst();
        return c != null ? c : DriverManager.getConnection(url, user, password);
    }

    private void release(Connection c, boolean healthy) {
        if (c == null) {
            return;
        }
        try {
            if (healthy && idle.size() < 8) {
                c.setAutoCommit(true);
                idle.addFirst(c);
            } else {
                c.close();
            }
        } catch (SQLException e) {
            // a broken connection is dropped
        }
    }

    /**
     * A HikariCP pool on this database, made on first use: at most {@value #AO_POOL_SIZE} connections, one kept idle,
     * auto-commit on, each connection's transaction state reset when it comes back (HikariCP does that).
     */
    public synchronized DataSource pooledDataSource() {
        if (pool == null) {
            HikariConfig config = new HikariConfig();
            config.setPoolName("devhost-ao");
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
            config.setMaximumPoolSize(AO_POOL_SIZE);
            config.setMinimumIdle(1);
            pool = new HikariDataSource(config);
        }
        return pool;
    }

    /** Closes the pool of {@link #pooledDataSource()}, if made; before an H2 file database shuts down. */
    public synchronized void closePooledDataSource() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }

    /** Closes the pooled connections. */
    @Override
    public void close() {
        closePooledDataSource();
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }

    public int update(String sql, Object... params) {
        return inTransaction(c -> {
            try (PreparedStatement s = prepare(c, sql, params)) {
                return s.executeUpdate();
            }
        });
    }

    public long insert(String sql, Object... params) {
        return inTransaction(c -> {
            statements.incrementAndGet();
            try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                bind(s, params);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("No generated key for " + sql);
                    }
                    return keys.getLong(1);
                }
            }
        });
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        return inTransaction(c -> {
            try (PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        });
    }

    /**
     * The rows of {@code sql} for all these values: the sql holds {@code (:values)} where the list goes
     * ({@code WHERE PAGE_ID IN (:values)}), after any other parameters. Numbers go in one statement as a literal list,
     * which H2 checks a row against in a hash set; texts as one array parameter ({@code = ANY(?)}, on H2 and
     * PostgreSQL). H2 checks each row it finds through the index against an {@code IN} list of parameters, and against
     * an array, value by value: 528 page ids cost milliseconds that way. Other values take one statement per
     * {@link #IN_CHUNK}. Null values match nothing; no statement for no values.
     */
    public <T> List<T> queryIn(String sql, java.util.Collection<?> values, RowMapper<T> mapper, Object... leading) {
        java.util.Set<Object> distinct = new java.util.LinkedHashSet<>(values);
        distinct.remove(null);
        if (distinct.isEmpty()) {
            return new ArrayList<>();
        }
        if (distinct.stream().allMatch(v -> v instanceof Long) && sql.contains(" IN (:values)")) {
            // numbers as a literal list: H2 keeps a constant IN list as a hash set, and a Long prints only digits
            StringBuilder list = new StringBuilder();
            for (Object value : distinct) {
                list.append(list.length() == 0 ? "" : ",").append(((Long) value).longValue());
            }
            return query(sql.replace("(:values)", "(" + list + ")"), mapper, leading);
        }
        String type = distinct.stream().allMatch(v -> v instanceof String) ? "varchar" : null;
        if (type != null && sql.contains(" IN (:values)")) {
            // one array parameter: H2 checks a row against a long IN list value by value
            String arraySql = sql.replace(" IN (:values)", " = ANY(?)");
            Object[] array = distinct.toArray();
            return inTransaction(c -> {
                statements.incrementAndGet();
                try (PreparedStatement s = c.prepareStatement(arraySql)) {
                    bind(s, leading);
                    s.setArray(leading.length + 1, c.createArrayOf(type, array));
                    try (ResultSet rs = s.executeQuery()) {
                        List<T> rows = new ArrayList<>();
                        while (rs.next()) {
                            rows.add(mapper.map(rs));
                        }
                        return rows;
                    }
                }
            });
        }
        List<?> all = List.copyOf(distinct);
        List<T> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<?> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            Object[] params = new Object[leading.length + chunk.size()];
            System.arraycopy(leading, 0, params, 0, leading.length);
            for (int i = 0; i < chunk.size(); i++) {
                params[leading.length + i] = chunk.get(i);
            }
            rows.addAll(query(sql.replace("(:values)",
                    "(" + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")"), mapper, params));
        }
        return rows;
    }

    public <T> T queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public void execute(String sql) {
        inTransaction(c -> {
            statements.incrementAndGet();
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }

    /** Table names (upper-cased) that start with one of the prefixes. */
    public List<String> tablesStartingWith(String... prefixes) {
        return inTransaction(c -> {
            List<String> names = new ArrayList<>();
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(null, isPostgres() ? "public" : "PUBLIC", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    for (String prefix : prefixes) {
                        if (name.toUpperCase(Locale.ROOT).startsWith(prefix.toUpperCase(Locale.ROOT))) {
                            names.add(name);
                        }
                    }
                }
            }
            return names;
        });
    }

    /** Drops the host's tables and the AO tables (for --reset on a server database). */
    public void dropTables(String... prefixes) {
        for (String table : tablesStartingWith(prefixes)) {
            execute("DROP TABLE \"" + table + "\" CASCADE");
        }
    }

    private PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        statements.incrementAndGet();
        PreparedStatement s = c.prepareStatement(sql);
        bind(s, params);
        return s;
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof java.time.Instant instant) {
                s.setTimestamp(i + 1, java.sql.Timestamp.from(instant));
            } else {
                s.setObject(i + 1, p);
            }
        }
    }

    /** Unchecked wrapper of SQL failures. */
    public static final class StoreException extends RuntimeException {
        StoreException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
