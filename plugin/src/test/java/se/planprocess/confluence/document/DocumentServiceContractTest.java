package se.planprocess.confluence.document;

import se.planprocess.confluence.kind.KindCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.report.ReportTemplates.COMPETENCE;
import static se.planprocess.confluence.report.ReportTemplates.GOALS;
import static se.planprocess.confluence.report.ReportTemplates.RISK;
import static se.planprocess.confluence.testing.Actors.aProcessOwner;
import static se.planprocess.confluence.testing.Actors.anEditor;
import static se.planprocess.confluence.testing.Actors.anEditorNamed;
import static se.planprocess.confluence.testing.Clocks.fixedAt;
import static se.planprocess.confluence.workflow.Workflows.DECIDED;
import static se.planprocess.confluence.workflow.Workflows.DRAFT;
import static se.planprocess.confluence.workflow.Workflows.HANDLED;
import static se.planprocess.confluence.workflow.Workflows.PREPARED;
import static se.planprocess.confluence.workflow.Workflows.RECEIVED;
import static se.planprocess.confluence.workflow.Workflows.SUBMITTED;

/**
 * The document service's contract through the real Active Objects repositories, on H2 and on PostgreSQL: every
 * change is one new version with one history entry, and a refused request writes nothing.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(AoTestDatabase.class)
class DocumentServiceContractTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final Instant NOW = Instant.parse("2026-03-20T09:15:00Z");
    private static final Clock CLOCK = fixedAt("2026-03-20T10:15:00+01:00");
    private static final String COMMENT = "Avsnittet om investeringar behöver kompletteras.";

    @Parameter
    AoTestDatabase database;

    private AoFixture db;
    private DocumentService target;

    @BeforeEach
    void setUp() {
        db = AoFixture.on(database, DATABASES);
        target = new DocumentService(db.documents, db.committees, KindCatalogue.builtIn(), CLOCK);
    }

    // --- registration ----------------------------------------------------------------------------------------

    @Test
    void register_aFeedbackReport_startsAsDraftAtVersionOne_withOneRegisteredEntry() {
        long pageId = db.newPageId();

        TrackedDocument report = registerReport(pageId, db.hsnSpace);

        assertEquals(pageId, report.pageId());
        assertEquals(DRAFT, report.status());
        assertEquals(1, report.version());
        assertEquals(db.hsn.id(), report.committeeId());
        assertEquals(db.cycle.id(), report.cycleId());
        assertEquals(DocumentKind.FEEDBACK_REPORT, report.kind());
        assertEquals(TrackedDocument.State.ACTIVE, report.state());
        assertEquals(ReportTemplates.V2024, report.templateVersion());
        assertEquals("Återkopplingsrapport HSN", report.title());
        assertEquals(Set.of(), report.readySections());
        assertEquals(NOW, report.updatedAt());
        assertEquals("Anna Andersson", report.updatedBy());
        assertEquals(report, target.byPage(pageId).orElseThrow(), "stored as returned");

        List<DocumentChange> history = target.history(report.id());
        assertEquals(1, history.size());
        DocumentChange registered = history.get(0);
        assertEquals(ChangeType.REGISTERED, registered.type());
        assertEquals(1, registered.seq());
        assertEquals(report.id(), registered.documentId());
        assertNull(registered.fromValue());
        assertEquals(DRAFT, registered.toValue());
        assertEquals("anna", registered.actorKey());
        assertEquals("Anna Andersson", registered.actorName());
        assertEquals(NOW, registered.at());
    }

    @Test
    void register_theSamePageTwice_returnsTheFirstRegistration_andWritesNothing() {
        long pageId = db.newPageId();
        TrackedDocument first = registerReport(pageId, db.hsnSpace);
        int documents = db.trackedDocumentRows();
        int history = db.historyRows();

        TrackedDocument again = registerReport(pageId, db.hsnSpace);

        assertEquals(first, again);
        assertEquals(documents, db.trackedDocumentRows());
        assertEquals(history, db.historyRows());
    }

    @Test
    void register_aSecondReportForTheSameCommitteeAndCycle_isRefusedAsDuplicate_namingTheFirstPage() {
        long firstPage = db.newPageId();
        TrackedDocument first = registerReport(firstPage, db.hsnSpace);
        int documents = db.trackedDocumentRows();
        int history = db.historyRows();
        long secondPage = db.newPageId();

        DocumentException refused = assertThrows(DocumentException.class,
                () -> registerReport(secondPage, db.hsnSpace));

        assertEquals(Problem.DUPLICATE, refused.problem());
        assertArrayEquals(new Object[] {firstPage}, refused.arguments());
        assertTrue(target.byPage(secondPage).isEmpty());
        assertEquals(documents, db.trackedDocumentRows());
        assertEquals(history, db.historyRows());
        assertEquals(List.of(ChangeType.REGISTERED), types(target.history(first.id())));
    }

    @Test
    void register_theDuplicate_isRefusedByTheDatabase_too_whenTheServiceCheckIsBypassed() {
        long firstPage = db.newPageId();
        TrackedDocument first = registerReport(firstPage, db.hsnSpace);
        TrackedDocument second = new TrackedDocument(0, db.newPageId(), db.hsnSpace, "Kopia",
                DocumentKind.FEEDBACK_REPORT, db.cycle.id(), db.hsn.id(), DRAFT, Set.of(), 1,
                TrackedDocument.State.ACTIVE, ReportTemplates.V2024, NOW, "Anna Andersson");
        int documents = db.trackedDocumentRows();
        int history = db.historyRows();

        DocumentException refused = assertThrows(DocumentException.class, () -> db.documents.insert(second,
                DocumentChange.of(ChangeType.REGISTERED, null, DRAFT, null, null, anEditor(), NOW)));

        assertEquals(Problem.DUPLICATE, refused.problem());
        assertArrayEquals(new Object[] {first.pageId()}, refused.arguments());
        assertEquals(documents, db.trackedDocumentRows());
        assertEquals(history, db.historyRows());
    }

    @Test
    void register_reportsOfDifferentCommittees_orOtherCycles_areAllowed() {
        TrackedDocument hsn = registerReport(db.newPageId(), db.hsnSpace);
        TrackedDocument run = registerReport(db.newPageId(), db.runSpace);

        assertEquals(db.hsn.id(), hsn.committeeId());
        assertEquals(db.run.id(), run.committeeId());
        assertEquals(Set.of(hsn.id(), run.id()), ids(db.documents.findActiveByCycle(db.cycle.id())));
    }

    @Test
    void findActiveByCycle_ofSomeKinds_readsOnlyThoseKinds_andNoneForNoKinds() {
        TrackedDocument report = registerReport(db.newPageId(), db.hsnSpace);
        TrackedDocument meeting = target.register(db.newPageId(), db.hsnSpace, "Styrdialog", DocumentKind.MEETING,
                db.cycle.id(), null, anEditor());
        TrackedDocument trashed = registerReport(db.newPageId(), db.runSpace);
        target.pageTrashed(trashed.pageId(), anEditor());

        assertEquals(Set.of(report.id()), ids(db.documents.findActiveByCycle(db.cycle.id(),
                Set.of(DocumentKind.FEEDBACK_REPORT))));
        assertEquals(Set.of(meeting.id()), ids(db.documents.findActiveByCycle(db.cycle.id(),
                Set.of(DocumentKind.MEETING))));
        assertEquals(Set.of(report.id(), meeting.id()), ids(db.documents.findActiveByCycle(db.cycle.id(),
                Set.of(DocumentKind.FEEDBACK_REPORT, DocumentKind.MEETING))));
        assertEquals(Set.of(), ids(db.documents.findActiveByCycle(db.cycle.id(), Set.of())));
        assertEquals(Set.of(), ids(db.documents.findActiveByCycle(db.cycle.id() + 1000,
                Set.of(DocumentKind.FEEDBACK_REPORT))));
    }

    @Test
    void register_aReportInASpaceOfNoCommittee_isUnassigned_andDoesNotTakeASlot() {
        TrackedDocument first = registerReport(db.newPageId(), db.noCommitteeSpace);
        TrackedDocument second = registerReport(db.newPageId(), db.noCommitteeSpace);

        assertNull(first.committeeId());
        assertFalse(first.isAssigned());
        assertNull(second.committeeId());
        assertTrue(db.documents.findActiveByCycle(db.cycle.id()).stream()
                .allMatch(d -> d.committeeId() == null));
    }

    @Test
    void register_aMeetingPage_allowsManyPerCommittee_andStartsAsPlanned() {
        TrackedDocument first = target.register(db.newPageId(), db.hsnSpace, "Styrdialog", DocumentKind.MEETING,
                db.cycle.id(), null, anEditor());
        TrackedDocument second = target.register(db.newPageId(), db.hsnSpace, "Presidiemöte", DocumentKind.MEETING,
                db.cycle.id(), null, anEditor());

        assertEquals("planned", first.status());
        assertEquals(db.hsn.id(), second.committeeId());
        assertTrue(target.templateOf(first).isEmpty());
    }

    // --- status changes --------------------------------------------------------------------------------------

    @Test
    void changeStatus_forwardOneStep_writesVersionTwo_andAStatusEntry() {
        long pageId = registeredReport();

        TrackedDocument changed = target.changeStatus(pageId, 1, PREPARED, "  Skickad till beredning.  ",
                aProcessOwner());

        assertEquals(PREPARED, changed.status());
        assertEquals(2, changed.version());
        assertEquals("Erik Ekonom", changed.updatedBy());
        assertEquals(changed, target.requireByPage(pageId));
        DocumentChange entry = target.lastChange(changed.id()).orElseThrow();
        assertEquals(ChangeType.STATUS, entry.type());
        assertEquals(2, entry.seq());
        assertEquals(DRAFT, entry.fromValue());
        assertEquals(PREPARED, entry.toValue());
        assertEquals("Skickad till beredning.", entry.comment(), "stripped");
        assertEquals("erik", entry.actorKey());
        assertEquals(NOW, entry.at());
    }

    @Test
    void changeStatus_alongTheWholeWorkflow_endsReceived_withOneEntryPerStep() {
        long pageId = registeredReport();

        long version = 1;
        for (String status : List.of(PREPARED, HANDLED, DECIDED, SUBMITTED)) {
            version = target.changeStatus(pageId, version, status, null, true, anEditor()).version();
        }
        TrackedDocument received = target.changeStatus(pageId, version, RECEIVED, null, aProcessOwner());

        assertEquals(RECEIVED, received.status());
        assertEquals(6, received.version());
        List<DocumentChange> history = target.history(received.id());
        assertEquals(List.of(DRAFT, PREPARED, HANDLED, DECIDED, SUBMITTED, RECEIVED),
                history.stream().map(DocumentChange::toValue).toList());
    }

    @Test
    void backStep_withComment_isAllowed_andKeepsTheComment() {
        long pageId = registeredReport();
        target.changeStatus(pageId, 1, PREPARED, null, anEditor());

        TrackedDocument back = target.changeStatus(pageId, 2, DRAFT, COMMENT, anEditor());

        assertEquals(DRAFT, back.status());
        assertEquals(3, back.version());
        DocumentChange entry = target.lastChange(back.id()).orElseThrow();
        assertEquals(PREPARED, entry.fromValue());
        assertEquals(DRAFT, entry.toValue());
        assertEquals(COMMENT, entry.comment());
    }

    @Test
    void backStep_withoutComment_isRefused_andNothingIsWritten() {
        long pageId = registeredReport();
        TrackedDocument prepared = target.changeStatus(pageId, 1, PREPARED, null, anEditor());

        assertNothingWritten(pageId, Problem.COMMENT_REQUIRED,
                () -> target.changeStatus(pageId, 2, DRAFT, "   ", anEditor()));
        assertEquals(prepared, target.requireByPage(pageId));
        assertEquals(2, target.history(prepared.id()).size());
    }

    @Test
    void changeStatus_skippingAStep_isRefused_andNothingIsWritten() {
        long pageId = registeredReport();

        assertNothingWritten(pageId, Problem.NOT_ALLOWED,
                () -> target.changeStatus(pageId, 1, DECIDED, COMMENT, aProcessOwner()));
    }

    @Test
    void changeStatus_toTheSameStatus_isRefused_andNothingIsWritten() {
        long pageId = registeredReport();

        assertNothingWritten(pageId, Problem.SAME_STATUS, () -> target.changeStatus(pageId, 1, DRAFT, null, anEditor()));
    }

    @Test
    void changeStatus_toAnUnknownStatus_isRefused_andNothingIsWritten() {
        long pageId = registeredReport();

        assertNothingWritten(pageId, Problem.UNKNOWN_STATUS,
                () -> target.changeStatus(pageId, 1, "archived", null, anEditor()));
    }

    @Test
    void changeStatus_withACommentLongerThan2000Characters_isRefused_andNothingIsWritten() {
        long pageId = registeredReport();
        target.changeStatus(pageId, 1, PREPARED, null, anEditor());

        DocumentException refused = assertNothingWritten(pageId, Problem.COMMENT_TOO_LONG,
                () -> target.changeStatus(pageId, 2, DRAFT, "x".repeat(2001), anEditor()));
        assertArrayEquals(new Object[] {2000}, refused.arguments());
    }

    @Test
    void changeStatus_withACommentOfExactly2000Characters_isStoredWhole() {
        long pageId = registeredReport();
        target.changeStatus(pageId, 1, PREPARED, null, anEditor());
        String longest = "å".repeat(1999) + "!";

        TrackedDocument back = target.changeStatus(pageId, 2, DRAFT, longest, anEditor());

        assertEquals(longest, target.lastChange(back.id()).orElseThrow().comment());
    }

    @Test
    void changeStatus_fromAStaleVersion_isRefused_namingWhoChangedItFirst() {
        long pageId = registeredReport();
        target.changeStatus(pageId, 1, PREPARED, null, anEditorNamed("karin", "Karin Karlsson"));
        TrackedDocument before = target.requireByPage(pageId);
        int history = db.historyRows();

        StaleVersionException stale = assertThrows(StaleVersionException.class,
                () -> target.changeStatus(pageId, 1, PREPARED, null, anEditor()));

        assertEquals(Problem.STALE_VERSION, stale.problem());
        assertEquals("Karin Karlsson", stale.latest().actorName());
        assertEquals(2, stale.latest().seq());
        assertArrayEquals(new Object[] {"Karin Karlsson"}, stale.arguments());
        assertEquals(before, target.requireByPage(pageId));
        assertEquals(history, db.historyRows());
    }

    @Test
    void repositoryUpdate_fromAStaleVersion_isRefused_evenWhenTheServiceCheckIsBypassed() {
        long pageId = registeredReport();
        TrackedDocument stale = target.requireByPage(pageId);
        target.changeStatus(pageId, 1, PREPARED, null, anEditorNamed("karin", "Karin Karlsson"));
        int history = db.historyRows();

        StaleVersionException refused = assertThrows(StaleVersionException.class, () -> db.documents.update(
                stale.withStatus(PREPARED).changedBy(anEditor(), NOW), 1,
                DocumentChange.of(ChangeType.STATUS, DRAFT, PREPARED, null, null, anEditor(), NOW)));

        assertEquals("Karin Karlsson", refused.latest().actorName());
        assertEquals(history, db.historyRows());
        assertEquals(2, target.requireByPage(pageId).version());
    }

    @Test
    void markingReceived_byAnEditor_isRefused_andNothingIsWritten() {
        long pageId = reportAt(SUBMITTED);
        long version = target.requireByPage(pageId).version();

        assertNothingWritten(pageId, Problem.PROCESS_OWNER_ONLY,
                () -> target.changeStatus(pageId, version, RECEIVED, COMMENT, anEditor()));
    }

    @Test
    void markingReceived_byTheProcessOwner_isAllowed_andOnlyTheOwnerMayTakeItBack() {
        long pageId = reportAt(SUBMITTED);
        long version = target.requireByPage(pageId).version();

        TrackedDocument received = target.changeStatus(pageId, version, RECEIVED, null, aProcessOwner());
        assertEquals(RECEIVED, received.status());

        assertNothingWritten(pageId, Problem.PROCESS_OWNER_ONLY,
                () -> target.changeStatus(pageId, received.version(), SUBMITTED, COMMENT, anEditor()));
        assertEquals(SUBMITTED,
                target.changeStatus(pageId, received.version(), SUBMITTED, COMMENT, aProcessOwner()).status());
    }

    @Test
    void changeStatus_ofAnUnknownPage_isNotTracked() {
        DocumentException refused = assertThrows(DocumentException.class,
                () -> target.changeStatus(db.newPageId(), 1, PREPARED, null, anEditor()));

        assertEquals(Problem.NOT_TRACKED, refused.problem());
    }

    // --- sections --------------------------------------------------------------------------------------------

    @Test
    void markSection_readyAndNotReady_writesOneSectionEntryEach() {
        long pageId = registeredReport();

        TrackedDocument ready = target.markSection(pageId, 1, GOALS, true, null, anEditor());
        TrackedDocument alsoRisk = target.markSection(pageId, 2, RISK, true, null, anEditor());
        TrackedDocument notReady = target.markSection(pageId, 3, GOALS, false, COMMENT, aProcessOwner());

        assertEquals(Set.of(GOALS), ready.readySections());
        assertEquals(Set.of(GOALS, RISK), alsoRisk.readySections());
        assertEquals(Set.of(RISK), notReady.readySections());
        assertEquals(4, notReady.version());
        assertEquals(Set.of(RISK), target.requireByPage(pageId).readySections());
        List<DocumentChange> history = target.history(notReady.id());
        assertEquals(List.of(ChangeType.REGISTERED, ChangeType.SECTION, ChangeType.SECTION, ChangeType.SECTION),
                types(history));
        assertSectionEntry(history.get(1), GOALS, "not-ready", "ready", null);
        assertSectionEntry(history.get(2), RISK, "not-ready", "ready", null);
        assertSectionEntry(history.get(3), GOALS, "ready", "not-ready", COMMENT);
        assertEquals(DRAFT, notReady.status(), "sections do not move the status");
    }

    @Test
    void markSection_unknownSection_isRefused_namingIt_andNothingIsWritten() {
        long pageId = registeredReport();

        DocumentException refused = assertNothingWritten(pageId, Problem.UNKNOWN_SECTION,
                () -> target.markSection(pageId, 1, "budget", true, null, anEditor()));
        assertArrayEquals(new Object[] {"budget"}, refused.arguments());
    }

    @Test
    void markSection_alreadyReady_isRefusedAsSameStatus_andNothingIsWritten() {
        long pageId = registeredReport();
        target.markSection(pageId, 1, COMPETENCE, true, null, anEditor());

        assertNothingWritten(pageId, Problem.SAME_STATUS,
                () -> target.markSection(pageId, 2, COMPETENCE, true, null, anEditor()));
    }

    @Test
    void markSection_withATooLongComment_isRefused_andNothingIsWritten() {
        long pageId = registeredReport();

        assertNothingWritten(pageId, Problem.COMMENT_TOO_LONG,
                () -> target.markSection(pageId, 1, GOALS, true, "y".repeat(2001), anEditor()));
    }

    @Test
    void markSection_fromAStaleVersion_isRefused() {
        long pageId = registeredReport();
        target.markSection(pageId, 1, GOALS, true, null, anEditorNamed("karin", "Karin Karlsson"));

        StaleVersionException stale = assertThrows(StaleVersionException.class,
                () -> target.markSection(pageId, 1, RISK, true, null, anEditor()));

        assertEquals("Karin Karlsson", stale.latest().actorName());
        assertEquals(Set.of(GOALS), target.requireByPage(pageId).readySections());
    }

    @Test
    void markSection_onAMeetingPage_isRefused_becauseMeetingsHaveNoSections() {
        long pageId = db.newPageId();
        target.register(pageId, db.hsnSpace, "Styrdialog", DocumentKind.MEETING, db.cycle.id(), null, anEditor());

        assertNothingWritten(pageId, Problem.NO_SECTIONS,
                () -> target.markSection(pageId, 1, GOALS, true, null, anEditor()));
    }

    // --- the page's own life in Confluence -------------------------------------------------------------------

    @Test
    void pageRenamed_changesTheTitle_withATitleEntry() {
        long pageId = registeredReport();

        target.pageRenamed(pageId, "Återkopplingsrapport HSN 2027", anEditor());

        TrackedDocument renamed = target.requireByPage(pageId);
        assertEquals("Återkopplingsrapport HSN 2027", renamed.title());
        assertEquals(2, renamed.version());
        DocumentChange entry = target.lastChange(renamed.id()).orElseThrow();
        assertEquals(ChangeType.TITLE, entry.type());
        assertEquals("Återkopplingsrapport HSN", entry.fromValue());
        assertEquals("Återkopplingsrapport HSN 2027", entry.toValue());
    }

    @Test
    void pageRenamed_toTheSameTitle_writesNothing() {
        long pageId = registeredReport();

        target.pageRenamed(pageId, "Återkopplingsrapport HSN", anEditor());

        assertEquals(1, target.requireByPage(pageId).version());
    }

    @Test
    void pageMoved_toAnotherCommitteesSpace_followsThatCommittee() {
        long pageId = registeredReport();

        target.pageMoved(pageId, db.runSpace, anEditor());

        TrackedDocument moved = target.requireByPage(pageId);
        assertEquals(db.runSpace, moved.spaceKey());
        assertEquals(db.run.id(), moved.committeeId());
        assertEquals(2, moved.version());
        DocumentChange entry = target.lastChange(moved.id()).orElseThrow();
        assertEquals(ChangeType.MOVED, entry.type());
        assertEquals(db.hsnSpace, entry.fromValue());
        assertEquals(db.runSpace, entry.toValue());
        assertNull(entry.comment());
        assertEquals(moved.id(), db.documents.findSingleton(DocumentKind.FEEDBACK_REPORT, db.cycle.id(), db.run.id())
                .orElseThrow().id(), "the new committee's slot is taken");
        assertTrue(db.documents.findSingleton(DocumentKind.FEEDBACK_REPORT, db.cycle.id(), db.hsn.id()).isEmpty(),
                "the old committee's slot is free");
        registerReport(db.newPageId(), db.hsnSpace);
    }

    @Test
    void pageMoved_toASpaceOfNoCommittee_becomesVisiblyUnassigned() {
        long pageId = registeredReport();

        target.pageMoved(pageId, db.noCommitteeSpace, anEditor());

        TrackedDocument moved = target.requireByPage(pageId);
        assertEquals(db.noCommitteeSpace, moved.spaceKey());
        assertNull(moved.committeeId());
        TrackedDocument listed = db.documents.findActiveByCycle(db.cycle.id()).stream()
                .filter(d -> d.pageId() == pageId).findFirst().orElseThrow();
        assertNull(listed.committeeId());
        assertEquals("unassigned", target.lastChange(moved.id()).orElseThrow().comment());
    }

    @Test
    void pageMoved_toACommitteeThatAlreadyHasAReport_becomesUnassigned() {
        long hsnPage = registeredReport();
        TrackedDocument runReport = registerReport(db.newPageId(), db.runSpace);

        target.pageMoved(hsnPage, db.runSpace, anEditor());

        TrackedDocument moved = target.requireByPage(hsnPage);
        assertEquals(db.runSpace, moved.spaceKey());
        assertNull(moved.committeeId());
        assertEquals("unassigned", target.lastChange(moved.id()).orElseThrow().comment());
        assertEquals(runReport, target.requireByPage(runReport.pageId()), "the committee's own report is untouched");
    }

    @Test
    void pageMoved_fromASpaceOfNoCommittee_intoACommitteesSpace_takesThatCommitteesSlot() {
        long pageId = db.newPageId();
        registerReport(pageId, db.noCommitteeSpace);

        target.pageMoved(pageId, db.knSpace, anEditor());

        TrackedDocument moved = target.requireByPage(pageId);
        assertEquals(db.kn.id(), moved.committeeId());
        assertNull(target.lastChange(moved.id()).orElseThrow().comment());
        DocumentException refused = assertThrows(DocumentException.class,
                () -> registerReport(db.newPageId(), db.knSpace));
        assertEquals(Problem.DUPLICATE, refused.problem());
        assertArrayEquals(new Object[] {pageId}, refused.arguments());
    }

    @Test
    void pageMoved_withinTheSameSpace_writesNothing() {
        long pageId = registeredReport();

        target.pageMoved(pageId, db.hsnSpace, anEditor());

        assertEquals(1, target.requireByPage(pageId).version());
    }

    @Test
    void pageTrashed_hidesTheReportFromTheCycle_butKeepsItsHistory() {
        long pageId = registeredReport();
        target.changeStatus(pageId, 1, PREPARED, null, anEditor());

        target.pageTrashed(pageId, anEditor());

        TrackedDocument trashed = target.requireByPage(pageId);
        assertEquals(TrackedDocument.State.TRASHED, trashed.state());
        assertEquals(3, trashed.version());
        assertTrue(db.documents.findActiveByCycle(db.cycle.id()).stream().noneMatch(d -> d.pageId() == pageId));
        assertEquals(List.of(ChangeType.REGISTERED, ChangeType.STATUS, ChangeType.TRASHED),
                types(target.history(trashed.id())));
        DocumentException refused = assertThrows(DocumentException.class,
                () -> target.changeStatus(pageId, 3, HANDLED, null, anEditor()));
        assertEquals(Problem.NOT_TRACKED, refused.problem());
    }

    @Test
    void pageTrashed_twice_writesOneEntry() {
        long pageId = registeredReport();

        target.pageTrashed(pageId, anEditor());
        target.pageTrashed(pageId, anEditor());

        assertEquals(2, target.requireByPage(pageId).version());
    }

    @Test
    void pageRestored_bringsTheReportBack_withItsStatus() {
        long pageId = registeredReport();
        target.changeStatus(pageId, 1, PREPARED, null, anEditor());
        target.pageTrashed(pageId, anEditor());

        target.pageRestored(pageId, Actor.SYSTEM);

        TrackedDocument restored = target.requireByPage(pageId);
        assertTrue(restored.isActive());
        assertEquals(PREPARED, restored.status());
        assertEquals(4, restored.version());
        assertTrue(db.documents.findActiveByCycle(db.cycle.id()).stream().anyMatch(d -> d.pageId() == pageId));
        DocumentChange entry = target.lastChange(restored.id()).orElseThrow();
        assertEquals(ChangeType.RESTORED, entry.type());
        assertEquals("Confluence", entry.actorName());
        assertEquals("", entry.actorKey(), "the system actor has no user key");
    }

    @Test
    void pagePurged_removesTheReportAndItsHistory_andFreesTheSlot() {
        long pageId = registeredReport();
        TrackedDocument report = target.changeStatus(pageId, 1, PREPARED, null, anEditor());
        int documents = db.trackedDocumentRows();
        int history = db.historyRows();

        target.pagePurged(pageId);

        assertTrue(target.byPage(pageId).isEmpty());
        assertTrue(target.history(report.id()).isEmpty());
        assertTrue(target.lastChange(report.id()).isEmpty());
        assertEquals(documents - 1, db.trackedDocumentRows());
        assertEquals(history - 2, db.historyRows());
        assertEquals(DRAFT, registerReport(db.newPageId(), db.hsnSpace).status());
    }

    @Test
    void pagePurged_ofAnUnknownPage_doesNothing() {
        int documents = db.trackedDocumentRows();

        target.pagePurged(db.newPageId());

        assertEquals(documents, db.trackedDocumentRows());
    }

    @Test
    void spaceRemoved_removesItsDocuments_andTheCommitteeLosesItsSpace() {
        TrackedDocument hsnReport = registerReport(db.newPageId(), db.hsnSpace);
        TrackedDocument runReport = registerReport(db.newPageId(), db.runSpace);

        target.spaceRemoved(db.hsnSpace);

        assertTrue(target.byPage(hsnReport.pageId()).isEmpty());
        assertTrue(target.history(hsnReport.id()).isEmpty());
        assertEquals(runReport, target.requireByPage(runReport.pageId()));
        Committee hsn = db.committees.findById(db.hsn.id()).orElseThrow();
        assertNull(hsn.spaceKey());
        assertEquals(db.hsn.name(), hsn.name());
        assertTrue(db.committees.findBySpaceKey(db.hsnSpace).isEmpty());
    }

    @Test
    void spaceRemoved_ofTwoSpaces_leavesTwoCommitteesWithoutASpace() {
        target.spaceRemoved(db.hsnSpace);
        target.spaceRemoved(db.runSpace);

        assertNull(db.committees.findById(db.hsn.id()).orElseThrow().spaceKey());
        assertNull(db.committees.findById(db.run.id()).orElseThrow().spaceKey());
        assertEquals(db.knSpace, db.committees.findById(db.kn.id()).orElseThrow().spaceKey());
        assertNull(registerReport(db.newPageId(), db.hsnSpace).committeeId(), "the old space belongs to no one");
    }

    @Test
    void lifecycleEvents_ofAnUnknownPage_doNothing() {
        long unknown = db.newPageId();
        int history = db.historyRows();

        target.pageRenamed(unknown, "Ny titel", Actor.SYSTEM);
        target.pageMoved(unknown, db.runSpace, Actor.SYSTEM);
        target.pageTrashed(unknown, Actor.SYSTEM);
        target.pageRestored(unknown, Actor.SYSTEM);

        assertEquals(history, db.historyRows());
    }

    // --- the history -----------------------------------------------------------------------------------------

    @Test
    void history_isAppendOnly_inOrder_oneEntryPerVersion() {
        long pageId = registeredReport();
        long id = target.requireByPage(pageId).id();
        target.changeStatus(pageId, 1, PREPARED, null, anEditor());
        target.markSection(pageId, 2, GOALS, true, null, anEditor());
        List<DocumentChange> earlier = target.history(id);

        target.pageRenamed(pageId, "Ny titel", anEditor());
        target.changeStatus(pageId, 4, DRAFT, COMMENT, anEditor());
        target.pageMoved(pageId, db.runSpace, Actor.SYSTEM);
        target.pageTrashed(pageId, Actor.SYSTEM);
        target.pageRestored(pageId, Actor.SYSTEM);
        List<DocumentChange> history = target.history(id);

        assertEquals(earlier, history.subList(0, earlier.size()), "earlier entries are never rewritten");
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), history.stream().map(DocumentChange::seq).toList());
        assertEquals(List.of(ChangeType.REGISTERED, ChangeType.STATUS, ChangeType.SECTION, ChangeType.TITLE,
                ChangeType.STATUS, ChangeType.MOVED, ChangeType.TRASHED, ChangeType.RESTORED), types(history));
        assertEquals(8, target.requireByPage(pageId).version());
        assertEquals(history.get(history.size() - 1), target.lastChange(id).orElseThrow());
        assertTrue(history.stream().allMatch(c -> c.documentId() == id));
    }

    // --- submitting with sections not ready ------------------------------------------------------------------

    @Test
    void submitting_withSectionsNotReady_withoutConfirmation_isRefused_namingThem_andNothingIsWritten() {
        long pageId = reportAt(DECIDED);
        TrackedDocument decided = target.requireByPage(pageId);
        long ready = target.markSection(pageId, decided.version(), GOALS, true, null, anEditor()).version();

        NotReadySectionsException refused = (NotReadySectionsException) assertNothingWritten(pageId,
                Problem.NOT_READY_SECTIONS, () -> target.changeStatus(pageId, ready, SUBMITTED, null, anEditor()));

        assertEquals(6, refused.notReady().size());
        assertEquals(7, refused.total());
        assertFalse(refused.notReady().stream().anyMatch(s -> s.key().equals(GOALS)), "goals is ready");
        assertEquals(ReportTemplates.CHANGES, refused.notReady().get(0).key(), "in the template's order");
        assertEquals(DECIDED, target.requireByPage(pageId).status());
    }

    @Test
    void submitting_withSectionsNotReady_confirmed_recordsThemInTheHistory() {
        long pageId = reportAt(DECIDED);
        long version = target.markSection(pageId, target.requireByPage(pageId).version(), RISK, true, null,
                anEditor()).version();

        TrackedDocument submitted = target.changeStatus(pageId, version, SUBMITTED, null, true, anEditor());

        assertEquals(SUBMITTED, submitted.status());
        DocumentChange entry = target.lastChange(submitted.id()).orElseThrow();
        assertEquals(ChangeType.STATUS, entry.type());
        assertEquals(List.of(GOALS, ReportTemplates.CHANGES, COMPETENCE, ReportTemplates.ECONOMY,
                ReportTemplates.INVESTMENTS, ReportTemplates.OTHER), entry.notReadySections());
        assertEquals(7, entry.sectionCount());
        assertTrue(entry.hadNotReadySections());
        assertEquals(entry, target.history(submitted.id()).get(target.history(submitted.id()).size() - 1),
                "read back from the database the same");
    }

    @Test
    void submitting_withEverySectionReady_needsNoConfirmation_andRecordsNone() {
        long pageId = reportAt(DECIDED);
        long version = target.requireByPage(pageId).version();
        for (var section : ReportTemplates.TEMPLATE_2024.sections()) {
            version = target.markSection(pageId, version, section.key(), true, null, anEditor()).version();
        }

        TrackedDocument submitted = target.changeStatus(pageId, version, SUBMITTED, null, anEditor());

        DocumentChange entry = target.lastChange(submitted.id()).orElseThrow();
        assertEquals(List.of(), entry.notReadySections());
        assertEquals(0, entry.sectionCount());
    }

    @Test
    void aStepBeforeSubmitted_withSectionsNotReady_asksNothing_andRecordsNone() {
        long pageId = registeredReport();
        TrackedDocument prepared = target.changeStatus(pageId, 1, PREPARED, null, anEditor());
        assertEquals(List.of(), target.lastChange(prepared.id()).orElseThrow().notReadySections());
    }

    @Test
    void stepsOutOfSubmittedAndBackIntoIt_withSectionsNotReady_askNothing() {
        long submittedPage = reportAt(SUBMITTED);
        TrackedDocument received = target.changeStatus(submittedPage, target.requireByPage(submittedPage).version(),
                RECEIVED, null, aProcessOwner());
        TrackedDocument back = target.changeStatus(submittedPage, received.version(), SUBMITTED, COMMENT,
                aProcessOwner());
        assertEquals(SUBMITTED, back.status(), "a step back into Inskickad asks nothing");
        assertEquals(List.of(), target.lastChange(back.id()).orElseThrow().notReadySections());
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private TrackedDocument registerReport(long pageId, String spaceKey) {
        return target.register(pageId, spaceKey, "Återkopplingsrapport HSN", DocumentKind.FEEDBACK_REPORT,
                db.cycle.id(), ReportTemplates.V2024, anEditor());
    }

    private long registeredReport() {
        long pageId = db.newPageId();
        registerReport(pageId, db.hsnSpace);
        return pageId;
    }

    private long reportAt(String status) {
        long pageId = registeredReport();
        long version = 1;
        for (String step : List.of(PREPARED, HANDLED, DECIDED, SUBMITTED)) {
            version = target.changeStatus(pageId, version, step, null, true, anEditor()).version();
            if (step.equals(status)) {
                break;
            }
        }
        return pageId;
    }

    /** The request is refused with {@code problem}, and neither the document nor any history changed. */
    private DocumentException assertNothingWritten(long pageId, Problem problem, Executable request) {
        TrackedDocument before = target.requireByPage(pageId);
        List<DocumentChange> historyBefore = target.history(before.id());
        int documents = db.trackedDocumentRows();
        int history = db.historyRows();

        DocumentException refused = assertThrows(DocumentException.class, request);

        assertEquals(problem, refused.problem());
        assertFalse(refused instanceof StaleVersionException, "refused for the wrong reason");
        assertEquals(before, target.requireByPage(pageId));
        assertEquals(historyBefore, target.history(before.id()));
        assertEquals(documents, db.trackedDocumentRows());
        assertEquals(history, db.historyRows());
        return refused;
    }

    private static void assertSectionEntry(DocumentChange entry, String section, String from, String to,
                                           String comment) {
        assertEquals(ChangeType.SECTION, entry.type());
        assertEquals(section, entry.sectionKey());
        assertEquals(from, entry.fromValue());
        assertEquals(to, entry.toValue());
        assertEquals(comment, entry.comment());
    }

    private static List<ChangeType> types(List<DocumentChange> history) {
        return history.stream().map(DocumentChange::type).toList();
    }

    private static Set<Long> ids(List<TrackedDocument> documents) {
        return Set.copyOf(documents.stream().map(TrackedDocument::id).toList());
    }
}
