package se.planprocess.confluence.rest;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.ao.AoMeetingRepository;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.fakes.FakeUserAccessor;
import se.planprocess.confluence.host.ConfluenceMeetingPeople;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.meeting.RegisteredMeeting;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.confluence.testing.Clocks;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.time.Clock;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.Actors.anEditor;

/**
 * A meeting's decisions and actions through the REST resource in a real Jersey over real AO: who may read, record and
 * mark done, each refused field named in the user's language with nothing written, JSON only.
 */
class MeetingResourceTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeUser organiser = new FakeUser("ekonom", "Controller Ekonomistaben");
    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare HSN");
    private final FakeUser colleague = new FakeUser("kollega", "Kollega HSN");
    private final FakeUser reader = new FakeUser("lasare", "Läsare");
    private final FakeUser outsider = new FakeUser("extern", "Extern");

    private AoFixture fixture;
    private AoMeetingRepository meetings;
    private BundleI18nResolver i18n;
    private InMemoryJersey jersey;
    private long pageId;
    private long hiddenPageId;
    private TrackedDocument meeting;

    @BeforeEach
    void setUp() {
        fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        Clock clock = Clocks.fixedAt("2027-04-20T10:00:00+02:00");
        FakeConfluence confluence = new FakeConfluence()
                .canEdit(fixture.hsnSpace, organiser.name(), secretary.name(), colleague.name())
                .canView(fixture.hsnSpace, reader.name());
        confluence.space(fixture.knSpace);
        pageId = fixture.newPageId();
        hiddenPageId = fixture.newPageId();
        confluence.page(pageId, fixture.hsnSpace, "Styrdialog HSN");
        confluence.page(hiddenPageId, fixture.knSpace, "Hemligt <möte>");
        DocumentService documents = new DocumentService(fixture.documents, fixture.committees,
                KindCatalogue.builtIn(), clock);
        meetings = new AoMeetingRepository(fixture.ao);
        meeting = documents.register(pageId, fixture.hsnSpace, "Styrdialog HSN", DocumentKind.MEETING,
                fixture.cycle.id(), null, anEditor());
        meetings.save(new RegisteredMeeting(meeting.id(), fixture.cycle.id(), "styrdialog", LocalDate.of(2027, 4, 1),
                null, null, "Sal A", null, fixture.hsn.id(), organiser.getKey().getStringValue()));
        TrackedDocument hidden = documents.register(hiddenPageId, fixture.knSpace, "Hemligt <möte>",
                DocumentKind.MEETING, fixture.cycle.id(), null, anEditor());
        meetings.save(new RegisteredMeeting(hidden.id(), fixture.cycle.id(), "presidium", LocalDate.of(2027, 4, 2),
                null, null, null, null, null, organiser.getKey().getStringValue()));
        i18n = new BundleI18nResolver(Locale.forLanguageTag("sv-SE"));
        Messages messages = new Messages(i18n);
        FakeUserAccessor users = new FakeUserAccessor().with(organiser, secretary, colleague, reader, outsider);
        MeetingResource target = new MeetingResource(documents, meetings, new ConfluenceMeetingPeople(users),
                confluence.access(), new ProcessCalendar(clock, KindCatalogue.builtIn()), clock);
        jersey = new InMemoryJersey(messages, target);
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    private String path(String rest) {
        return "meetings/" + pageId + rest;
    }

    private JsonNode json(InMemoryJersey.Answer answer, int status) throws Exception {
        assertEquals(status, answer.status(), answer.body());
        return JSON.readTree(answer.body());
    }

    private int rows() {
        return meetings.decisions(List.of(meeting.id())).getOrDefault(meeting.id(), List.of()).size()
                + meetings.actions(List.of(meeting.id())).getOrDefault(meeting.id(), List.of()).size();
    }

    private long anAction(String ownerName, String due) throws Exception {
        FakeConfluence.loginAs(secretary);
        JsonNode action = json(jersey.post(path("/actions"), "{\"text\":\"Komplettera investeringsplanen\","
                + "\"owner\":\"" + ownerName + "\",\"due\":\"" + due + "\"}"), 200);
        return action.get("id").asLong();
    }

    @Test
    void anEditor_recordsADecision_andAReaderReadsIt_asText() throws Exception {
        FakeConfluence.loginAs(secretary);
        JsonNode decision = json(jersey.post(path("/decisions"),
                "{\"text\":\"Nämnden <b>godkänner</b> rapporten.\"}"), 200);
        assertEquals("Nämnden <b>godkänner</b> rapporten.", decision.get("text").asText());
        assertEquals("Nämndsekreterare HSN", decision.get("recordedBy").asText());

        FakeConfluence.loginAs(reader);
        JsonNode all = json(jersey.get(path("/decisions")), 200);
        assertEquals(1, all.size());
        assertEquals("Nämnden <b>godkänner</b> rapporten.", all.at("/0/text").asText());
    }

    @Test
    void anActionWithOwnerAndDueDay_isOverdueTheDayAfter_andNamesItsOwner() throws Exception {
        anAction("kollega", "2027-04-19");
        FakeConfluence.loginAs(reader);
        JsonNode actions = json(jersey.get(path("/actions")), 200);
        assertEquals("Kollega HSN", actions.at("/0/ownerName").asText());
        assertEquals("2027-04-19", actions.at("/0/due").asText());
        assertTrue(actions.at("/0/overdue").asBoolean());
        assertFalse(actions.at("/0/canMarkDone").asBoolean(), "a reader marks nothing done");
    }

    @Test
    void aUserWhoMayOnlyViewThePage_cannotRecord_403_andNothingIsWritten() throws Exception {
        FakeConfluence.loginAs(reader);
        assertEquals("forbidden", json(jersey.post(path("/decisions"), "{\"text\":\"Beslut\"}"), 403)
                .get("error").asText());
        assertEquals(403, jersey.post(path("/actions"),
                "{\"text\":\"Åtgärd\",\"owner\":\"lasare\",\"due\":\"\"}").status());
        assertEquals(0, rows());
    }

    @Test
    void aMeetingOnAPageTheUserCannotSee_is404_andLeaksNoTitle() throws Exception {
        FakeConfluence.loginAs(outsider);
        for (InMemoryJersey.Answer answer : List.of(jersey.get("meetings/" + hiddenPageId + "/decisions"),
                jersey.get("meetings/" + hiddenPageId + "/actions"),
                jersey.post("meetings/" + hiddenPageId + "/decisions", "{\"text\":\"x\"}"))) {
            assertEquals(404, answer.status(), answer.body());
            assertFalse(answer.body().contains("Hemligt"), answer.body());
        }
        assertEquals(404, jersey.get("meetings/" + pageId + "/decisions").status(), "a page of a space not shown");
    }

    @Test
    void eachBadField_is400NamingIt_inTheUsersLanguage_andNothingIsWritten() throws Exception {
        FakeConfluence.loginAs(secretary);
        String tooLong = "x".repeat(10_000);
        Map<String, String[]> refusals = new java.util.LinkedHashMap<>();
        refusals.put("/decisions {\"text\":\"  \"}", new String[] {"text", "blank"});
        refusals.put("/decisions {\"text\":\"" + tooLong + "\"}", new String[] {"text", "too-long"});
        refusals.put("/decisions {\"text\":\"Beslut\\u0007\"}", new String[] {"text", "control-characters"});
        refusals.put("/actions {\"text\":\"\",\"owner\":\"kollega\"}", new String[] {"text", "blank"});
        refusals.put("/actions {\"text\":\"" + tooLong + "\",\"owner\":\"kollega\"}", new String[] {"text", "too-long"});
        refusals.put("/actions {\"text\":\"Åtgärd\",\"owner\":\"\"}", new String[] {"owner", "blank"});
        refusals.put("/actions {\"text\":\"Åtgärd\",\"owner\":\"ingen.sadan\"}", new String[] {"owner", "unknown-user"});
        refusals.put("/actions {\"text\":\"Åtgärd\",\"owner\":\"kol\\tlega\"}", new String[] {"owner", "control-characters"});
        refusals.put("/actions {\"text\":\"Åtgärd\",\"owner\":\"kollega\",\"due\":\"2027-02-30\"}", new String[] {"due", "not-a-date"});
        refusals.put("/actions {\"text\":\"Åtgärd\",\"owner\":\"kollega\",\"due\":\"1 maj\"}", new String[] {"due", "not-a-date"});
        refusals.put("/actions {\"text\":\"Åtgärd\",\"owner\":\"kollega\",\"due\":\"1999-05-01\"}", new String[] {"due", "date-out-of-range"});
        refusals.put("/actions {\"text\":\"Åtgärd\",\"owner\":\"ingen.sadan\",\"due\":\"2027-02-30\"}", new String[] {"due", "not-a-date"});
        for (Map.Entry<String, String[]> refusal : refusals.entrySet()) {
            String[] request = refusal.getKey().split(" ", 2);
            JsonNode error = json(jersey.post(path(request[0]), request[1]), 400);
            assertEquals(refusal.getValue()[0], error.get("field").asText(), refusal.getKey());
            assertEquals(refusal.getValue()[1], error.get("error").asText(), refusal.getKey());
        }
        assertEquals("Fältet owner ska vara användarnamnet på en aktiv Confluence-användare.",
                json(jersey.post(path("/actions"), "{\"text\":\"Åtgärd\",\"owner\":\"ingen\"}"), 400)
                        .get("message").asText());
        i18n.use(Locale.ENGLISH);
        assertEquals("The field due must be a date that exists, written YYYY-MM-DD.",
                json(jersey.post(path("/actions"), "{\"text\":\"Åtgärd\",\"owner\":\"kollega\",\"due\":\"2027-13-01\"}"),
                        400).get("message").asText());
        assertEquals(0, rows());
    }

    @Test
    void itsOwner_marksAnActionDone_onceOnly() throws Exception {
        long id = anAction("kollega", "2027-05-01");
        FakeConfluence.loginAs(colleague);
        JsonNode done = json(jersey.post(path("/actions/" + id + "/done"), "{}"), 200);
        assertTrue(done.get("done").asBoolean());
        assertEquals("Kollega HSN", done.get("doneBy").asText());
        assertEquals("action-done", json(jersey.post(path("/actions/" + id + "/done"), "{}"), 409)
                .get("error").asText());
    }

    @Test
    void anotherEditor_whoIsNeitherOwnerNorOrganiser_cannotMarkItDone() throws Exception {
        long id = anAction("kollega", "2027-05-01");
        FakeConfluence.loginAs(secretary);
        JsonNode error = json(jersey.post(path("/actions/" + id + "/done"), "{}"), 403);
        assertEquals("not-action-owner", error.get("error").asText());
        assertEquals("Bara åtgärdens ansvarige eller mötets organisatör kan markera den som klar.",
                error.get("message").asText());
        assertFalse(meetings.action(id).orElseThrow().isDone());
        FakeConfluence.loginAs(reader);
        assertEquals(403, jersey.post(path("/actions/" + id + "/done"), "{}").status(), "view only");
        FakeConfluence.loginAs(organiser);
        assertEquals(200, jersey.post(path("/actions/" + id + "/done"), "{}").status(), "the organiser may");
    }

    @Test
    void anActionOfAnotherMeeting_isNotFoundUnderThisOne() throws Exception {
        long id = anAction("kollega", "");
        FakeConfluence.loginAs(organiser);
        long otherPage = fixture.newPageId();
        assertEquals(404, jersey.post("meetings/" + otherPage + "/actions/" + id + "/done", "{}").status());
        assertEquals(404, jersey.post(path("/actions/" + (id + 1000) + "/done"), "{}").status());
        assertEquals(404, jersey.post(path("/actions/abc/done"), "{}").status());
        assertFalse(meetings.action(id).orElseThrow().isDone());
    }

    @Test
    void aFormPost_orTextPlain_isNotAccepted_soOnlyJsonChangesAnything() throws Exception {
        FakeConfluence.loginAs(secretary);
        assertEquals(415, jersey.call("POST", path("/decisions"), "application/x-www-form-urlencoded",
                "text=Beslut", "application/json").status());
        assertEquals(415, jersey.call("POST", path("/decisions"), "text/plain", "{\"text\":\"Beslut\"}",
                "application/json").status());
        assertEquals(0, rows());
    }
}
