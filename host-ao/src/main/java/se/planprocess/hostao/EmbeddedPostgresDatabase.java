package se.planprocess.hostao;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A real PostgreSQL server (binaries from Maven Central) for tests on any machine. Started once per JVM; a
 * failure to start is an error, never a skipped test.
 */
public final class EmbeddedPostgresDatabase {
    private static EmbeddedPostgres server;

    private EmbeddedPostgresDatabase() {
    }

    public static synchronized String jdbcUrl() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    /** A fresh database on the shared server, so test classes do not see each other's tables. */
    public static synchronized String freshDatabaseUrl(String name) {
        String base = jdbcUrl();
        try (var c = java.sql.DriverManager.getConnection(base, "postgres", "postgres");
             var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return base.replace("/postgres?", "/" + name + "?");
    }
}
