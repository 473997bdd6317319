package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.devhost.support.TestHosts;
import se.planprocess.hostao.AoTablePrefix;
import se.planprocess.hostao.EmbeddedPostgresDatabase;

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
}
