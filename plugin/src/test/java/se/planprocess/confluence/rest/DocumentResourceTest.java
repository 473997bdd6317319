package se.planprocess.confluence.rest;

import se.planprocess.confluence.kind.KindCatalogue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.document.Actor;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.confluence.view.StatusViewService;
import se.planprocess.hostao.EntityManagerActiveObjects;

import javax.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentResourceTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare HSN");
    private final FakeUser otherSecretary = new FakeUser("kultur", "Nämndsekreterare Kultur");
    private final FakeUser reader = new FakeUser("lasare", "Läsare");
    private final FakeUser economist = new FakeUser("ekonom", "Controller <b>Ekonomistaben</b>");
    private final FakeUser outsider = new FakeUser("extern", "Extern");

    private AoFixture fixture;
    private FakeConfluence confluence;
    private StatusViewService views;
    private DocumentService documents;
    private BundleI18nResolver i18n;
    private Messages messages;
    private DocumentResource target;
    private long pageId;
    private long hiddenPageId;

    @BeforeEach
    void setUp() {
        fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        Clock clock = Clock.fixed(Instant.parse("2026-03-20T09:00:00Z"), ZoneOffset.UTC);
        confluence = new FakeConfluence()
                .canEdit(fixture.hsnSpace, secretary.name(), economist.name())
                .canView(fixture.hsnSpace, reader.name(), otherSecretary.name())
                .canEdit(fixture.knSpace, otherSecretary.name())
                .processOwner(economist.name());
        pageId = fixture.newPageId();
        hiddenPageId = fixture.newPageId();
        confluence.page(pageId, fixture.hsnSpace, "Återkopplingsrapport 2026 – HSN");
        confluence.page(hiddenPageId, fixture.knSpace, "Hemlig <rapport>");
        documents = new DocumentService(fixture.documents, fixture.committees, KindCatalogue.builtIn(), clock);
        documents.register(pageId, fixture.hsnSpace, "Återkopplingsrapport 2026 – HSN", DocumentKind.FEEDBACK_REPORT,
                fixture.cycle.id(), ReportTemplates.V2024, new Actor("key-sekreterare", "Nämndsekreterare HSN", false));
        documents.register(hiddenPageId, fixture.knSpace, "Hemlig <rapport>", DocumentKind.FEEDBACK_REPORT,
                fixture.cycle.id(), ReportTemplates.V2024, new Actor("key-kultur", "Nämndsekreterare Kultur", false));
        i18n = new BundleI18nResolver(SWEDISH);
        views = new StatusViewService(documents, fixture.cycles, fixture.committees,
                new ProcessCalendar(clock, KindCatalogue.builtIn()));
        messages = new Messages(i18n);
        target = new DocumentResource(documents, views, confluence.access(), messages);
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void reader_seesStatusReadinessAndHistory_withoutEditRights() throws Exception {
        FakeConfluence.loginAs(reader);
        JsonNode body = ok(call(() -> target.get(String.valueOf(pageId))));
        assertEquals("draft", body.at("/status/key").asText());
        assertEquals("Utkast", body.at("/status/name").asText());
        assertEquals("Nämnderna behandlar PF och återkopplar", body.get("deadlinePhaseName").asText());
        assertEquals("[\"Verksamhetsplaner (VP)\",\"Nämnderna behandlar PF och återkopplar\"]",
                body.get("currentPhaseNames").toString());
        assertEquals(0, body.at("/readiness/ready").asInt());
        assertEquals(7, body.at("/readiness/total").asInt());
        assertFalse(body.get("canEdit").asBoolean());
        assertEquals(1, body.get("history").size());
        assertEquals("REGISTERED", body.at("/history/0/type").asText());
    }

    @Test
    void pageInSpaceTheUserCannotSee_is404_andLeaksNoTitle() throws Exception {
        FakeConfluence.loginAs(outsider);
        Response response = call(() -> target.get(String.valueOf(hiddenPageId)));
        assertEquals(404, response.getStatus());
        String body = (String) response.getEntity();
        assertFalse(body.contains("Hemlig"), body);
        assertEquals(404, call(() -> target.history(String.valueOf(hiddenPageId))).getStatus());
        assertEquals(404, call(() -> target.changeStatus(String.valueOf(hiddenPageId),
                "{\"status\":\"prepared\",\"version\":1}")).getStatus());
    }

    @Test
    void editor_movesStatusForward_andGetsTheNewVersion() throws Exception {
        FakeConfluence.loginAs(secretary);
        JsonNode body = ok(call(() -> target.changeStatus(String.valueOf(pageId), "{\"status\":\"prepared\",\"version\":1}")));
        assertEquals("prepared", body.at("/status/key").asText());
        assertEquals(2, body.get("version").asLong());
        assertTrue(body.get("canEdit").asBoolean());
        assertEquals("Nämndsekreterare HSN", body.at("/history/0/actor").asText());
    }

    @Test
    void staleVersion_is409_namingWhoChangedIt_andWritesNothing() throws Exception {
        FakeConfluence.loginAs(economist);
        ok(call(() -> target.changeStatus(String.valueOf(pageId), "{\"status\":\"prepared\",\"version\":1}")));
        int history = fixture.historyRows();
        FakeConfluence.loginAs(secretary);
        JsonNode error = error(call(() -> target.changeStatus(String.valueOf(pageId), "{\"status\":\"prepared\",\"version\":1}")), 409);
        assertEquals("stale-version", error.get("error").asText());
        assertEquals("Controller <b>Ekonomistaben</b>", error.get("changedBy").asText());
        assertTrue(error.get("message").asText().startsWith("Dokumentet har just ändrats av Controller"));
        assertEquals(history, fixture.historyRows());
    }

    @Test
    void badRequests_are400_inTheUsersLanguage_andWriteNothing() throws Exception {
        FakeConfluence.loginAs(secretary);
        int history = fixture.historyRows();
        String id = String.valueOf(pageId);
        assertEquals("unknown-status", error(call(() -> target.changeStatus(id, "{\"status\":\"done\",\"version\":1}")), 400)
                .get("error").asText());
        assertEquals("not-allowed", error(call(() -> target.changeStatus(id, "{\"status\":\"decided\",\"version\":1}")), 400)
                .get("error").asText());
        assertEquals("invalid-input", error(call(() -> target.changeStatus(id, "{\"status\":\"prepared\"}")), 400)
                .get("error").asText());
        assertEquals("invalid-input", error(call(() -> target.changeStatus(id, "{not json")), 400).get("error").asText());
        assertEquals("invalid-input", error(call(() -> target.changeStatus(id, "[1,2]")), 400).get("error").asText());
        assertEquals("unknown-section", error(call(() -> target.markSection(id, "budget", "{\"ready\":true,\"version\":1}")), 400)
                .get("error").asText());
        assertEquals("invalid-input", error(call(() -> target.markSection(id, "goals", "{\"ready\":\"yes\",\"version\":1}")), 400)
                .get("error").asText());
        JsonNode swedish = error(call(() -> target.changeStatus(id, "{\"status\":\"done\",\"version\":1}")), 400);
        assertEquals("Okänd status.", swedish.get("message").asText());
        i18n.use(Locale.ENGLISH);
        JsonNode english = error(call(() -> target.changeStatus(id, "{\"status\":\"done\",\"version\":1}")), 400);
        assertEquals("Unknown status.", english.get("message").asText());
        assertEquals(history, fixture.historyRows());
        assertEquals(1, documents.requireByPage(pageId).version());
    }

    @Test
    void backStep_needsAComment() throws Exception {
        FakeConfluence.loginAs(secretary);
        String id = String.valueOf(pageId);
        ok(call(() -> target.changeStatus(id, "{\"status\":\"prepared\",\"version\":1}")));
        assertEquals("comment-required", error(call(() -> target.changeStatus(id, "{\"status\":\"draft\",\"version\":2}")), 400)
                .get("error").asText());
        JsonNode body = ok(call(() -> target.changeStatus(id,
                "{\"status\":\"draft\",\"version\":2,\"comment\":\"Fel siffror <script>alert(1)</script>\"}")));
        assertEquals("draft", body.at("/status/key").asText());
        assertEquals("Fel siffror <script>alert(1)</script>", body.at("/history/0/comment").asText());
    }

    @Test
    void userWhoMayOnlyView_cannotChange_403() throws Exception {
        FakeConfluence.loginAs(otherSecretary);
        JsonNode error = error(call(() -> target.changeStatus(String.valueOf(pageId), "{\"status\":\"prepared\",\"version\":1}")), 403);
        assertEquals("forbidden", error.get("error").asText());
        assertEquals(403, call(() -> target.markSection(String.valueOf(pageId), "goals", "{\"ready\":true,\"version\":1}")).getStatus());
        assertEquals(1, documents.requireByPage(pageId).version());
    }

    @Test
    void sectionMarks_countTowardsReadiness() throws Exception {
        FakeConfluence.loginAs(secretary);
        String id = String.valueOf(pageId);
        ok(call(() -> target.markSection(id, "goals", "{\"ready\":true,\"version\":1}")));
        JsonNode body = ok(call(() -> target.markSection(id, "risk", "{\"ready\":true,\"version\":2}")));
        assertEquals(2, body.at("/readiness/ready").asInt());
        body = ok(call(() -> target.markSection(id, "goals", "{\"ready\":false,\"version\":3}")));
        assertEquals(1, body.at("/readiness/ready").asInt());
        assertEquals("Nämndens bidrag till fullmäktiges mål", body.at("/history/0/section").asText());
    }

    @Test
    void onlyTheProcessOwner_marksReportReceived() throws Exception {
        FakeConfluence.loginAs(secretary);
        String id = String.valueOf(pageId);
        long version = 1;
        for (String status : new String[] {"prepared", "handled", "decided", "submitted"}) {
            String change = "{\"status\":\"" + status + "\",\"version\":" + version
                    + ",\"confirmNotReadySections\":true}";
            version = ok(call(() -> target.changeStatus(id, change))).get("version").asLong();
        }
        String received = "{\"status\":\"received\",\"version\":" + version + "}";
        assertEquals("process-owner-only", error(call(() -> target.changeStatus(id, received)), 403)
                .get("error").asText());
        FakeConfluence.loginAs(economist);
        JsonNode body = ok(call(() -> target.changeStatus(id, received)));
        assertEquals("received", body.at("/status/key").asText());
        TrackedDocument stored = documents.requireByPage(pageId);
        assertEquals("received", stored.status());
    }

    @Test
    void unknownOrMalformedPageIds_are404() throws Exception {
        FakeConfluence.loginAs(secretary);
        assertEquals(404, call(() -> target.get("abc")).getStatus());
        assertEquals(404, call(() -> target.get("-5")).getStatus());
        assertEquals(404, call(() -> target.get("999999999")).getStatus());
    }

    @Test
    void submitting_withSectionsNotReady_withoutTheFlag_is409_namingThem_andChangesNothing() throws Exception {
        FakeConfluence.loginAs(secretary);
        String id = String.valueOf(pageId);
        long version = decidedWithGoalsReady(id);
        int history = fixture.historyRows();

        JsonNode error = error(call(() -> target.changeStatus(id,
                "{\"status\":\"submitted\",\"version\":" + version + "}")), 409);

        assertEquals("not-ready-sections", error.get("error").asText());
        assertTrue(error.get("message").asText().startsWith("6 av 7 avsnitt är inte klara: "
                + "Nämndens planerade verksamhetsförändringar; "), error.get("message").asText());
        assertTrue(error.get("message").asText().contains("Statusen har inte ändrats. Bekräfta att dokumentet ska "
                + "flyttas till Inskickad ändå"), error.get("message").asText());
        assertEquals(6, error.get("notReadySections").size());
        assertEquals("changes", error.at("/notReadySections/0/key").asText());
        assertEquals(7, error.get("sectionCount").asInt());
        assertEquals(history, fixture.historyRows());
        assertEquals("decided", documents.requireByPage(pageId).status());
        assertEquals(version, documents.requireByPage(pageId).version());
    }

    @Test
    void submitting_withSectionsNotReady_withoutTheFlag_isExplainedInEnglish_forAnEnglishUser() throws Exception {
        FakeConfluence.loginAs(secretary);
        String id = String.valueOf(pageId);
        long version = decidedWithGoalsReady(id);
        Messages english = new Messages(new BundleI18nResolver(Locale.ENGLISH));
        DocumentResource inEnglish = new DocumentResource(documents, views, confluence.access(), english);

        Response response;
        try {
            response = inEnglish.changeStatus(id, "{\"status\":\"submitted\",\"version\":" + version + "}");
        } catch (RuntimeException e) {
            response = new RuntimeErrorMapper(english).toResponse(e);
        }

        JsonNode error = error(response, 409);
        assertTrue(error.get("message").asText().startsWith("6 of 7 sections are not ready: "
                + "The committee's planned changes in operations; "), error.get("message").asText());
        assertTrue(error.get("message").asText().contains("move to Submitted anyway"), error.get("message").asText());
        assertEquals("decided", documents.requireByPage(pageId).status());
    }

    @Test
    void submitting_withSectionsNotReady_withTheFlag_succeeds_andTheHistoryNamesThem() throws Exception {
        FakeConfluence.loginAs(secretary);
        String id = String.valueOf(pageId);
        long version = decidedWithGoalsReady(id);

        JsonNode body = ok(call(() -> target.changeStatus(id, "{\"status\":\"submitted\",\"version\":" + version
                + ",\"confirmNotReadySections\":true}")));

        assertEquals("submitted", body.at("/status/key").asText());
        JsonNode entry = body.at("/history/0");
        assertEquals("STATUS", entry.get("type").asText());
        assertEquals("Inskickad", entry.get("to").asText());
        assertEquals(6, entry.get("notReadyCount").asInt());
        assertEquals(7, entry.get("sectionCount").asInt());
        assertEquals("Nämndens planerade verksamhetsförändringar", entry.at("/notReadySections/0").asText());
        assertEquals(0, body.at("/history/1/notReadyCount").asInt(), "the section mark records none");
    }

    @Test
    void theConfirmationFlag_mustBeABoolean() throws Exception {
        FakeConfluence.loginAs(secretary);
        String id = String.valueOf(pageId);
        long version = decidedWithGoalsReady(id);
        JsonNode error = error(call(() -> target.changeStatus(id, "{\"status\":\"submitted\",\"version\":" + version
                + ",\"confirmNotReadySections\":\"yes\"}")), 400);
        assertEquals("confirmNotReadySections", error.get("field").asText());
        assertEquals("decided", documents.requireByPage(pageId).status());
    }

    @Test
    void aViewOfADecidedReport_namesTheSectionsASubmitWouldLeaveNotReady() throws Exception {
        FakeConfluence.loginAs(secretary);
        long version = decidedWithGoalsReady(String.valueOf(pageId));
        JsonNode body = ok(call(() -> target.get(String.valueOf(pageId))));
        assertEquals(version, body.get("version").asLong());
        assertEquals("submitted", body.at("/next/key").asText());
        assertEquals(6, body.get("notReadyForNextCount").asInt());
        assertEquals("changes", body.at("/notReadyForNext/0/key").asText());
    }

    /** Marks "goals" ready and moves the report to Beslutad; the version it is at. */
    private long decidedWithGoalsReady(String id) throws Exception {
        long version = ok(call(() -> target.markSection(id, "goals", "{\"ready\":true,\"version\":1}")))
                .get("version").asLong();
        for (String status : new String[] {"prepared", "handled", "decided"}) {
            String change = "{\"status\":\"" + status + "\",\"version\":" + version + "}";
            JsonNode body = ok(call(() -> target.changeStatus(id, change)));
            assertEquals(status.equals("decided") ? 6 : 0, body.get("notReadyForNextCount").asInt(),
                    "only the step into Inskickad asks, after " + status);
            version = body.get("version").asLong();
        }
        return version;
    }

    /** A call as Jersey makes it: a refusal the resource throws is answered by the package's exception mappers. */
    private Response call(Supplier<Response> request) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            return new RuntimeErrorMapper(messages).toResponse(e);
        }
    }

    private static JsonNode ok(Response response) throws Exception {
        assertEquals(200, response.getStatus(), String.valueOf(response.getEntity()));
        return JSON.readTree((String) response.getEntity());
    }

    private static JsonNode error(Response response, int status) throws Exception {
        assertEquals(status, response.getStatus(), String.valueOf(response.getEntity()));
        JsonNode body = JSON.readTree((String) response.getEntity());
        assertEquals(status, body.get("status").asInt());
        assertFalse(body.get("message").asText().isBlank());
        assertFalse(body.get("message").asText().startsWith("planprocess."), "message resolved");
        return body;
    }
}
