package se.planprocess.confluence.meeting.macro;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.ao.AoStatusHistory;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.fakes.CapturingTemplates;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.meeting.MeetingKinds;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.confluence.testing.Clocks;
import se.planprocess.confluence.tracker.TrackerService;
import se.planprocess.hostao.EntityManagerActiveObjects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.Actors.anEditor;

/**
 * The meeting panel over real AO and in-memory Confluence: its header in the viewer's language, a styrdialog's
 * committee report with its status only for a viewer who may see it, and a refused parameter as one message.
 */
class MeetingMacroTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();

    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare");
    private final Map<String, Object> rendered = new HashMap<>();
    private AoFixture fixture;
    private FakeConfluence confluence;
    private DocumentService documents;
    private TrackerService tracker;

    @BeforeEach
    void setUp() {
        fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        confluence = new FakeConfluence().canView(fixture.hsnSpace, secretary.name())
                .canView(fixture.knSpace, secretary.name());
        confluence.space(fixture.hsnSpace);
        confluence.space(fixture.knSpace);
        confluence.space(fixture.runSpace);
        ProcessCalendar calendar = new ProcessCalendar(Clocks.fixedAt("2027-04-20T10:00:00+02:00"),
                KindCatalogue.builtIn());
        documents = new DocumentService(fixture.documents, fixture.committees, KindCatalogue.builtIn(),
                Clocks.fixedAt("2027-04-20T10:00:00+02:00"));
        tracker = new TrackerService(fixture.cycles, fixture.committees, fixture.documents,
                new AoStatusHistory(fixture.ao), calendar, KindCatalogue.builtIn());
        FakeConfluence.loginAs(secretary);
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    private MeetingMacro target(Locale locale) {
        TemplateRenderer renderer = CapturingTemplates.into(rendered);
        PageBuilderService pageBuilder = CapturingTemplates.pageBuilder();
        return new MeetingMacro(tracker, fixture.cycles, fixture.committees, documents, confluence.access(),
                new Messages(new BundleI18nResolver(locale)), renderer, pageBuilder, mode -> "/confluence",
                MeetingKinds.defaults(), new se.planprocess.confluence.ao.AoMeetingRepository(fixture.ao),
                new se.planprocess.confluence.host.ConfluenceMeetingPeople(
                        new se.planprocess.confluence.fakes.FakeUserAccessor().with(secretary)),
                new ProcessCalendar(Clocks.fixedAt("2027-04-20T10:00:00+02:00"), KindCatalogue.builtIn()));
    }

    private Map<?, ?> render(Locale locale, Map<String, String> parameters) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(Map.of("cycle", fixture.cycle.key()));
        all.putAll(parameters);
        target(locale).execute(all, "<h3>Deltagare</h3><p>Alla</p>", null);
        return (Map<?, ?>) rendered.get("meeting");
    }

    private TrackedDocument report(String space, long committeeId) {
        long pageId = fixture.newPageId();
        confluence.page(pageId, space, "Återkopplingsrapport " + space);
        return documents.register(pageId, space, "Återkopplingsrapport " + space, DocumentKind.FEEDBACK_REPORT,
                fixture.cycle.id(), committeeId, ReportTemplates.V2024, anEditor());
    }

    @Test
    void aStyrdialog_showsItsCommittee_andTheCommitteesReportWithItsStatus() throws Exception {
        TrackedDocument report = report(fixture.knSpace, fixture.kn.id());

        Map<?, ?> meeting = render(Locale.forLanguageTag("sv-SE"), Map.of("kind", "styrdialog",
                "date", "2026-10-01", "start", "09:00", "end", "10:30", "place", "Sal A", "committee", "KN",
                "phase", "committee-feedback"));

        assertEquals("templates/meeting/view.vm", rendered.get("template"));
        assertEquals("Styrdialog", meeting.get("kind"));
        assertEquals("torsdag 1 oktober 2026, 09:00–10:30", meeting.get("when"));
        assertEquals("2026-10-01", meeting.get("isoDate"));
        assertEquals("Kulturnämnden", meeting.get("committee"));
        assertEquals("Återkopplingsrapport " + fixture.knSpace, meeting.get("reportTitle"));
        assertEquals("Utkast", meeting.get("reportStatus"));
        assertEquals("/confluence/pages/viewpage.action?pageId=" + report.pageId(), meeting.get("reportUrl"));
        assertFalse(((String) meeting.get("phase")).isEmpty());
    }

    @Test
    void aReportTheViewerMayNotSee_isNeitherNamedNorLinked() throws Exception {
        TrackedDocument report = report(fixture.knSpace, fixture.kn.id());
        confluence.restrictView(report.pageId(), "someone-else");

        Map<?, ?> meeting = render(Locale.forLanguageTag("sv-SE"), Map.of("kind", "styrdialog",
                "date", "2026-10-01", "committee", "KN"));

        assertEquals("", meeting.get("reportTitle"));
        assertEquals("", meeting.get("reportUrl"));
        assertEquals("Nämndens återkopplingsrapport finns inte ännu, eller så får du inte se den.",
                meeting.get("reportMissing"));
    }

    @Test
    void aCommitteeInASpaceTheViewerCannotSee_isRefusedAsUnknown() throws Exception {
        render(Locale.forLanguageTag("sv-SE"), Map.of("kind", "styrdialog", "date", "2026-10-01",
                "committee", "RUN"));

        assertEquals("templates/meeting/error.vm", rendered.get("template"));
        String message = (String) rendered.get("message");
        assertTrue(message.startsWith("Mötet kan inte visas: Fältet committee har ett okänt värde."), message);
        assertFalse(message.contains("Regionala"), message);
    }

    @Test
    void anEnglishViewer_readsTheHeaderAndTheRefusalInEnglish() throws Exception {
        Map<?, ?> meeting = render(Locale.ENGLISH, Map.of("kind", "kickoff", "date", "2026-05-14"));
        assertEquals("Kickoff", meeting.get("kind"));
        assertEquals("Thursday 14 May 2026", meeting.get("when"));

        render(Locale.ENGLISH, Map.of("kind", "kickoff", "date", "2026-02-30"));
        assertEquals("The meeting cannot be shown: The field date must be a date that exists, written YYYY-MM-DD.",
                rendered.get("message"));
    }

    @Test
    void withoutACycle_theMeetingBelongsToTheCycleWhoseWindowHoldsItsDay() throws Exception {
        report(fixture.knSpace, fixture.kn.id());
        target(Locale.forLanguageTag("sv-SE")).execute(Map.of("kind", "styrdialog", "date", "2026-10-01",
                "committee", "KN"), "", null);
        Map<?, ?> meeting = (Map<?, ?>) rendered.get("meeting");
        assertEquals("Återkopplingsrapport " + fixture.knSpace, meeting.get("reportTitle"),
                "the fixture's cycle (process 2026) holds 1 October 2026");
    }

    @Test
    void anUnknownCycle_isOneMessage() throws Exception {
        target(Locale.forLanguageTag("sv-SE")).execute(Map.of("cycle", "no-such-cycle", "kind", "kickoff",
                "date", "2026-05-14"), "", null);
        assertEquals("Mötet kan inte visas: planperioden finns inte.", rendered.get("message"));
    }
}
