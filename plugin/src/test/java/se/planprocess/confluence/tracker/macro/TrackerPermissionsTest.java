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
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.fakes.CapturingTemplates;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeLabelManager;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.confluence.testing.Clocks;
import se.planprocess.confluence.tracker.TrackerService;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.CommitteeBuilder.aCommittee;

/**
 * The tracker macro's permissions end to end over real AO and in-memory Confluence: a committee in a space the viewer
 * cannot see is not there, a report on a restricted page is as if it did not exist, the links are the pages' own
 * paths, and Confluence is asked in a number of calls that does not grow with the committees (each space once, the
 * permissions of all spaces and of all pages in one call each, all pages in one call).
 */
class TrackerPermissionsTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final Actor SECRETARY = new Actor("key-sekreterare", "Nämndsekreterare", false);

    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare");
    private final FakeUser economist = new FakeUser("eva", "Eva Ekonom");
    private final Map<String, Object> rendered = new HashMap<>();
    private AoFixture fixture;
    private FakeConfluence confluence;
    private DocumentService documents;
    private TrackerMacro target;

    @BeforeEach
    void setUp() {
        fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        confluence = new FakeConfluence().processOwner(economist.name());
        for (String space : List.of(fixture.hsnSpace, fixture.runSpace, fixture.knSpace)) {
            confluence.space(space);
            confluence.canView(space, secretary.name(), economist.name());
        }
        documents = new DocumentService(fixture.documents, fixture.committees, KindCatalogue.builtIn(),
                Clocks.fixedAt("2026-04-10T10:00:00+02:00"));
        ProcessCalendar calendar = new ProcessCalendar(Clocks.fixedAt("2026-04-20T10:00:00+02:00"),
                KindCatalogue.builtIn());
        TrackerService service = new TrackerService(fixture.cycles, fixture.committees, fixture.documents,
                new AoStatusHistory(fixture.ao), calendar, KindCatalogue.builtIn());
        TemplateRenderer renderer = CapturingTemplates.into(rendered);
        PageBuilderService pageBuilder = CapturingTemplates.pageBuilder();
        target = new TrackerMacro(service, confluence.access(),
                new Messages(new BundleI18nResolver(Locale.forLanguageTag("sv-SE"))), renderer, pageBuilder,
                mode -> "/confluence", KindCatalogue.builtIn(), FakeLabelManager.empty());
        FakeConfluence.loginAs(secretary);
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void aCommitteeInASpaceTheViewerCannotSee_isLeftOut() throws Exception {
        Committee hidden = fixture.committees.save(aCommittee().unsaved().withName("Krisledningsnämnden")
                .withShortName("KRIS").withSpaceKey(fixture.hsnSpace + "KRIS").build());
        confluence.space(hidden.spaceKey());
        confluence.canView(hidden.spaceKey(), economist.name());

        render();

        assertEquals(List.of("Hälso- och sjukvårdsnämnden", "Kulturnämnden", "Regionala utvecklingsnämnden"),
                committees());
        FakeConfluence.loginAs(economist);
        render();
        assertTrue(committees().contains("Krisledningsnämnden"), committees().toString());
    }

    @Test
    void aReportOnARestrictedPage_orBelowOne_isAsIfThereWereNone_andTheOthersLinkToTheirPages() throws Exception {
        render();
        Map<String, Map<?, ?>> withoutReports = firstCells();
        long open = report(fixture.hsnSpace, fixture.hsn.id(), "Återkopplingsrapport HSN");
        long restricted = report(fixture.runSpace, fixture.run.id(), "Återkopplingsrapport RUN, hemlig");
        confluence.restrictView(restricted, economist.name());
        long belowRestricted = report(fixture.knSpace, fixture.kn.id(), "Återkopplingsrapport KN, under hemlig");
        long parent = fixture.newPageId();
        confluence.page(parent, fixture.knSpace, "Arbetsrum för ekonomistaben");
        confluence.restrictView(parent, economist.name());
        ((com.atlassian.confluence.pages.Page) confluence.getAbstractPage(belowRestricted))
                .setParent((com.atlassian.confluence.pages.Page) confluence.getAbstractPage(parent));

        render();

        Map<String, Map<?, ?>> cells = firstCells();
        Map<?, ?> hsn = cells.get("Hälso- och sjukvårdsnämnden");
        assertEquals("Återkopplingsrapport HSN", hsn.get("title"));
        assertEquals("/confluence" + confluence.getAbstractPage(open).getUrlPath(), hsn.get("url"));
        for (String hidden : List.of("Regionala utvecklingsnämnden", "Kulturnämnden")) {
            assertEquals(withoutReports.get(hidden), cells.get(hidden), hidden + ": as without a report");
            assertEquals("", cells.get(hidden).get("title"));
            assertEquals("", cells.get(hidden).get("url"));
        }
        String everything = rendered.toString();
        assertFalse(everything.contains("hemlig") || everything.contains("under hemlig"), "no title leaks");
        assertEquals(false, rendered.get("showAdmin"), "no link to the process calendar");

        FakeConfluence.loginAs(economist);
        render();
        assertEquals(true, rendered.get("showAdmin"), "the process owner's link to the process calendar");
        assertEquals("Återkopplingsrapport RUN, hemlig", firstCells().get("Regionala utvecklingsnämnden").get("title"));
        assertEquals("Återkopplingsrapport KN, under hemlig", firstCells().get("Kulturnämnden").get("title"));
    }

    @Test
    void confluenceIsAskedTheSameNumberOfTimes_forThreeCommittees_andForFifteen() throws Exception {
        report(fixture.hsnSpace, fixture.hsn.id(), "Återkopplingsrapport HSN");
        Map<String, Integer> few = callsOfOneRender(3);
        for (int i = 1; i <= 12; i++) {
            Committee more = fixture.committees.save(aCommittee().unsaved().withName("Nämnd " + i)
                    .withShortName("N" + i).withSpaceKey(fixture.hsnSpace + "N" + i).build());
            confluence.space(more.spaceKey());
            confluence.canView(more.spaceKey(), secretary.name());
            if (i % 3 != 0) {
                report(more.spaceKey(), more.id(), "Återkopplingsrapport " + i);
            }
        }
        Map<String, Integer> many = callsOfOneRender(15);

        assertEquals(few, many);
        assertEquals(Map.of("getAbstractPages", 1, "getPermittedEntities", 2, "isAdmin", 1, "isUserInGroup", 1), many,
                "one call for the pages, one permission call for the spaces and one for the pages, and one check"
                        + " whether the viewer keeps the process calendar (the link to its page)");
    }

    /** The host calls of one render, but for the space lookups, which are checked to be one per distinct space. */
    private Map<String, Integer> callsOfOneRender(int expectedRows) throws Exception {
        confluence.resetCalls();
        render();
        assertEquals(expectedRows, committees().size());
        Map<String, Integer> calls = new TreeMap<>(confluence.calls());
        Set<String> spaces = fixture.committees.findAll().stream().filter(Committee::active)
                .map(Committee::spaceKey).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        assertEquals(spaces.size(), calls.remove("getSpace"), "each space of an active committee once");
        return calls;
    }

    private long report(String space, long committeeId, String title) {
        long pageId = fixture.newPageId();
        confluence.page(pageId, space, title);
        documents.register(pageId, space, title, DocumentKind.FEEDBACK_REPORT, fixture.cycle.id(), committeeId,
                ReportTemplates.V2024, SECRETARY);
        return pageId;
    }

    private void render() throws Exception {
        target.execute(Map.of("cycle", fixture.cycle.key()), "", null);
        assertEquals("templates/tracker/view.vm", rendered.get("template"));
    }

    private List<String> committees() {
        return rows().stream().map(r -> (String) r.get("committee")).toList();
    }

    /** The first column's cell of each row, by committee. */
    private Map<String, Map<?, ?>> firstCells() {
        Map<String, Map<?, ?>> cells = new HashMap<>();
        for (Map<?, ?> row : rows()) {
            cells.put((String) row.get("committee"), (Map<?, ?>) ((List<?>) row.get("cells")).get(0));
        }
        return cells;
    }

    private List<Map<?, ?>> rows() {
        Map<?, ?> view = (Map<?, ?>) rendered.get("view");
        return ((List<?>) view.get("rows")).stream().<Map<?, ?>>map(r -> (Map<?, ?>) r).toList();
    }
}
