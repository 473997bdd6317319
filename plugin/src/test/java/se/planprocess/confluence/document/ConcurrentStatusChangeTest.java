package se.planprocess.confluence.document;

import se.planprocess.confluence.kind.KindCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.report.ReportSection;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static se.planprocess.confluence.testing.Actors.anEditor;
import static se.planprocess.confluence.testing.Actors.anEditorNamed;
import static se.planprocess.confluence.testing.Clocks.fixedAt;
import static se.planprocess.confluence.workflow.Workflows.DRAFT;
import static se.planprocess.confluence.workflow.Workflows.PREPARED;

/**
 * Many people (or cluster nodes) change the same report at once, through the real repositories on a real database:
 * of writers starting from the same version exactly one wins, the others are told who did; nothing is lost.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(AoTestDatabase.class)
class ConcurrentStatusChangeTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final Clock CLOCK = fixedAt("2026-04-10T14:00:00+02:00");
    private static final int THREADS = 20;
    private static final int MAX_ATTEMPTS = 1_000;
    private static final List<String> SECTIONS = ReportTemplates.TEMPLATE_2024.sections().stream()
            .map(ReportSection::key).toList();

    @Parameter
    AoTestDatabase database;

    private AoFixture db;
    private DocumentService target;
    private ExecutorService pool;
    private long pageId;
    private long documentId;

    @BeforeEach
    void setUp() {
        db = AoFixture.on(database, DATABASES);
        target = new DocumentService(db.documents, db.committees, KindCatalogue.builtIn(), CLOCK);
        pool = Executors.newFixedThreadPool(THREADS);
        pageId = db.newPageId();
        documentId = target.register(pageId, db.hsnSpace, "Återkopplingsrapport", DocumentKind.FEEDBACK_REPORT,
                db.cycle.id(), ReportTemplates.V2024, anEditor()).id();
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS), "writer threads did not stop");
    }

    @Test
    void twentyWriters_movingTheSameVersionForward_oneWins_nineteenAreTold_whoWon() throws Exception {
        List<Outcome> outcomes = race(THREADS, i -> () -> {
            try {
                target.changeStatus(pageId, 1, PREPARED, null, writer(i));
                return Outcome.won(i);
            } catch (StaleVersionException e) {
                return Outcome.stale(i, e);
            }
        });

        List<Outcome> winners = outcomes.stream().filter(Outcome::won).toList();
        assertEquals(1, winners.size(), "exactly one writer wins: " + outcomes);
        assertEquals(THREADS - 1, outcomes.stream().filter(o -> o.stale() != null).count());
        String winner = writer(winners.get(0).thread()).displayName();
        for (Outcome loser : outcomes) {
            if (loser.stale() != null && loser.stale().latest() != null) {
                assertEquals(winner, loser.stale().latest().actorName(), "the loser is told who changed it");
            }
        }
        assertTrue(outcomes.stream().filter(o -> o.stale() != null).allMatch(o -> o.stale().latest() != null),
                "every loser learns who changed it first");

        TrackedDocument stored = target.requireByPage(pageId);
        assertEquals(2, stored.version());
        assertEquals(PREPARED, stored.status());
        assertEquals(winner, stored.updatedBy());
        List<DocumentChange> history = target.history(documentId);
        assertEquals(2, history.size());
        assertEquals(List.of(1L, 2L), history.stream().map(DocumentChange::seq).toList());
        assertEquals(ChangeType.STATUS, history.get(1).type());
        assertEquals(DRAFT, history.get(1).fromValue());
        assertEquals(winner, history.get(1).actorName());
    }

    @Test
    void twentyWriters_pastTheServicesVersionCheck_stillOnlyOneWins_becauseTheDatabaseRefusesTheRest()
            throws Exception {
        // Every writer holds the same snapshot and goes straight to the repository, as writers on different cluster
        // nodes would after each passed its own version check: only the database can stop them.
        TrackedDocument snapshot = target.requireByPage(pageId);
        List<Outcome> outcomes = race(THREADS, i -> () -> {
            Actor actor = writer(i);
            try {
                db.documents.update(snapshot.withStatus(PREPARED).changedBy(actor, CLOCK.instant()), 1,
                        DocumentChange.of(ChangeType.STATUS, DRAFT, PREPARED, null, null, actor, CLOCK.instant()));
                return Outcome.won(i);
            } catch (StaleVersionException e) {
                return Outcome.stale(i, e);
            }
        });

        assertEquals(1, outcomes.stream().filter(Outcome::won).count(), outcomes.toString());
        assertEquals(THREADS - 1, outcomes.stream().filter(o -> o.stale() != null).count());
        assertEquals(2, target.requireByPage(pageId).version());
        assertEquals(List.of(1L, 2L), target.history(documentId).stream().map(DocumentChange::seq).toList());
    }

    @Test
    void twentyWriters_markingDifferentSections_fromTheSameVersion_oneWins() throws Exception {
        List<Outcome> outcomes = race(THREADS, i -> () -> {
            try {
                target.markSection(pageId, 1, SECTIONS.get(i % SECTIONS.size()), true, null, writer(i));
                return Outcome.won(i);
            } catch (StaleVersionException e) {
                return Outcome.stale(i, e);
            }
        });

        Outcome winner = outcomes.stream().filter(Outcome::won).reduce((a, b) -> fail("two winners: " + outcomes))
                .orElseThrow(() -> new AssertionError("no winner: " + outcomes));
        assertEquals(THREADS - 1, outcomes.stream().filter(o -> o.stale() != null).count());
        TrackedDocument stored = target.requireByPage(pageId);
        assertEquals(2, stored.version());
        assertEquals(Set.of(SECTIONS.get(winner.thread() % SECTIONS.size())), stored.readySections());
        assertEquals(2, target.history(documentId).size());
    }

    @Test
    void writersThatRetryWithAFreshRead_allSucceed_andNoUpdateIsLost() throws Exception {
        // Round 1: everyone from version 1, one wins.
        List<Outcome> first = race(THREADS, i -> () -> {
            try {
                target.changeStatus(pageId, 1, PREPARED, null, writer(i));
                return Outcome.won(i);
            } catch (StaleVersionException e) {
                return Outcome.stale(i, e);
            }
        });
        assertEquals(1, first.stream().filter(Outcome::won).count());

        // Round 2: seven writers, each marks its own section ready, retrying with a fresh read until it succeeds.
        List<Outcome> second = race(SECTIONS.size(), i -> () -> retryUntilDone(i, SECTIONS.get(i), true));
        // Round 3: twenty writers toggle sections (i mod 7), each once, again with retries.
        List<Outcome> third = race(THREADS, i -> () -> {
            String section = SECTIONS.get(i % SECTIONS.size());
            return retryUntilDone(i, section, null);
        });

        assertTrue(second.stream().allMatch(Outcome::won), second.toString());
        assertTrue(third.stream().allMatch(Outcome::won), third.toString());
        long successfulChanges = 1 + second.size() + third.size();
        TrackedDocument stored = target.requireByPage(pageId);
        assertEquals(1 + successfulChanges, stored.version(), "one version per successful change");
        assertEquals(PREPARED, stored.status());

        List<DocumentChange> history = target.history(documentId);
        assertEquals(LongStream.rangeClosed(1, stored.version()).boxed().toList(),
                history.stream().map(DocumentChange::seq).toList(), "seq 1..N without gaps or duplicates");
        assertEquals(Set.copyOf(history.stream().map(DocumentChange::seq).toList()).size(), history.size());

        // Each section was set ready once and then toggled once per writer on it: 3 writers on sections 0-5, 2 on 6.
        Set<String> expectedReady = new HashSet<>();
        for (int s = 0; s < SECTIONS.size(); s++) {
            int section = s;
            long toggles = IntStream.range(0, THREADS).filter(t -> t % SECTIONS.size() == section).count();
            if (toggles % 2 == 0) {
                expectedReady.add(SECTIONS.get(s));
            }
        }
        assertEquals(Set.of(ReportTemplates.RISK), expectedReady, "the arithmetic of this test");
        assertEquals(expectedReady, stored.readySections());

        // The readiness agrees with the last history entry of every section, and the entries alternate.
        Map<String, String> lastEntry = new HashMap<>();
        for (DocumentChange change : history) {
            if (change.type() == ChangeType.SECTION) {
                String before = lastEntry.getOrDefault(change.sectionKey(), "not-ready");
                assertEquals(before, change.fromValue(), "entry " + change.seq() + " starts where the last ended");
                lastEntry.put(change.sectionKey(), change.toValue());
            }
        }
        for (String section : SECTIONS) {
            assertEquals(stored.readySections().contains(section) ? "ready" : "not-ready", lastEntry.get(section),
                    section);
        }
        assertEquals(second.size() + third.size(),
                history.stream().filter(c -> c.type() == ChangeType.SECTION).count());
    }

    /**
     * Marks a section (ready, or toggled when {@code ready} is null) from a fresh read, again and again until no
     * one else got there first.
     */
    private Outcome retryUntilDone(int thread, String section, Boolean ready) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            TrackedDocument fresh = target.requireByPage(pageId);
            boolean wanted = ready != null ? ready : !fresh.readySections().contains(section);
            try {
                target.markSection(pageId, fresh.version(), section, wanted, null, writer(thread));
                return Outcome.won(thread);
            } catch (StaleVersionException e) {
                Thread.onSpinWait();
            }
        }
        return new Outcome(thread, false, null);
    }

    /** Starts {@code writers} tasks together and collects what each saw. */
    private List<Outcome> race(int writers, Task task) throws Exception {
        CountDownLatch ready = new CountDownLatch(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Callable<Outcome> body = task.of(i);
            futures.add(pool.submit(() -> {
                ready.countDown();
                start.await();
                return body.call();
            }));
        }
        assertTrue(ready.await(30, TimeUnit.SECONDS), "writers did not get ready");
        start.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : futures) {
            outcomes.add(future.get(120, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    private static Actor writer(int thread) {
        return anEditorNamed("user" + thread, "Skribent " + thread);
    }

    @FunctionalInterface
    private interface Task {
        Callable<Outcome> of(int thread);
    }

    private record Outcome(int thread, boolean won, StaleVersionException stale) {
        static Outcome won(int thread) {
            return new Outcome(thread, true, null);
        }

        static Outcome stale(int thread, StaleVersionException e) {
            return new Outcome(thread, false, e);
        }
    }
}
