package se.planprocess.confluence.document.rebuild;

import com.atlassian.beehive.ClusterLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import se.planprocess.confluence.ao.AoDocChange;
import se.planprocess.confluence.ao.AoTrackedDoc;
import se.planprocess.confluence.document.ChangeType;
import se.planprocess.confluence.document.DocumentChange;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.DocumentRepository;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.host.ClusterRebuildLock;
import se.planprocess.confluence.host.ConfluencePageSource;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.Actors.aProcessOwner;
import static se.planprocess.confluence.testing.Actors.anEditor;
import static se.planprocess.confluence.workflow.Workflows.PREPARED;

/**
 * The index rebuilt from the pages, through the real Active Objects repositories on H2 and PostgreSQL and the app's
 * Confluence adapters over in-memory pages: what changed while the app was not listening is fixed, duplicates are
 * reported and kept, a dry run and a second run change nothing, and a status change made meanwhile is never lost.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(AoTestDatabase.class)
class IndexRebuildTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T09:15:00Z"), ZoneOffset.UTC);
    private static final String NOTE = "Från ombyggnaden av indexet";

    @Parameter
    AoTestDatabase database;

    private AoFixture db;
    private FakeConfluence confluence;
    private DocumentService documents;
    private final JvmClusterLock lock = new JvmClusterLock();
    private IndexRebuild target;

    @BeforeEach
    void setUp() {
        db = AoFixture.on(database, DATABASES);
        // a rebuild reads the whole index: start each test without the documents of the ones before
        db.ao.deleteWithSQL(AoDocChange.class, "ID > ?", 0);
        db.ao.deleteWithSQL(AoTrackedDoc.class, "ID > ?", 0);
        confluence = new FakeConfluence();
        documents = new DocumentService(db.documents, db.committees, KindCatalogue.builtIn(), CLOCK);
        target = rebuildOver(documents);
    }

    private IndexRebuild rebuildOver(DocumentService service) {
        return new IndexRebuild(service, db.committees, db.cycles, new ConfluencePageSource(confluence, confluence),
                new ClusterRebuildLock(name -> lock));
    }

    // --- what is missing from the index ----------------------------------------------------------------------

    @Test
    void aLabelledPage_missingFromTheIndex_isRegistered_forTheCommitteeOfItsSpace_withAnEntryFromTheRebuild() {
        long pageId = reportPage(db.hsnSpace, "Återkopplingsrapport HSN");

        RebuildReport report = target.run(false, aProcessOwner(), NOTE);

        assertEquals(List.of(pageId), ids(report, Finding.REGISTERED));
        TrackedDocument registered = documents.byPage(pageId).orElseThrow();
        assertEquals(DocumentKind.FEEDBACK_REPORT, registered.kind());
        assertEquals(db.cycle.id(), registered.cycleId());
        assertEquals(db.hsn.id(), registered.committeeId());
        assertEquals(ReportTemplates.V2024, registered.templateVersion());
        assertEquals("Återkopplingsrapport HSN", registered.title());
        DocumentChange entry = documents.history(registered.id()).get(0);
        assertEquals(ChangeType.REGISTERED, entry.type());
        assertEquals(NOTE, entry.comment());
        assertEquals("Erik Ekonom", entry.actorName());
    }

    @Test
    void anOldPage_withOnlyTheAppAndCycleLabels_andTheStatusMacro_isRegisteredAsAFeedbackReport() {
        long pageId = db.newPageId();
        confluence.page(pageId, db.runSpace, "Återkopplingsrapport RUN", "planprocess", db.cycle.key())
                .setBodyAsString("<p>Intro</p><ac:structured-macro ac:macro-id=\"1\" ac:name=\"planprocess-status\"/>");

        RebuildReport report = target.run(false, aProcessOwner(), NOTE);

        assertEquals(List.of(pageId), ids(report, Finding.REGISTERED));
        assertEquals(DocumentKind.FEEDBACK_REPORT, documents.byPage(pageId).orElseThrow().kind());
        assertEquals(db.run.id(), documents.byPage(pageId).orElseThrow().committeeId());
    }

    @Test
    void aLabelledPage_withoutKindOrCycle_isReportedAsUnrecognised_andNotRegistered() {
        long noKind = db.newPageId();
        confluence.page(noKind, db.hsnSpace, "Anteckningar", "planprocess", db.cycle.key())
                .setBodyAsString("<p>Inget makro här</p>");
        long noCycle = db.newPageId();
        confluence.page(noCycle, db.runSpace, "Rapport utan cykel", "planprocess", "planprocess-feedback-report");

        RebuildReport report = target.run(false, aProcessOwner(), NOTE);

        List<RebuildItem> unrecognised = report.items(Finding.UNRECOGNISED);
        assertEquals(List.of(noKind, noCycle), unrecognised.stream().map(RebuildItem::pageId).toList());
        assertEquals(List.of("kind", "cycle"), unrecognised.stream().map(RebuildItem::to).toList());
        assertTrue(documents.byPage(noKind).isEmpty());
        assertTrue(documents.byPage(noCycle).isEmpty());
    }

    // --- what changed while the app was not listening --------------------------------------------------------

    @Test
    void pagesTrashedRestoredAndPurged_whileTheAppWasOff_areFollowed() {
        long trashed = registeredReport(db.hsnSpace, "Rapport HSN");
        long restored = registeredReport(db.runSpace, "Rapport RUN");
        documents.pageTrashed(restored, anEditor());
        long purged = registeredReport(db.knSpace, "Rapport KN");
        confluence.trash(trashed);
        confluence.purge(purged);

        RebuildReport report = target.run(false, aProcessOwner(), NOTE);

        assertEquals(List.of(trashed), ids(report, Finding.TRASHED));
        assertEquals(List.of(restored), ids(report, Finding.RESTORED));
        assertEquals(List.of(purged), ids(report, Finding.PURGED));
        assertFalse(documents.byPage(trashed).orElseThrow().isActive());
        assertTrue(documents.byPage(restored).orElseThrow().isActive());
        assertTrue(documents.byPage(purged).isEmpty());
        assertEquals(NOTE, documents.lastChange(documents.byPage(trashed).orElseThrow().id()).orElseThrow().comment());
    }

    @Test
    void aRenamedPage_getsItsTitle_andAMovedPage_followsTheCommitteeOfItsNewSpace() {
        long renamed = registeredReport(db.hsnSpace, "Rapport HSN");
        long moved = registeredReport(db.runSpace, "Rapport RUN");
        confluence.getAbstractPage(renamed).setTitle("Återkopplingsrapport HSN <2027>");
        ((com.atlassian.confluence.pages.Page) confluence.getAbstractPage(moved)).setSpace(confluence.space(db.knSpace));

        RebuildReport report = target.run(false, aProcessOwner(), NOTE);

        assertEquals(List.of(renamed), ids(report, Finding.RENAMED));
        RebuildItem rename = report.items(Finding.RENAMED).get(0);
        assertEquals("Rapport HSN", rename.from());
        assertEquals("Återkopplingsrapport HSN <2027>", rename.to());
        assertEquals("Återkopplingsrapport HSN <2027>", documents.byPage(renamed).orElseThrow().title());
        assertEquals(List.of(moved), ids(report, Finding.MOVED));
        TrackedDocument afterMove = documents.byPage(moved).orElseThrow();
        assertEquals(db.knSpace, afterMove.spaceKey());
        assertEquals(db.kn.id(), afterMove.committeeId());
    }

    @Test
    void twoPagesForOneCommitteesSlot_areReportedAsDuplicates_andNothingIsDeleted() {
        long first = registeredReport(db.hsnSpace, "Rapport HSN");
        long second = reportPage(db.hsnSpace, "Rapport HSN, kopia");
        long movedIn = registeredReport(db.runSpace, "Rapport RUN");
        ((com.atlassian.confluence.pages.Page) confluence.getAbstractPage(movedIn)).setSpace(confluence.space(db.hsnSpace));
        int rows = db.trackedDocumentRows();

        RebuildReport report = target.run(false, aProcessOwner(), NOTE);

        List<RebuildItem> duplicates = report.items(Finding.DUPLICATE);
        assertEquals(List.of(movedIn, second), duplicates.stream().map(RebuildItem::pageId).toList());
        assertTrue(duplicates.stream().allMatch(d -> d.otherPageId() == first), duplicates.toString());
        assertEquals(rows, db.trackedDocumentRows(), "nothing deleted, the copy not registered");
        assertEquals(db.hsn.id(), documents.byPage(first).orElseThrow().committeeId());
        assertEquals(null, documents.byPage(movedIn).orElseThrow().committeeId(), "visibly unassigned");
    }

    // --- safe to repeat, to try, and to run while people work ------------------------------------------------

    @Test
    void aDryRun_reportsWhatARunWouldFix_andChangesNothing() {
        prepareOneOfEach();
        int rows = db.trackedDocumentRows();
        int history = db.historyRows();

        RebuildReport dry = target.run(true, aProcessOwner(), NOTE);

        assertTrue(dry.dryRun());
        assertEquals(rows, db.trackedDocumentRows());
        assertEquals(history, db.historyRows());
        RebuildReport real = target.run(false, aProcessOwner(), NOTE);
        for (Finding finding : Finding.values()) {
            assertEquals(ids(real, finding), ids(dry, finding), finding.code());
        }
        assertEquals(6, real.fixes());
    }

    @Test
    void aSecondRun_rightAfterTheFirst_fixesNothing_andStillListsTheDuplicate() {
        prepareOneOfEach();
        RebuildReport first = target.run(false, aProcessOwner(), NOTE);
        int history = db.historyRows();

        RebuildReport second = target.run(false, aProcessOwner(), NOTE);

        assertTrue(first.fixes() > 0);
        assertEquals(0, second.fixes(), "a second run fixes nothing");
        assertEquals(history, db.historyRows(), "and writes no history");
        assertEquals(ids(first, Finding.DUPLICATE), ids(second, Finding.DUPLICATE));
    }

    @Test
    void theRebuild_keepsStatusReadinessAndEveryHistoryEntry_andOnlyAppendsItsOwn() {
        long pageId = registeredReport(db.hsnSpace, "Rapport HSN");
        TrackedDocument prepared = documents.changeStatus(pageId, 1, PREPARED, null, anEditor());
        documents.markSection(pageId, prepared.version(), ReportTemplates.COMPETENCE, true, null, anEditor());
        List<DocumentChange> before = documents.history(prepared.id());
        confluence.getAbstractPage(pageId).setTitle("Ny titel");

        target.run(false, aProcessOwner(), NOTE);

        TrackedDocument after = documents.byPage(pageId).orElseThrow();
        assertEquals(PREPARED, after.status());
        assertEquals(java.util.Set.of(ReportTemplates.COMPETENCE), after.readySections());
        List<DocumentChange> history = documents.history(after.id());
        assertEquals(before, history.subList(0, before.size()));
        assertEquals(List.of(ChangeType.TITLE), history.subList(before.size(), history.size()).stream()
                .map(DocumentChange::type).toList());
    }

    @Test
    void aStatusChange_madeWhileTheRebuildFixesTheSameDocument_isKept() {
        long pageId = registeredReport(db.hsnSpace, "Rapport HSN");
        confluence.getAbstractPage(pageId).setTitle("Ny titel");
        DocumentService people = new DocumentService(db.documents, db.committees, KindCatalogue.builtIn(), CLOCK);
        InterleavingRepository interleaved = new InterleavingRepository(db.documents,
                () -> people.changeStatus(pageId, 1, PREPARED, null, anEditor()));
        IndexRebuild rebuild = rebuildOver(new DocumentService(interleaved, db.committees, KindCatalogue.builtIn(),
                CLOCK));

        RebuildReport report = rebuild.run(false, aProcessOwner(), NOTE);

        assertTrue(interleaved.interleaved, "the status change ran between the rebuild's read and its write");
        assertEquals(List.of(pageId), ids(report, Finding.RENAMED));
        TrackedDocument after = documents.byPage(pageId).orElseThrow();
        assertEquals(PREPARED, after.status(), "the status change is not lost");
        assertEquals("Ny titel", after.title());
        assertEquals(List.of(ChangeType.REGISTERED, ChangeType.STATUS, ChangeType.TITLE),
                documents.history(after.id()).stream().map(DocumentChange::type).toList());
    }

    @Test
    void aSecondRebuild_whileOneRuns_isRefused_andTheFirstFinishes() throws Exception {
        long pageId = reportPage(db.hsnSpace, "Rapport HSN");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
            lock.lock();
            try {
                holding.countDown();
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        });
        assertTrue(holding.await(10, TimeUnit.SECONDS));

        DocumentException refused = assertThrows(DocumentException.class,
                () -> target.run(false, aProcessOwner(), NOTE));

        assertEquals(Problem.REBUILD_RUNNING, refused.problem());
        assertTrue(documents.byPage(pageId).isEmpty(), "the refused run changed nothing");
        release.countDown();
        other.get(10, TimeUnit.SECONDS);
        assertEquals(List.of(pageId), ids(target.run(false, aProcessOwner(), NOTE), Finding.REGISTERED));
        assertFalse(lock.isLocked(), "released after the run");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** A page as the blueprint leaves it, not registered (the app did not see it created). */
    private long reportPage(String spaceKey, String title) {
        long pageId = db.newPageId();
        confluence.page(pageId, spaceKey, title, "planprocess", "planprocess-feedback-report", db.cycle.key());
        return pageId;
    }

    /** A page the app registered while it was listening. */
    private long registeredReport(String spaceKey, String title) {
        long pageId = reportPage(spaceKey, title);
        documents.register(pageId, spaceKey, title, DocumentKind.FEEDBACK_REPORT, db.cycle.id(), ReportTemplates.V2024,
                anEditor());
        return pageId;
    }

    /** One of each fix and a duplicate. */
    private void prepareOneOfEach() {
        reportPage(db.hsnSpace, "Ny rapport HSN");
        reportPage(db.hsnSpace, "Ny rapport HSN, kopia");
        long trashed = registeredReport(db.runSpace, "Rapport RUN");
        confluence.trash(trashed);
        long restored = registeredReport(db.knSpace, "Rapport KN");
        documents.pageTrashed(restored, anEditor());
        long purged = registeredReport(db.noCommitteeSpace, "Rapport utan nämnd");
        confluence.purge(purged);
        long renamed = registeredReport(db.noCommitteeSpace, "Rapport två");
        confluence.getAbstractPage(renamed).setTitle("Rapport två, ny titel");
        long moved = registeredReport(db.noCommitteeSpace, "Rapport tre");
        ((com.atlassian.confluence.pages.Page) confluence.getAbstractPage(moved)).setSpace(confluence.space("ANNAT" + db.hsnSpace));
    }

    private static List<Long> ids(RebuildReport report, Finding finding) {
        return report.items(finding).stream().map(RebuildItem::pageId).toList();
    }

    /** A cluster lock within one JVM, as on a single node. */
    static final class JvmClusterLock extends ReentrantLock implements ClusterLock {
    }

    /** The real repository, with someone else's change run once just before the rebuild's first write. */
    private static final class InterleavingRepository implements DocumentRepository {
        private final DocumentRepository real;
        private final Runnable otherWriter;
        boolean interleaved;

        InterleavingRepository(DocumentRepository real, Runnable otherWriter) {
            this.real = real;
            this.otherWriter = otherWriter;
        }

        @Override
        public TrackedDocument update(TrackedDocument updated, long expectedVersion, DocumentChange change) {
            if (!interleaved) {
                interleaved = true;
                otherWriter.run();
            }
            return real.update(updated, expectedVersion, change);
        }

        @Override
        public Optional<TrackedDocument> findByPageId(long pageId) {
            return real.findByPageId(pageId);
        }

        @Override
        public Optional<TrackedDocument> findSingleton(DocumentKind kind, long cycleId, Long committeeId) {
            return real.findSingleton(kind, cycleId, committeeId);
        }

        @Override
        public List<TrackedDocument> findActiveByCycle(long cycleId) {
            return real.findActiveByCycle(cycleId);
        }

        @Override
        public List<TrackedDocument> findActiveByCycle(long cycleId, java.util.Set<DocumentKind> kinds) {
            return real.findActiveByCycle(cycleId, kinds);
        }

        @Override
        public List<TrackedDocument> findBySpace(String spaceKey) {
            return real.findBySpace(spaceKey);
        }

        @Override
        public List<TrackedDocument> findAfter(long afterId, int limit) {
            return real.findAfter(afterId, limit);
        }

        @Override
        public TrackedDocument insert(TrackedDocument document, DocumentChange registration) {
            return real.insert(document, registration);
        }

        @Override
        public List<DocumentChange> history(long documentId) {
            return real.history(documentId);
        }

        @Override
        public Optional<DocumentChange> lastChange(long documentId) {
            return real.lastChange(documentId);
        }

        @Override
        public void delete(long documentId) {
            real.delete(documentId);
        }
    }
}
