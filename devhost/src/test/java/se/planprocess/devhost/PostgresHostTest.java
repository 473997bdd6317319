package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.java.ao.DatabaseProvider;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.devhost.support.TestHosts;
import se.planprocess.hostao.AoTablePrefix;
import se.planprocess.hostao.EmbeddedPostgresDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

class PostgresHostTest {
    @Test
    void hostStartsOnPostgresql_withItsTablesAndTheAoTables() {
        String url = EmbeddedPostgresDatabase.freshDatabaseUrl("devhost_it");
        try (Devhost host = Devhost.start(TestHosts.options(TestHosts.tempDir()).withDatabase(url, "postgres", "postgres"))) {
            assertTrue(host.database().isPostgres());
            assertEquals(200, HttpSession.loggedIn(host.baseUrl(), "ekonomi").get("/display/EKONOMI").statusCode());
            assertTrue(host.database().tablesStartingWith("AO_").stream()
                    .anyMatch(t -> t.equals(AoTablePrefix.prefixOf("se.planprocess.devhost.fixture") + "_AO_FIXTURE_ITEM")));
            var created = HttpSession.basic(host.baseUrl(), "admin", "demo")
                    .post("/rest/fixture/1.0/items", "application/json", "{\"name\":\"pg\"}", Map.of());
            assertEquals(200, created.statusCode(), created.body());
        }
    }

    /** Confluence hands Active Objects pooled connections; a new PostgreSQL connection per call costs milliseconds. */
    @Test
    void activeObjects_callAfterCall_useAPooledConnection() throws Exception {
        String url = EmbeddedPostgresDatabase.freshDatabaseUrl("devhost_pool");
        try (Devhost host = Devhost.start(TestHosts.options(TestHosts.tempDir()).withDatabase(url, "postgres", "postgres"))) {
            DatabaseProvider provider = ((EntityManagerActiveObjects) host.plugin().activeObjects()).entityManager()
                    .getProvider();
            Set<Integer> backends = new HashSet<>();
            for (int call = 0; call < 5; call++) {
                try (Connection connection = provider.getConnection();
                     Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("SELECT pg_backend_pid()")) {
                    rs.next();
                    backends.add(rs.getInt(1));
                }
            }
            assertEquals(1, backends.size(), "one server process, one connection, for five calls: " + backends);
        }
    }
}
