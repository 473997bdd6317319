package se.planprocess.confluence.listener;

import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.event.api.EventPublisher;
import net.java.ao.DatabaseProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.document.ChangeType;
import se.planprocess.confluence.document.DocumentChange;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The page listener keeps a document's registration right when its page is renamed, moved or trashed, and a save
 * that keeps the page's title, of a tracked page or any other, does not query the index at all.
 */
class PageEventListenerTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final String TITLE = "Återkopplingsrapport HSN 2027";

    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare HSN");
    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());
    private final DatabaseProvider.SqlListener sql = statements::add;
    private AoFixture fixture;
    private FakeConfluence confluence;
    private DocumentService documents;
    private PageEventListener target;
    private Page report;

    @BeforeEach
    void setUp() {
        fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        Clock clock = Clock.fixed(Instant.parse("2026-03-20T09:00:00Z"), ZoneOffset.UTC);
        documents = new DocumentService(fixture.documents, fixture.committees, KindCatalogue.builtIn(), clock);
        confluence = new FakeConfluence().canEdit(fixture.hsnSpace, secretary.name());
        target = new PageEventListener(new NoEventPublisher(), documents, fixture.committees, confluence.access(),
                confluence);
        FakeConfluence.loginAs(secretary);
        report = confluence.page(fixture.newPageId(), fixture.hsnSpace, TITLE);
        documents.register(report.getId(), fixture.hsnSpace, TITLE, DocumentKind.FEEDBACK_REPORT, fixture.cycle.id(),
                ReportTemplates.V2024, confluence.access().actor());
        fixture.ao.entityManager().getProvider().addSqlListener(sql);
    }

    @AfterEach
    void tearDown() {
        fixture.ao.entityManager().getProvider().removeSqlListener(sql);
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void trackedPageRenamed_theDocumentHasTheNewTitle_andATitleEntry() {
        Page renamed = confluence.page(report.getId(), fixture.hsnSpace, TITLE + " (reviderad)");

        target.onPageUpdated(new PageUpdateEvent(this, renamed, original(report, TITLE)));

        TrackedDocument document = documents.byPage(report.getId()).orElseThrow();
        assertEquals(TITLE + " (reviderad)", document.title());
        DocumentChange entry = documents.lastChange(document.id()).orElseThrow();
        assertEquals(ChangeType.TITLE, entry.type());
        assertEquals(TITLE, entry.fromValue());
        assertEquals(TITLE + " (reviderad)", entry.toValue());
    }

    @Test
    void trackedPageRenamed_withoutAnOriginalPage_stillGetsTheNewTitle() {
        Page renamed = confluence.page(report.getId(), fixture.hsnSpace, "Ny titel");

        target.onPageUpdated(new PageUpdateEvent(this, renamed, null));

        assertEquals("Ny titel", documents.byPage(report.getId()).orElseThrow().title());
    }

    @Test
    void savedWithItsTitle_noIndexQuery_forATrackedPage_orAnyOther() {
        long version = documents.byPage(report.getId()).orElseThrow().version();
        Page unrelated = confluence.page(fixture.newPageId(), fixture.hsnSpace, "Anteckningar");
        statements.clear();

        target.onPageUpdated(new PageUpdateEvent(this, report, original(report, TITLE)));
        target.onPageUpdated(new PageUpdateEvent(this, unrelated, original(unrelated, "Anteckningar")));

        assertEquals(List.of(), statements, "a save that kept the title queries nothing");
        assertEquals(version, documents.byPage(report.getId()).orElseThrow().version());
    }

    @Test
    void unrelatedPageRenamed_isLookedUp_andNothingChanges() {
        int documentRows = fixture.trackedDocumentRows();
        int historyRows = fixture.historyRows();
        Page unrelated = confluence.page(fixture.newPageId(), fixture.hsnSpace, "Anteckningar, ny titel");
        statements.clear();

        target.onPageUpdated(new PageUpdateEvent(this, unrelated, original(unrelated, "Anteckningar")));

        assertEquals(1, statements.size(), "one lookup by page id: " + statements);
        assertEquals(documentRows, fixture.trackedDocumentRows());
        assertEquals(historyRows, fixture.historyRows());
    }

    @Test
    void trackedPageMovedAndTrashed_theDocumentFollows() {
        Page moved = confluence.page(report.getId(), fixture.runSpace, TITLE);

        target.onPageMoved(new PageMoveEvent(this, moved, confluence.space(fixture.hsnSpace)));
        TrackedDocument afterMove = documents.byPage(report.getId()).orElseThrow();
        assertEquals(fixture.runSpace, afterMove.spaceKey());
        assertEquals(Long.valueOf(fixture.run.id()), afterMove.committeeId());

        target.onPageTrashed(new PageTrashedEvent(this, moved));
        assertFalse(documents.byPage(report.getId()).orElseThrow().isActive(), "trashed: hidden, history kept");
    }

    /** The page as it was before the save (Confluence passes the previous version). */
    private Page original(Page saved, String title) {
        Page page = new Page();
        page.setId(saved.getId());
        page.setTitle(title);
        page.setSpace(confluence.space(fixture.hsnSpace));
        return page;
    }

    private static final class NoEventPublisher implements EventPublisher {
        @Override
        public void publish(Object event) {
        }

        @Override
        public void register(Object listener) {
        }

        @Override
        public void unregister(Object listener) {
        }

        @Override
        public void unregisterAll() {
        }
    }
}
