package se.planprocess.confluence.blueprint;

import se.planprocess.confluence.kind.PageRegistration;
import se.planprocess.confluence.kind.KindCatalogue;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.document.Actor;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.report.blueprint.ReportContextProvider;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CycleFactory;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.process.ProcessTemplates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportContextProviderTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();

    private AoFixture fixture;
    private DocumentService documents;
    private ReportContextProvider target;
    private FakeConfluence confluence;
    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare HSN");

    @BeforeEach
    void setUp() {
        fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        Clock clock = Clock.fixed(Instant.parse("2026-03-20T09:00:00Z"), ZoneOffset.UTC);
        documents = new DocumentService(fixture.documents, fixture.committees, KindCatalogue.builtIn(), clock);
        confluence = new FakeConfluence().canEdit(fixture.hsnSpace, secretary.name());
        target = new ReportContextProvider(fixture.cycles, fixture.committees, documents, new ProcessCalendar(clock, KindCatalogue.builtIn()),
                new Messages(new BundleI18nResolver(Locale.forLanguageTag("sv-SE"))), confluence.access());
        FakeConfluence.loginAs(secretary);
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void wizardChoices_giveTitleDeadlineHeadingsAndTheRegistration() {
        Map<String, Object> context = target.getContextMap(wizard(fixture.hsnSpace, fixture.hsn.id(), fixture.cycle.id()));
        String title = (String) context.get("ContentPageTitle");
        assertTrue(title.startsWith("Återkopplingsrapport Regionplan 2027–2030"), title);
        assertTrue(title.endsWith(" – " + fixture.hsn.name()), title);
        assertEquals("Återkopplingsrapport RSAU tillhanda 16 april 2026", context.get("deadlineText"));
        String sections = (String) context.get("sectionsXhtml");
        for (var section : ReportTemplates.TEMPLATE_2024.sections()) {
            assertTrue(sections.contains("<h2>" + section.heading().sv() + "</h2>"), section.key());
        }
        assertTrue(sections.contains("<ac:placeholder>"));
        assertTrue(sections.contains("<th><p>Sannolikhet</p></th>"));
        assertEquals("feedback-report", context.get(PageRegistration.KIND));
        assertEquals(String.valueOf(fixture.cycle.id()), context.get(PageRegistration.CYCLE_ID));
        assertEquals(String.valueOf(fixture.hsn.id()), context.get(PageRegistration.COMMITTEE_ID));
        assertEquals("2024", context.get(PageRegistration.TEMPLATE_VERSION));
    }

    @Test
    void registration_goesIntoTheRequestsOwnContext_theMapConfluencePublishesWithTheEvent() {
        Map<String, Object> request = wizard(fixture.hsnSpace, fixture.hsn.id(), fixture.cycle.id());
        target.getContextMap(request);
        assertEquals("feedback-report", request.get(PageRegistration.KIND));
        assertEquals(String.valueOf(fixture.cycle.id()), request.get(PageRegistration.CYCLE_ID));
        assertEquals(String.valueOf(fixture.hsn.id()), request.get(PageRegistration.COMMITTEE_ID));
        assertEquals("2024", request.get(PageRegistration.TEMPLATE_VERSION));
        assertEquals(fixture.cycle.key(), request.get(PageRegistration.CYCLE_LABEL));
        assertFalse(request.containsKey("sectionsXhtml"), "template-only values stay out of the event's map");
    }

    @Test
    void forgedRegistrationKeysInTheRequest_areOverwrittenWithTheCheckedChoices() {
        Map<String, Object> request = wizard(fixture.hsnSpace, fixture.hsn.id(), fixture.cycle.id());
        request.put(PageRegistration.COMMITTEE_ID, String.valueOf(fixture.kn.id()));
        request.put(PageRegistration.KIND, "feedback-report");
        request.put(PageRegistration.TEMPLATE_VERSION, "<script>");
        target.getContextMap(request);
        assertEquals(String.valueOf(fixture.hsn.id()), request.get(PageRegistration.COMMITTEE_ID));
        assertEquals("2024", request.get(PageRegistration.TEMPLATE_VERSION));
    }

    @Test
    void refusedChoice_leavesTheRequestContextAsItWas() {
        Map<String, Object> request = wizard(fixture.hsnSpace, fixture.kn.id(), fixture.cycle.id());
        Map<String, Object> before = new HashMap<>(request);
        assertThrows(IllegalArgumentException.class, () -> target.getContextMap(request));
        assertEquals(before, request);
    }

    @Test
    void noChoices_defaultToTheSpacesCommitteeAndTheCurrentCycle() {
        Map<String, Object> context = target.getContextMap(wizard(fixture.hsnSpace, null, null));
        assertEquals(String.valueOf(fixture.hsn.id()), context.get(PageRegistration.COMMITTEE_ID));
        assertFalse(String.valueOf(context.get(PageRegistration.CYCLE_ID)).isBlank());
    }

    @Test
    void secondReportForTheSameCommitteeAndCycle_isRefusedWithAMessage() {
        long existing = fixture.newPageId();
        confluence.page(existing, fixture.hsnSpace, "Befintlig");
        documents.register(existing, fixture.hsnSpace, "Befintlig", DocumentKind.FEEDBACK_REPORT,
                fixture.cycle.id(), ReportTemplates.V2024, new Actor("a", "A", false));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> target.getContextMap(wizard(fixture.hsnSpace, fixture.hsn.id(), fixture.cycle.id())));
        assertEquals("Det finns redan en återkopplingsrapport för nämnden och planperioden.", e.getMessage());
    }

    @Test
    void secondReport_whenTheFirstIsOneTheUserMayNotSee_isRefusedSayingSo_withoutItsTitle() {
        long hidden = fixture.newPageId();
        confluence.page(hidden, fixture.hsnSpace, "Hemlig rapport");
        confluence.restrictView(hidden, "ekonom");
        documents.register(hidden, fixture.hsnSpace, "Hemlig rapport", DocumentKind.FEEDBACK_REPORT,
                fixture.cycle.id(), ReportTemplates.V2024, new Actor("a", "A", false));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> target.getContextMap(wizard(fixture.hsnSpace, fixture.hsn.id(), fixture.cycle.id())));
        assertEquals("Det finns redan en återkopplingsrapport för nämnden och planperioden, men du har inte behörighet"
                + " att se den: sidan är begränsad eller ligger i papperskorgen. Skapa ingen ny rapport; fråga nämndens"
                + " sekreterare eller ekonomistaben.", e.getMessage());
    }

    @Test
    void hostileOrUnknownChoices_areRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> target.getContextMap(wizard(fixture.hsnSpace, "<script>", fixture.cycle.id())));
        assertThrows(IllegalArgumentException.class,
                () -> target.getContextMap(wizard(fixture.hsnSpace, fixture.hsn.id(), 987654)));
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> target.getContextMap(wizard(fixture.hsnSpace, fixture.kn.id(), fixture.cycle.id())));
        assertFalse(other.getMessage().contains(fixture.kn.name()), "no user text: the dialog shows it as HTML");
        assertTrue(other.getMessage().startsWith("I en nämnds utrymme"), other.getMessage());
    }

    // --- titles -------------------------------------------------------------------------------------------------

    @Test
    void twoCyclesWithTheSameWritingYear_giveDifferentTitles_namingTheirPlanPeriods() {
        AoFixture fresh = AoFixture.on(AoTestDatabase.H2, AoFixture.newDatabaseCache());
        Cycle later = fresh.cycles.save(withFeedbackDue(CycleFactory.fromTemplate(ProcessTemplates.REGION_YEARLY, 2028,
                Map.of(DocumentKind.FEEDBACK_REPORT, ReportTemplates.V2024)), LocalDate.of(2026, 12, 1)));
        assertEquals(fresh.cycle.writingYear(DocumentKind.FEEDBACK_REPORT),
                later.writingYear(DocumentKind.FEEDBACK_REPORT), "the old title would have been the same");
        ReportContextProvider provider = providerOn(fresh, new FakeConfluence().canEdit(fresh.hsnSpace, secretary.name()));

        Object first = provider.getContextMap(wizard(fresh.hsnSpace, fresh.hsn.id(), fresh.cycle.id()))
                .get("ContentPageTitle");
        Object second = provider.getContextMap(wizard(fresh.hsnSpace, fresh.hsn.id(), later.id()))
                .get("ContentPageTitle");

        assertEquals("Återkopplingsrapport Regionplan 2027–2030 – " + fresh.hsn.name(), first);
        assertEquals("Återkopplingsrapport Regionplan 2028–2031 – " + fresh.hsn.name(), second);
    }

    @Test
    void cyclesSharingAName_getTheirKeysInTheTitle_soTheTitlesStillDiffer() {
        AoFixture fresh = AoFixture.on(AoTestDatabase.H2, AoFixture.newDatabaseCache());
        Cycle base = fresh.cycle;
        Cycle twin = fresh.cycles.save(new Cycle(0, base.key() + "-b", base.name(), base.planYear(),
                base.horizonYears(), base.templateKey(), base.templateVersions(), base.phases(), base.milestones()));
        ReportContextProvider provider = providerOn(fresh, new FakeConfluence().canEdit(fresh.hsnSpace, secretary.name()));

        Object first = provider.getContextMap(wizard(fresh.hsnSpace, fresh.hsn.id(), base.id())).get("ContentPageTitle");
        Object second = provider.getContextMap(wizard(fresh.hsnSpace, fresh.hsn.id(), twin.id())).get("ContentPageTitle");

        assertEquals("Återkopplingsrapport Regionplan 2027–2030 (" + base.key() + ") – " + fresh.hsn.name(), first);
        assertEquals("Återkopplingsrapport Regionplan 2027–2030 (" + twin.key() + ") – " + fresh.hsn.name(), second);
    }

    @Test
    void aTitleAlreadyTakenInTheSpace_isRefusedWithAMessage_andTheRequestIsUnchanged() {
        AoFixture fresh = AoFixture.on(AoTestDatabase.H2, AoFixture.newDatabaseCache());
        FakeConfluence confluence = new FakeConfluence().canEdit(fresh.hsnSpace, secretary.name());
        confluence.page(fresh.newPageId(), fresh.hsnSpace, "Återkopplingsrapport Regionplan 2027–2030 – "
                + fresh.hsn.name());
        ReportContextProvider provider = providerOn(fresh, confluence);
        Map<String, Object> request = wizard(fresh.hsnSpace, fresh.hsn.id(), fresh.cycle.id());
        Map<String, Object> before = new HashMap<>(request);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.getContextMap(request));

        assertEquals("Det finns redan en sida med rapportens titel i utrymmet. Byt namn på den sidan eller flytta den, "
                + "och skapa sedan rapporten igen.", e.getMessage());
        assertEquals(before, request, "no registration goes to the event");

        FakeConfluence elsewhere = new FakeConfluence().canEdit(fresh.hsnSpace, secretary.name());
        elsewhere.page(fresh.newPageId(), fresh.runSpace, "Återkopplingsrapport Regionplan 2027–2030 – "
                + fresh.hsn.name());
        assertEquals("Återkopplingsrapport Regionplan 2027–2030 – " + fresh.hsn.name(), providerOn(fresh, elsewhere)
                .getContextMap(wizard(fresh.hsnSpace, fresh.hsn.id(), fresh.cycle.id())).get("ContentPageTitle"),
                "titles are unique per space: the same title in another space does not block");
    }

    private ReportContextProvider providerOn(AoFixture on, FakeConfluence confluence) {
        Clock clock = Clock.fixed(Instant.parse("2026-03-20T09:00:00Z"), ZoneOffset.UTC);
        DocumentService service = new DocumentService(on.documents, on.committees, KindCatalogue.builtIn(), clock);
        return new ReportContextProvider(on.cycles, on.committees, service,
                new ProcessCalendar(clock, KindCatalogue.builtIn()),
                new Messages(new BundleI18nResolver(Locale.forLanguageTag("sv-SE"))), confluence.access());
    }

    private static Cycle withFeedbackDue(Cycle cycle, LocalDate due) {
        List<Milestone> milestones = cycle.milestones().stream()
                .map(m -> m.documentKind() == DocumentKind.FEEDBACK_REPORT
                        ? new Milestone(m.key(), m.name(), due, m.phaseKey(), m.committeeIds(), m.documentKind(),
                        m.requiredStatus())
                        : m)
                .toList();
        return new Cycle(0, cycle.key(), cycle.name(), cycle.planYear(), cycle.horizonYears(), cycle.templateKey(),
                cycle.templateVersions(), cycle.phases(), milestones);
    }

    private static Map<String, Object> wizard(String spaceKey, Object committeeId, Object cycleId) {
        Map<String, Object> context = new HashMap<>();
        context.put("spaceKey", spaceKey);
        if (committeeId != null) {
            context.put("committeeId", String.valueOf(committeeId));
        }
        if (cycleId != null) {
            context.put("cycleId", String.valueOf(cycleId));
        }
        return context;
    }
}
