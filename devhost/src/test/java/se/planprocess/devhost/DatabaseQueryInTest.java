package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.planprocess.devhost.store.Database;
import se.planprocess.devhost.support.TestHosts;
import se.planprocess.hostao.EmbeddedPostgresDatabase;

/** {@code Database.queryIn}: the rows for every value, in one statement for numbers or texts, on H2 and PostgreSQL. */
class DatabaseQueryInTest {
    static Stream<String> urls() {
        return Stream.of("jdbc:h2:file:" + TestHosts.tempDir().resolve("q").toAbsolutePath(),
                EmbeddedPostgresDatabase.freshDatabaseUrl("devhost_query_in"));
    }

    @ParameterizedTest
    @MethodSource("urls")
    void manyNumbersAndTexts_inOneStatementEach_everyRowOnce(String url) {
        String user = url.startsWith("jdbc:postgresql:") ? "postgres" : "sa";
        String password = url.startsWith("jdbc:postgresql:") ? "postgres" : "";
        try (Database db = new Database(url, user, password)) {
            db.execute("CREATE TABLE QI (ID BIGINT PRIMARY KEY, NAME VARCHAR(20) NOT NULL, KIND VARCHAR(5) NOT NULL)");
            for (long id = 1; id <= 1200; id++) {
                db.update("INSERT INTO QI (ID, NAME, KIND) VALUES (?, ?, ?)", id, "n" + id, id % 2 == 0 ? "even" : "odd");
            }
            List<Long> wanted = new ArrayList<>();
            for (long id = 1200; id >= 1; id -= 2) {
                wanted.add(id); // 600 ids, more than one old chunk, in descending order
            }
            wanted.add(null);
            wanted.add(1200L);
            wanted.add(99_999L);
            long before = db.statements();
            List<Long> found = db.queryIn("SELECT ID FROM QI WHERE KIND = ? AND ID IN (:values) ORDER BY ID", wanted,
                    rs -> rs.getLong(1), "even");
            assertEquals(1, db.statements() - before, "one statement for 602 numbers");
            assertEquals(600, found.size());
            assertEquals(600, found.stream().distinct().count());
            assertEquals(2L, found.get(0));

            before = db.statements();
            List<String> names = db.queryIn("SELECT NAME FROM QI WHERE NAME IN (:values) ORDER BY ID",
                    Arrays.asList("n3", "n1", "n3", "nobody", "n'; DROP TABLE QI; --"), rs -> rs.getString(1));
            assertEquals(1, db.statements() - before);
            assertEquals(List.of("n1", "n3"), names);
            assertEquals(List.of(), db.queryIn("SELECT ID FROM QI WHERE ID IN (:values)", List.of(), rs -> 1));
        }
    }
}
