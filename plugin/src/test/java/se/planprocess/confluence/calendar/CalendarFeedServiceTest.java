package se.planprocess.confluence.calendar;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.ao.AoCalendarTokenRepository;
import se.planprocess.confluence.ao.AoEventRevisions;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.host.ConfluenceFeedOwners;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.Clocks.fixedAt;

/**
 * A feed is opened by its secret for the link's owner as Confluence knows them at that fetch (in-memory Confluence,
 * real AO on H2): a revoked link, a removed or deactivated owner, an unknown cycle and a committee the owner may not
 * see are the same 404, and a permission taken away counts from the next fetch on.
 */
class CalendarFeedServiceTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    private static final FakeUser OWNER = new FakeUser("anna", "Anna Andersson");

    private AoFixture db;
    private FakeConfluence confluence;
    private Users users;
    private CalendarTokens tokens;
    private CalendarFeedService target;

    /** Confluence's users: a map of the existing ones and a set of the deactivated. */
    static final class Users implements UserAccessor {
        final Map<String, ConfluenceUser> byKey = new HashMap<>();
        final Set<String> deactivated = new HashSet<>();

        @Override
        public ConfluenceUser getUserByKey(UserKey key) {
            return byKey.get(key.getStringValue());
        }

        @Override
        public ConfluenceUser getUserByName(String name) {
            return byKey.values().stream().filter(u -> u.getName().equals(name)).findFirst().orElse(null);
        }

        @Override
        public boolean isDeactivated(User user) {
            return deactivated.contains(((ConfluenceUser) user).getKey().getStringValue());
        }
    }

    @BeforeEach
    void setUp() {
        db = AoFixture.on(AoTestDatabase.H2, DATABASES);
        confluence = new FakeConfluence();
        confluence.space(db.hsnSpace);
        confluence.space(db.runSpace);
        confluence.space(db.knSpace);
        confluence.canView(db.hsnSpace, OWNER.name()).canView(db.runSpace, OWNER.name());
        users = new Users();
        users.byKey.put(OWNER.getKey().getStringValue(), OWNER);
        tokens = new CalendarTokens(new AoCalendarTokenRepository(db.ao), fixedAt("2026-09-01T10:00:00+02:00"));
        target = new CalendarFeedService(tokens, db.cycles, db.committees,
                new ConfluenceFeedOwners(users, confluence.access()), new AoEventRevisions(db.ao), KindCatalogue.builtIn(),
                fixedAt("2026-09-01T10:00:00+02:00"),
                db.documents, new se.planprocess.confluence.ao.AoMeetingRepository(db.ao));
    }

    private String link() {
        return tokens.issue(OWNER.getKey().getStringValue(), false).secret();
    }

    private static void assertNotFound(Runnable fetch) {
        DocumentException refused = assertThrows(DocumentException.class, fetch::run);
        assertEquals(Problem.CALENDAR_NOT_FOUND, refused.problem());
    }

    @Test
    void theOwnersLink_opensTheCycle_forEveryone_andForACommitteeTheOwnerMaySee() {
        String secret = link();
        CalendarFeed all = target.feed(secret, db.cycle.key(), null, SV);
        assertEquals(db.cycle.phases().size(), all.events().stream().filter(e -> e.kind() == EventKind.PHASE).count());
        assertTrue(all.events().stream().anyMatch(e -> e.kind() == EventKind.DEADLINE));
        CalendarFeed run = target.feed(secret, String.valueOf(db.cycle.id()), db.runSpace, SV);
        assertTrue(run.name().endsWith(db.run.name()), run.name());
        assertEquals(run, target.feed(secret, db.cycle.key(), String.valueOf(db.run.id()), SV));
    }

    @Test
    void aMovedDeadline_isTheSameEvent_oneSequenceUp() {
        String secret = link();
        CalendarFeed first = target.feed(secret, db.cycle.key(), null, SV);
        CalendarEvent before = first.events().stream()
                .filter(e -> e.kind() == EventKind.DEADLINE).findFirst().orElseThrow();
        CalendarEvent phaseBefore = first.events().stream()
                .filter(e -> e.kind() == EventKind.PHASE).findFirst().orElseThrow();
        assertEquals(0, before.revision().sequence());
        se.planprocess.confluence.process.Milestone deadline = db.cycle.milestones().stream()
                .filter(m -> before.uid().endsWith("-" + m.key() + "@planprocess.se")).findFirst().orElseThrow();
        java.util.List<se.planprocess.confluence.process.Milestone> milestones = new java.util.ArrayList<>();
        for (se.planprocess.confluence.process.Milestone m : db.cycle.milestones()) {
            milestones.add(m == deadline ? new se.planprocess.confluence.process.Milestone(m.key(), m.name(),
                    m.date().minusDays(2), m.phaseKey(), m.committeeIds(), m.documentKind(), m.requiredStatus()) : m);
        }
        se.planprocess.confluence.process.Cycle c = db.cycle;
        db.cycles.save(new se.planprocess.confluence.process.Cycle(c.id(), c.key(), c.name(), c.planYear(),
                c.horizonYears(), c.templateKey(), c.templateVersions(), c.phases(), milestones));
        CalendarEvent after = target.feed(secret, db.cycle.key(), null, SV).events().stream()
                .filter(e -> e.uid().equals(before.uid())).findFirst().orElseThrow();
        assertEquals(before.start().minusDays(2), after.start());
        assertEquals(1, after.revision().sequence());
        assertEquals(phaseBefore.revision(), target.feed(secret, db.cycle.key(), db.runSpace, SV).events().stream()
                .filter(e -> e.uid().equals(phaseBefore.uid())).findFirst().orElseThrow().revision(),
                "an unchanged event keeps its revision, in every feed");
        assertEquals(0, phaseBefore.revision().sequence());
    }

    @Test
    void aCommitteeTheOwnerMayNotSee_isNotFound_asAnUnknownOneIs() {
        String secret = link();
        assertNotFound(() -> target.feed(secret, db.cycle.key(), db.knSpace, SV));
        assertNotFound(() -> target.feed(secret, db.cycle.key(), "NOSUCHSPACE", SV));
        assertNotFound(() -> target.feed(secret, "no-such-cycle", null, SV));
    }

    @Test
    void aRevokedLink_aRemovedOwner_andADeactivatedOwner_getNothing() {
        String revoked = link();
        tokens.revoke(OWNER.getKey().getStringValue(),
                tokens.find(revoked).orElseThrow().id());
        assertNotFound(() -> target.feed(revoked, db.cycle.key(), null, SV));

        String secret = link();
        users.deactivated.add(OWNER.getKey().getStringValue());
        assertNotFound(() -> target.feed(secret, db.cycle.key(), null, SV));
        users.deactivated.clear();
        assertFalse(target.feed(secret, db.cycle.key(), null, SV).events().isEmpty());
        users.byKey.clear();
        assertNotFound(() -> target.feed(secret, db.cycle.key(), null, SV));
        assertNotFound(() -> target.feed("x".repeat(CalendarTokens.SECRET_LENGTH), db.cycle.key(), null, SV));
    }

    @Test
    void aPermissionTakenAway_countsFromTheNextFetch() {
        String secret = link();
        target.feed(secret, db.cycle.key(), db.runSpace, SV);
        FakeConfluence without = new FakeConfluence();
        without.space(db.hsnSpace);
        without.space(db.runSpace);
        without.canView(db.hsnSpace, OWNER.name());
        CalendarFeedService later = new CalendarFeedService(tokens, db.cycles, db.committees,
                new ConfluenceFeedOwners(users, without.access()), new AoEventRevisions(db.ao), KindCatalogue.builtIn(),
                fixedAt("2026-09-01T10:00:00+02:00"),
                db.documents, new se.planprocess.confluence.ao.AoMeetingRepository(db.ao));
        assertNotFound(() -> later.feed(secret, db.cycle.key(), db.runSpace, SV));
    }

    @Test
    void aParameterWithControlCharacters_isInvalidInput_namingIt() {
        String secret = link();
        DocumentException refused = assertThrows(DocumentException.class,
                () -> target.feed(secret, "a\u0000b", null, SV));
        assertEquals(Problem.INVALID_INPUT, refused.problem());
        assertEquals("cycle", refused.arguments()[0]);
        assertEquals("committee", assertThrows(DocumentException.class,
                () -> target.feed(secret, null, "x".repeat(200), SV)).arguments()[0]);
    }
}
