package se.planprocess.confluence.ao;

import net.java.ao.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.planprocess.confluence.calendar.CalendarToken;
import se.planprocess.confluence.calendar.CalendarTokens;
import se.planprocess.confluence.calendar.IssuedToken;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.Clocks.fixedAt;

/**
 * Calendar feed links through the real AO ORM on H2 and PostgreSQL: only the secret's hash is stored, a secret opens
 * exactly its own link, revoking deletes the row (only the owner's), a new link may revoke the others, the database
 * refuses a second row with the same hash, and a user has at most {@value CalendarTokens#MAX_PER_OWNER} links.
 */
class CalendarTokenStorageTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void aSecret_opensItsOwnLink_andIsNotStored(AoTestDatabase database) {
        AoFixture db = AoFixture.on(database, DATABASES);
        AoCalendarTokenRepository repository = new AoCalendarTokenRepository(db.ao);
        CalendarTokens tokens = new CalendarTokens(repository, fixedAt("2026-09-01T10:00:00+02:00"));
        String owner = "owner-" + db.newPageId();

        IssuedToken first = tokens.issue(owner, false);
        IssuedToken second = tokens.issue(owner, false);

        assertEquals(CalendarTokens.SECRET_LENGTH, first.secret().length());
        assertNotEquals(first.secret(), second.secret());
        assertEquals(first.token(), tokens.find(first.secret()).orElseThrow());
        assertEquals(second.token(), tokens.find(second.secret()).orElseThrow());
        assertEquals(Instant.parse("2026-09-01T08:00:00Z"), first.token().createdAt());
        assertEquals(List.of(first.token(), second.token()), tokens.of(owner));
        AoCalendarToken[] rows = db.ao.find(AoCalendarToken.class, Query.select().where("OWNER_KEY = ?", owner));
        assertEquals(2, rows.length);
        for (AoCalendarToken row : rows) {
            assertEquals(64, row.getSecretHash().length());
            assertFalse(row.getSecretHash().contains(first.secret()) || row.getSecretHash().contains(second.secret()));
        }
        String almost = first.secret().substring(0, CalendarTokens.SECRET_LENGTH - 1)
                + (first.secret().endsWith("A") ? "B" : "A");
        assertTrue(tokens.find(almost).isEmpty(), "a secret one character off");
        assertTrue(tokens.find(rows[0].getSecretHash()).isEmpty(), "the stored hash is no secret");
        assertTrue(tokens.find(first.secret() + "\r\n").isEmpty());
        assertTrue(tokens.find(null).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void revoking_deletesOnlyTheOwnersLink_andANewLinkMayRevokeTheOthers(AoTestDatabase database) {
        AoFixture db = AoFixture.on(database, DATABASES);
        CalendarTokens tokens = new CalendarTokens(new AoCalendarTokenRepository(db.ao),
                fixedAt("2026-09-01T10:00:00+02:00"));
        String owner = "owner-" + db.newPageId();
        String other = "other-" + db.newPageId();
        IssuedToken kept = tokens.issue(owner, false);
        IssuedToken revoked = tokens.issue(owner, false);
        IssuedToken others = tokens.issue(other, false);

        DocumentException foreign = assertThrows(DocumentException.class,
                () -> tokens.revoke(owner, others.token().id()));
        assertEquals(Problem.UNKNOWN_CALENDAR_LINK, foreign.problem());
        assertTrue(tokens.find(others.secret()).isPresent(), "another user's link is not revoked");

        tokens.revoke(owner, revoked.token().id());
        assertTrue(tokens.find(revoked.secret()).isEmpty());
        assertTrue(tokens.find(kept.secret()).isPresent());
        assertEquals(Problem.UNKNOWN_CALENDAR_LINK, assertThrows(DocumentException.class,
                () -> tokens.revoke(owner, revoked.token().id())).problem());

        IssuedToken replacing = tokens.issue(owner, true);
        assertTrue(tokens.find(kept.secret()).isEmpty(), "replaced");
        assertEquals(List.of(replacing.token()), tokens.of(owner));
        assertTrue(tokens.find(others.secret()).isPresent(), "only the owner's links are replaced");
    }

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void theDatabase_refusesASecondRowWithTheSameHash_andAUserHasAtMostTenLinks(AoTestDatabase database) {
        AoFixture db = AoFixture.on(database, DATABASES);
        AoCalendarTokenRepository repository = new AoCalendarTokenRepository(db.ao);
        String hash = "f".repeat(63) + (db.newPageId() % 10);
        repository.insert("a-" + hash, hash, Instant.EPOCH);
        assertThrows(RuntimeException.class, () -> repository.insert("b-" + hash, hash, Instant.EPOCH));
        assertEquals(1, db.ao.count(AoCalendarToken.class, Query.select().where("SECRET_HASH = ?", hash)));

        CalendarTokens tokens = new CalendarTokens(repository, fixedAt("2026-09-01T10:00:00+02:00"));
        String owner = "many-" + db.newPageId();
        for (int i = 0; i < CalendarTokens.MAX_PER_OWNER; i++) {
            tokens.issue(owner, false);
        }
        DocumentException tooMany = assertThrows(DocumentException.class, () -> tokens.issue(owner, false));
        assertEquals(Problem.TOO_MANY_CALENDAR_LINKS, tooMany.problem());
        assertEquals(CalendarTokens.MAX_PER_OWNER, tokens.of(owner).size());
        Set<Long> ids = tokens.of(owner).stream().map(CalendarToken::id).collect(Collectors.toSet());
        assertEquals(CalendarTokens.MAX_PER_OWNER, ids.size());
        assertEquals(1, List.of(tokens.issue(owner, true)).size());
        assertEquals(1, tokens.of(owner).size());
    }
}
