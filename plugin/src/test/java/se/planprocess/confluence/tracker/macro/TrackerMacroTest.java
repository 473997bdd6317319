package se.planprocess.confluence.tracker.macro;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.ao.AoStatusHistory;
import se.planprocess.confluence.document.Actor;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.workflow.Workflows;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.fakes.CapturingTemplates;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeLabelManager;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.confluence.testing.Clocks;
import se.planprocess.confluence.tracker.TrackerService;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tracker macro's new parameters end to end over real AO and in-memory Confluence: a space category picks the
 * committees whose space has it, in one lookup per category; a phase narrows the columns and marks the phase; the
 * latest status changes are as many as asked; a bad value is one error in the user's language and nothing else is
 * rendered.
 */
class TrackerMacroTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();

    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare");
    private final Map<String, Object> rendered = new HashMap<>();
    private AoFixture fixture;
    private FakeLabelManager labels;
    private FakeConfluence confluence;
    private TrackerMacro target;

    @BeforeEach
    void setUp() {
        fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        confluence = new FakeConfluence()
                .canView(fixture.hsnSpace, secretary.name())
                .canView(fixture.runSpace, secretary.name())
                .canView(fixture.knSpace, secretary.name());
        confluence.space(fixture.hsnSpace);
        confluence.space(fixture.runSpace);
        confluence.space(fixture.knSpace);
        labels = FakeLabelManager.empty()
                .category("Vard", fixture.hsnSpace, fixture.knSpace, "NOSUCHSPACE")
                .category("utveckling", fixture.runSpace);
        ProcessCalendar calendar = new ProcessCalendar(Clocks.fixedAt("2026-04-20T10:00:00+02:00"),
                KindCatalogue.builtIn());
        TrackerService service = new TrackerService(fixture.cycles, fixture.committees, fixture.documents,
                new AoStatusHistory(fixture.ao), calendar, KindCatalogue.builtIn());
        TemplateRenderer renderer = CapturingTemplates.into(rendered);
        PageBuilderService pageBuilder = CapturingTemplates.pageBuilder();
        target = new TrackerMacro(service, confluence.access(),
                new Messages(new BundleI18nResolver(Locale.forLanguageTag("sv-SE"))), renderer, pageBuilder,
                mode -> "/confluence", KindCatalogue.builtIn(), labels);
        FakeConfluence.loginAs(secretary);
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void aSpaceCategory_showsTheCommitteesWhoseSpaceHasIt_inOneLookupPerCategory() throws Exception {
        render(Map.of("cycle", fixture.cycle.key(), "spaceCategory", "vard"));

        assertEquals("templates/tracker/view.vm", rendered.get("template"));
        assertEquals(List.of("Hälso- och sjukvårdsnämnden", "Kulturnämnden"), committees());
        assertEquals(2, labels.lookups(), "the stored team label, then the spaces with it: nothing per committee");
    }

    @Test
    void twoCategories_areTheUnionOfTheirSpaces_andTheCaseOfTheNameDoesNotMatter() throws Exception {
        render(Map.of("cycle", fixture.cycle.key(), "spaceCategory", "VARD, Utveckling"));

        assertEquals(List.of("Hälso- och sjukvårdsnämnden", "Kulturnämnden", "Regionala utvecklingsnämnden"),
                committees());
        assertEquals(4, labels.lookups());
    }

    @Test
    void aCategoryNoSpaceHas_saysSoInSwedish_andShowsNoTable() throws Exception {
        render(Map.of("cycle", fixture.cycle.key(), "spaceCategory", "skola"));

        assertEquals("templates/tracker/empty.vm", rendered.get("template"));
        assertEquals("Det finns ingen nämnd i rymdkategorin skola som du har behörighet att se.",
                rendered.get("message"));
        assertNull(rendered.get("view"));
    }

    @Test
    void committeesAndACategoryTogether_areRefused_beforeAnythingIsLookedUp() throws Exception {
        render(Map.of("cycle", fixture.cycle.key(), "spaceCategory", "vard", "committees", "KN"));

        assertEquals("templates/tracker/error.vm", rendered.get("template"));
        assertEquals("Ange antingen nämnder eller rymdkategori i processöversikten, inte båda.", rendered.get("message"));
        assertEquals(0, labels.lookups());
    }

    @Test
    void aHostileCategory_isRefusedWithTheRule_andNeverEchoed() throws Exception {
        render(Map.of("cycle", fixture.cycle.key(), "spaceCategory", "vard,<script>alert(1)</script>"));

        assertEquals("templates/tracker/error.vm", rendered.get("template"));
        String message = (String) rendered.get("message");
        assertTrue(message.startsWith("Parametern spaceCategory (rymdkategori)"), message);
        assertFalse(message.contains("script"), message);
        assertNull(rendered.get("view"));
        assertEquals(0, labels.lookups());
    }

    @Test
    void aPhase_keepsOnlyTheDeliverablesWithDeadlinesInIt_andMarksItOnTheBar() throws Exception {
        render(Map.of("cycle", fixture.cycle.key(), "phase", "operational-plans"));

        Map<?, ?> view = (Map<?, ?>) rendered.get("view");
        List<?> columns = (List<?>) view.get("columns");
        assertEquals(1, columns.size());
        assertEquals("Verksamhetsplan", ((Map<?, ?>) columns.get(0)).get("name"));
        List<?> chosen = ((List<?>) view.get("phases")).stream().filter(p -> (Boolean) ((Map<?, ?>) p).get("chosen"))
                .toList();
        assertEquals(1, chosen.size());
        assertEquals("Verksamhetsplaner (VP)", ((Map<?, ?>) chosen.get(0)).get("name"));
        assertTrue(((String) view.get("caption")).contains("fasen Verksamhetsplaner (VP)"), (String) view.get("caption"));
    }

    @Test
    void anUnknownPhase_isOneErrorListingTheValidPhases() throws Exception {
        render(Map.of("cycle", fixture.cycle.key(), "phase", "harvest"));

        assertEquals("templates/tracker/error.vm", rendered.get("template"));
        String message = (String) rendered.get("message");
        assertTrue(message.startsWith("Fasen harvest finns inte i planperioden"), message);
        assertTrue(message.endsWith("Giltiga faser: preparation, planning-premises, committee-feedback, drafting,"
                + " decision, operational-plans, activity-plans."), message);
        assertNull(rendered.get("view"));
    }

    @Test
    void aPhaseThatIsNoKey_isRefusedListingTheValidPhases_andNeverEchoed() throws Exception {
        render(Map.of("cycle", fixture.cycle.key(), "phase", "<img src=x onerror=alert(1)>"));

        assertEquals("templates/tracker/error.vm", rendered.get("template"));
        String message = (String) rendered.get("message");
        assertEquals("Den angivna fasen finns inte i planperioden Regionplan 2027–2030. Giltiga faser: preparation,"
                + " planning-premises, committee-feedback, drafting, decision, operational-plans, activity-plans.",
                message);
    }

    @Test
    void withoutFilters_theExportLinksNameTheCycleShown() throws Exception {
        render(Map.of());

        String link = (String) rendered.get("exportXlsx");
        assertTrue(link.matches("/confluence/rest/planprocess/1\\.0/tracker/export\\?cycle=regionplan-2027-t\\d+"),
                "the current cycle, resolved, and nothing else: " + link);
        assertEquals(rendered.get("exportXlsx") + "&format=csv", rendered.get("exportCsv"));
    }

    @Test
    void aPhaseWithoutDeadlines_saysSo() throws Exception {
        render(Map.of("cycle", fixture.cycle.key(), "phase", "drafting"));

        assertEquals("templates/tracker/empty.vm", rendered.get("template"));
        assertEquals("Fasen Beredning av regionplan och budget har inga deadlines för nämndernas dokument.",
                rendered.get("message"));
    }

    @Test
    void permissions_areAskedForAllCommitteesAndDocumentsAtOnce_neverOneByOne() throws Exception {
        render(Map.of("cycle", fixture.cycle.key()));

        assertEquals(3, committees().size());
        assertEquals(0, confluence.calls("hasPermission"), "no permission check per committee or document");
        assertTrue(confluence.calls("getPermittedEntities") >= 1 && confluence.calls("getPermittedEntities") <= 2,
                "one list check for the spaces, one for the pages: " + confluence.calls());
    }

    @Test
    void theLatestChanges_areTenByDefault_asManyAsAsked_andNoneWithZero() throws Exception {
        DocumentService documents = new DocumentService(fixture.documents, fixture.committees, KindCatalogue.builtIn(),
                Clocks.fixedAt("2026-04-10T10:00:00+02:00"));
        Actor author = new Actor("key-s", "Nämndsekreterare", false);
        long pageId = fixture.newPageId();
        confluence.page(pageId, fixture.hsnSpace, "Rapport HSN");
        TrackedDocument report = documents.register(pageId, fixture.hsnSpace, "Rapport HSN",
                DocumentKind.FEEDBACK_REPORT, fixture.cycle.id(), ReportTemplates.V2024, author);
        for (int i = 0; i < 6; i++) {
            report = documents.changeStatus(report.pageId(), report.version(), Workflows.PREPARED, null, author);
            report = documents.changeStatus(report.pageId(), report.version(), Workflows.DRAFT, "Om " + i, author);
        }

        render(Map.of("cycle", fixture.cycle.key()));
        assertEquals(10, changes().size());
        assertEquals(true, view().get("showsChanges"));
        assertEquals("tillbaka från Under beredning till Utkast", changes().get(0).get("step"));
        assertEquals("Om 5", changes().get(0).get("comment"));
        render(Map.of("cycle", fixture.cycle.key(), "changes", "3"));
        assertEquals(3, changes().size());
        render(Map.of("cycle", fixture.cycle.key(), "changes", "50"));
        assertEquals(12, changes().size());
        render(Map.of("cycle", fixture.cycle.key(), "changes", "0"));
        assertEquals(false, view().get("showsChanges"));
        assertTrue(changes().isEmpty());
    }

    @Test
    void aBadNumberOfChanges_isOneErrorInSwedish_namingTheBounds() throws Exception {
        for (String value : List.of("51", "-1", "alla")) {
            render(Map.of("cycle", fixture.cycle.key(), "changes", value));

            assertEquals("templates/tracker/error.vm", rendered.get("template"), value);
            assertEquals("Parametern changes (senaste statusändringar) i processöversikten ska vara ett heltal från 0"
                    + " till 50; 0 döljer listan.", rendered.get("message"));
            assertNull(rendered.get("view"));
        }
    }

    private Map<?, ?> view() {
        return (Map<?, ?>) rendered.get("view");
    }

    private List<Map<?, ?>> changes() {
        return ((List<?>) view().get("latestChanges")).stream().<Map<?, ?>>map(c -> (Map<?, ?>) c).toList();
    }

    private void render(Map<String, String> parameters) throws Exception {
        target.execute(parameters, "", null);
    }

    private List<String> committees() {
        Map<?, ?> view = (Map<?, ?>) rendered.get("view");
        return ((List<?>) view.get("rows")).stream().map(r -> (String) ((Map<?, ?>) r).get("committee")).toList();
    }
}
