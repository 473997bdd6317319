package se.planprocess.confluence.ao;

import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import se.planprocess.confluence.administration.CycleAdministration;
import se.planprocess.confluence.administration.CycleChange;
import se.planprocess.confluence.administration.CycleConflictException;
import se.planprocess.confluence.administration.CycleDraft;
import se.planprocess.confluence.administration.VersionedCycle;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.process.ProcessTemplates;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.Actors.anEditorNamed;
import static se.planprocess.confluence.testing.Clocks.fixedAt;

/**
 * Two administrators (or nodes) keeping the same cycle through the real store on a real database: a save on a version
 * someone else has changed is refused naming who did, of racing writers on the same version exactly one wins, every
 * change is recorded, and a refused save, copy or change of an archived cycle writes nothing.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(AoTestDatabase.class)
class ConcurrentCycleEditTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final AtomicInteger YEARS = new AtomicInteger(2030);
    private static final Clock CLOCK = fixedAt("2026-11-23T10:00:00+01:00");
    private static final int THREADS = 8;

    @Parameter
    AoTestDatabase database;

    private AoFixture db;
    private CycleAdministration target;
    private VersionedCycle cycle;
    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        db = AoFixture.on(database, DATABASES);
        target = db.administration(CLOCK);
        cycle = target.create(ProcessTemplates.REGIONAL_PLAN, YEARS.getAndAdd(3), anEditorNamed("eko", "Ekonom A"));
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    }

    @Test
    void aSaveOnAVersionSomeoneElseChanged_isRefusedNamingThem_andTheirChangeStays() {
        long id = cycle.cycle().id();
        VersionedCycle first = target.update(id, 1, moved(cycle.cycle(), 7), anEditorNamed("a", "Ekonom A"));

        CycleConflictException conflict = assertThrows(CycleConflictException.class,
                () -> target.update(id, 1, moved(cycle.cycle(), 14), anEditorNamed("b", "Ekonom B")));

        assertEquals("Ekonom A", conflict.latest().actorName());
        assertEquals(2, conflict.latest().version());
        assertEquals(2, first.version());
        assertEquals(feedbackDue(cycle.cycle()).plusDays(7), feedbackDue(target.get(id).cycle()));
        assertEquals(List.of(CycleChange.Action.UPDATED, CycleChange.Action.CREATED),
                target.history(id).stream().map(CycleChange::action).toList());
    }

    @Test
    void ofRacingWritersOnTheSameVersion_exactlyOneWins_andOnlyItsChangeIsRecorded() throws Exception {
        long id = cycle.cycle().id();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 1; i <= THREADS; i++) {
            int days = i;
            Callable<Integer> writer = () -> {
                start.await();
                try {
                    target.update(id, 1, moved(cycle.cycle(), days), anEditorNamed("w" + days, "Skrivare " + days));
                    return days;
                } catch (CycleConflictException e) {
                    return 0;
                }
            };
            results.add(pool.submit(writer));
        }
        start.countDown();
        List<Integer> winners = new ArrayList<>();
        for (Future<Integer> result : results) {
            int days = result.get(60, TimeUnit.SECONDS);
            if (days > 0) {
                winners.add(days);
            }
        }

        assertEquals(1, winners.size(), "winners: " + winners);
        VersionedCycle stored = target.get(id);
        assertEquals(2, stored.version());
        assertEquals(feedbackDue(cycle.cycle()).plusDays(winners.get(0)), feedbackDue(stored.cycle()));
        List<CycleChange> history = target.history(id);
        assertEquals(2, history.size());
        assertEquals("Skrivare " + winners.get(0), history.get(0).actorName());
        assertEquals(List.of("milestones[feedback-due].date: " + feedbackDue(cycle.cycle()) + " \u2192 "
                + feedbackDue(cycle.cycle()).plusDays(winners.get(0))), history.get(0).details());
        assertEquals(CLOCK.instant(), history.get(0).at());
    }

    @Test
    void aMovedDeadline_changesLateness_atTheNextReadOfTheCycle() {
        long id = cycle.cycle().id();
        LocalDate due = feedbackDue(cycle.cycle());
        ProcessCalendar dayAfter = new ProcessCalendar(fixedAt(due.plusDays(1) + "T12:00:00+02:00"),
                KindCatalogue.builtIn());
        List<Committee> committees = List.of(db.hsn, db.run);
        assertEquals(2, dayAfter.lateness(db.cycles.findById(id).orElseThrow(), committees, List.of()).stream()
                .filter(l -> l.milestone().key().equals("feedback-due")).count(), "both committees late");

        target.update(id, 1, moved(cycle.cycle(), 14), anEditorNamed("eko", "Ekonom A"));

        assertEquals(0, dayAfter.lateness(db.cycles.findById(id).orElseThrow(), committees, List.of()).stream()
                .filter(l -> l.milestone().key().equals("feedback-due")).count(), "the deadline is two weeks later");
    }

    @Test
    void aRefusedSave_writesNothing() {
        long id = cycle.cycle().id();
        CycleDraft draft = CycleDraft.of(cycle.cycle());
        CycleDraft.PhaseDraft phase = draft.phases().get(2);
        CycleDraft broken = draft.withPhase(2, new CycleDraft.PhaseDraft(phase.key(), phase.nameSv(), phase.nameEn(),
                phase.end(), phase.start(), false));

        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> target.update(id, 1, broken, anEditorNamed("a", "Ekonom A")));

        assertEquals("phases[2].end", e.field());
        assertEquals(cycle, target.get(id));
        assertEquals(1, target.history(id).size());
    }

    @Test
    void lastYearsCycle_isCopiedOnce_andASecondCopyOfTheSameYearIsRefused() {
        int cyclesBefore = db.ao.count(AoCycle.class, Query.select());
        VersionedCycle copy = target.copy(cycle.cycle().id(), anEditorNamed("eko", "Ekonom A"));

        assertEquals(cycle.cycle().planYear() + 1, copy.cycle().planYear());
        assertEquals(1, copy.version());
        assertEquals(feedbackDue(cycle.cycle()).plusYears(1), feedbackDue(target.get(copy.cycle().id()).cycle()));
        assertEquals(CycleChange.Action.COPIED, target.history(copy.cycle().id()).get(0).action());
        InvalidValueException again = assertThrows(InvalidValueException.class,
                () -> target.copy(cycle.cycle().id(), anEditorNamed("eko", "Ekonom A")));
        assertEquals("planYear", again.field());
        assertEquals(cyclesBefore + 1, db.ao.count(AoCycle.class, Query.select()));
    }

    @Test
    void anArchivedCycle_staysArchived_andIsNoLongerChanged() {
        long id = cycle.cycle().id();
        VersionedCycle archived = target.archive(id, 1, anEditorNamed("eko", "Ekonom A"));

        assertTrue(target.get(id).cycle().archived());
        assertEquals(2, archived.version());
        DocumentException refused = assertThrows(DocumentException.class,
                () -> target.update(id, 2, moved(cycle.cycle(), 3), anEditorNamed("eko", "Ekonom A")));
        assertEquals(Problem.CYCLE_ARCHIVED, refused.problem());
        assertEquals(2, target.get(id).version());
        assertFalse(db.cycles.findById(db.cycle.id()).orElseThrow().archived(), "other cycles are not archived");
    }

    @Test
    void aCycleStoredBeforeChangesWereRecorded_isAtVersionOne_andItsFirstChangeMakesTwo() {
        Cycle old = db.cycles.findById(db.cycle.id()).orElseThrow();
        assertEquals(1, target.get(old.id()).version());
        assertTrue(target.history(old.id()).isEmpty());
    }

    @Test
    void aPhaseRowFromBeforeTheParallelColumn_readsAsItsTemplatesPhase() {
        db.ao.executeInTransaction(() -> {
            for (AoPhase phase : db.ao.find(AoPhase.class, Query.select().where("CYCLE_ID = ?",
                    (int) cycle.cycle().id()))) {
                phase.setParallel(null);
                phase.save();
            }
            return null;
        });
        Cycle read = db.cycles.findById(cycle.cycle().id()).orElseThrow();
        assertEquals(List.of("operational-plans"), read.phases().stream().filter(p -> p.parallel())
                .map(p -> p.key()).toList());
    }

    @Test
    void theProcessOwnerGroup_isShared_andReadFromTheDatabaseEveryTime() {
        AoProcessSettings node1 = new AoProcessSettings(db.ao);
        AoProcessSettings node2 = new AoProcessSettings(db.ao);
        node1.setProcessOwnerGroup("  ekonomi-och-styrning ");
        assertEquals("ekonomi-och-styrning", node2.processOwnerGroup());
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> node1.setProcessOwnerGroup("ekonomi\nstaben"));
        assertEquals("processOwnerGroup", e.field());
        assertEquals("ekonomi-och-styrning", node2.processOwnerGroup());
        node2.setProcessOwnerGroup("planprocess-ekonomistaben");
        assertEquals("planprocess-ekonomistaben", node1.processOwnerGroup());
    }

    /** The draft of {@code cycle} with the feedback report due {@code days} later. */
    private static CycleDraft moved(Cycle cycle, int days) {
        CycleDraft draft = CycleDraft.of(cycle);
        for (int i = 0; i < draft.milestones().size(); i++) {
            CycleDraft.MilestoneDraft m = draft.milestones().get(i);
            if (m.key().equals("feedback-due")) {
                return draft.withMilestone(i, new CycleDraft.MilestoneDraft(m.key(), m.nameSv(), m.nameEn(),
                        LocalDate.parse(m.date()).plusDays(days).toString(), m.phase(), m.documentKind(),
                        m.requiredStatus(), m.committees()));
            }
        }
        throw new AssertionError("no feedback deadline");
    }

    private static LocalDate feedbackDue(Cycle cycle) {
        return cycle.milestones().stream().filter(m -> m.key().equals("feedback-due")).findFirst().orElseThrow()
                .date();
    }
}
