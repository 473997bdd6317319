package se.planprocess.confluence.ao;

import net.java.ao.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.planprocess.confluence.calendar.Revision;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The feed's event revisions on H2 and PostgreSQL: a new event starts at SEQUENCE 0, a moved one goes one up with a
 * new LAST-MODIFIED, an unchanged one keeps both however often the feed is fetched, and a feed of more events than
 * one query reads (500) gets every revision.
 */
class EventRevisionsTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final Instant FIRST = Instant.parse("2026-09-01T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-09-02T08:00:00Z");
    private static final Instant LATEST = Instant.parse("2026-09-03T08:00:00Z");

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void aMovedEvent_goesOneSequenceUp_andAnUnchangedOneKeepsItsRevision(AoTestDatabase database) {
        AoFixture db = AoFixture.on(database, DATABASES);
        AoEventRevisions target = new AoEventRevisions(db.ao);
        String moved = "cycle-" + db.newPageId() + "-deadline-d1@planprocess.se";
        String kept = "cycle-" + db.newPageId() + "-phase-p1@planprocess.se";

        Map<String, Revision> first = target.revise(Map.of(moved, "2026-09-26/2026-09-27",
                kept, "2026-05-14/2026-09-27"), FIRST);
        assertEquals(new Revision(0, FIRST), first.get(moved));
        assertEquals(new Revision(0, FIRST), first.get(kept));

        Map<String, Revision> again = target.revise(Map.of(moved, "2026-09-26/2026-09-27",
                kept, "2026-05-14/2026-09-27"), LATER);
        assertEquals(first, again, "nothing changed, nothing moves");

        Map<String, Revision> afterMove = target.revise(Map.of(moved, "2026-09-30/2026-10-01",
                kept, "2026-05-14/2026-09-27"), LATER);
        assertEquals(new Revision(1, LATER), afterMove.get(moved));
        assertEquals(new Revision(0, FIRST), afterMove.get(kept));
        assertEquals(new Revision(2, LATEST), target.revise(Map.of(moved, "2026-09-26/2026-09-27"), LATEST).get(moved),
                "moved back is another change");
        assertEquals(1, db.ao.count(AoCalendarItem.class, Query.select().where("EVENT_UID = ?", moved)));
    }

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void aFeedOfManyEvents_getsEveryRevision(AoTestDatabase database) {
        AoFixture db = AoFixture.on(database, DATABASES);
        AoEventRevisions target = new AoEventRevisions(db.ao);
        long base = db.newPageId();
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < AoEventRevisions.CHUNK + 30; i++) {
            many.put("cycle-" + base + "-milestone-m" + i + "@planprocess.se", "2026-01-01/2026-01-02");
        }
        assertEquals(many.size(), target.revise(many, FIRST).size());
        many.put("cycle-" + base + "-milestone-m7@planprocess.se", "2026-01-05/2026-01-06");
        Map<String, Revision> revised = target.revise(many, LATER);
        assertEquals(many.size(), revised.size());
        assertEquals(new Revision(1, LATER), revised.get("cycle-" + base + "-milestone-m7@planprocess.se"));
        assertEquals(new Revision(0, FIRST), revised.get("cycle-" + base + "-milestone-m8@planprocess.se"));
    }
}
