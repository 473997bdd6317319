package se.planprocess.confluence.rest;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.ao.AoStatusHistory;
import se.planprocess.confluence.document.Actor;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.confluence.testing.Clocks;
import se.planprocess.confluence.tracker.TrackerService;
import se.planprocess.confluence.workflow.Workflows;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.rest.RestErrorsTest.error;

/**
 * {@code GET /tracker}: the matrix of a cycle as JSON, with nothing from a space, or a restricted page, the user may
 * not see: no row, cell, title or count.
 */
class TrackerResourceTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare HSN");
    private AoFixture fixture;
    private InMemoryJersey target;
    private long hsnPage;

    @BeforeEach
    void setUp() {
        fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        FakeConfluence confluence = new FakeConfluence()
                .canEdit(fixture.hsnSpace, secretary.name())
                .canView(fixture.runSpace, secretary.name());
        confluence.space(fixture.runSpace);
        hsnPage = fixture.newPageId();
        long knPage = fixture.newPageId();
        confluence.page(hsnPage, fixture.hsnSpace, "Återkopplingsrapport 2027 – HSN <b>");
        confluence.page(knPage, fixture.knSpace, "Hemlig rapport KN");
        DocumentService documents = new DocumentService(fixture.documents, fixture.committees,
                Clocks.fixedAt("2026-04-10T10:00:00+02:00"));
        Actor author = new Actor("key-s", "Sekreterare", false);
        documents.register(hsnPage, fixture.hsnSpace, "Återkopplingsrapport 2027 – HSN <b>",
                DocumentKind.FEEDBACK_REPORT, fixture.cycle.id(), ReportTemplates.V2024, author);
        documents.markSection(hsnPage, 1, "goals", true, null, author);
        documents.register(knPage, fixture.knSpace, "Hemlig rapport KN", DocumentKind.FEEDBACK_REPORT,
                fixture.cycle.id(), ReportTemplates.V2024, author);
        ProcessCalendar calendar = new ProcessCalendar(Clocks.fixedAt("2026-04-20T10:00:00+02:00"));
        Messages messages = new Messages(new BundleI18nResolver(Locale.forLanguageTag("sv-SE")));
        target = new InMemoryJersey(messages, new TrackerResource(new TrackerService(fixture.cycles,
                fixture.committees, fixture.documents, new AoStatusHistory(fixture.ao), calendar),
                confluence.access(), messages));
        FakeConfluence.loginAs(secretary);
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void tracker_givesTheVisibleCommitteesCells_andNothingOfTheSpaceTheUserMayNotSee() throws Exception {
        InMemoryJersey.Answer answer = target.get("tracker?cycle=" + fixture.cycle.key());
        assertEquals(200, answer.status(), answer.body());
        JsonNode body = JSON.readTree(answer.body());

        List<String> committees = new ArrayList<>();
        body.get("rows").forEach(r -> committees.add(r.at("/committee/name").asText()));
        assertEquals(List.of("Hälso- och sjukvårdsnämnden", "Regionala utvecklingsnämnden"), committees);
        assertFalse(answer.body().contains("Hemlig"), answer.body());
        assertFalse(answer.body().contains("Kulturnämnden"), answer.body());

        JsonNode hsn = body.at("/rows/0/cells/0");
        assertEquals("feedback-report", hsn.get("kind").asText());
        assertEquals("late", hsn.get("state").asText());
        assertEquals(4, hsn.get("daysLate").asInt(), "due 16 April, seen on 20 April");
        assertEquals(Workflows.DRAFT, hsn.at("/status/key").asText());
        assertEquals("Återkopplingsrapport 2027 – HSN <b>", hsn.get("title").asText());
        assertEquals(hsnPage, hsn.get("pageId").asLong());
        assertTrue(hsn.get("url").asText().contains(String.valueOf(hsnPage)), hsn.toString());
        assertEquals(1, hsn.at("/readiness/ready").asInt());
        assertEquals(7, hsn.at("/readiness/total").asInt());
        assertEquals("2026-04-16", hsn.at("/deadline/date").asText());
        assertEquals("submitted", hsn.at("/deadline/requiredStatus").asText());

        assertEquals("missing", body.at("/rows/1/cells/0/state").asText());
        assertEquals(2, body.at("/totals/0/rows").asInt());
        assertEquals(2, body.at("/totals/0/behind").asInt());
        assertEquals(0, body.at("/totals/0/done").asInt());
    }

    @Test
    void anUnknownCycle_is400_namingTheField() throws Exception {
        JsonNode body = error(target.get("tracker?cycle=no-such-cycle"), 400);
        assertEquals("cycle", body.get("field").asText());
    }
}
