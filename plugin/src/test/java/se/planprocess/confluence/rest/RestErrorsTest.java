package se.planprocess.confluence.rest;

import se.planprocess.confluence.kind.KindCatalogue;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.confluence.view.StatusViewService;
import se.planprocess.hostao.EntityManagerActiveObjects;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every error under /rest/planprocess/ is JSON with a message in the user's language, Jersey's own refusals
 * included; through a real Jersey with the package's exception mappers, over real AO on H2.
 */
class RestErrorsTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare HSN");
    private AoFixture fixture;
    private BundleI18nResolver i18n;
    private InMemoryJersey target;
    private long pageId;

    /** A resource that fails the way a bug would, quoting user text in its exception. */
    @Path("/failing")
    @Produces(MediaType.APPLICATION_JSON)
    public static class FailingResource {
        @GET
        public String fail() {
            throw new IllegalStateException("Kulturnämnden\r\n2026-03-20 ERROR forged entry");
        }
    }

    @BeforeEach
    void setUp() {
        fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        Clock clock = Clock.fixed(Instant.parse("2026-03-20T09:00:00Z"), ZoneOffset.UTC);
        FakeConfluence confluence = new FakeConfluence().canEdit(fixture.hsnSpace, secretary.name());
        pageId = fixture.newPageId();
        confluence.page(pageId, fixture.hsnSpace, "Återkopplingsrapport 2026 – HSN");
        DocumentService documents = new DocumentService(fixture.documents, fixture.committees, KindCatalogue.builtIn(), clock);
        documents.register(pageId, fixture.hsnSpace, "Återkopplingsrapport 2026 – HSN", DocumentKind.FEEDBACK_REPORT,
                fixture.cycle.id(), ReportTemplates.V2024, new Actor("key-sekreterare", "Nämndsekreterare HSN", false));
        i18n = new BundleI18nResolver(Locale.forLanguageTag("sv-SE"));
        Messages messages = new Messages(i18n);
        StatusViewService views = new StatusViewService(documents, fixture.cycles, fixture.committees,
                new ProcessCalendar(clock, KindCatalogue.builtIn()));
        target = new InMemoryJersey(messages,
                new DocumentResource(documents, views, confluence.access(), messages),
                new AdminResource(fixture.committees, fixture.cycles, KindCatalogue.builtIn(), confluence.access(), messages,
                        fixture.administration(java.time.Clock.systemUTC())),
                new FailingResource());
        FakeConfluence.loginAs(secretary);
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void anUnknownAddress_is404_asJson_inTheUsersLanguage() throws Exception {
        JsonNode swedish = error(target.get("no-such-thing"), 404);
        assertEquals("not-found", swedish.get("error").asText());
        assertEquals("Adressen finns inte i Planprocess REST-API.", swedish.get("message").asText());

        i18n.use(Locale.ENGLISH);
        assertEquals("The address does not exist in the Planprocess REST API.",
                error(target.get("no-such-thing"), 404).get("message").asText());
    }

    @Test
    void aMethodTheAddressDoesNotSupport_is405_asJson_withTheAllowHeader() throws Exception {
        InMemoryJersey.Answer answer = target.call("DELETE", "documents/" + pageId, null, null, "application/json");

        assertEquals("method-not-allowed", error(answer, 405).get("error").asText());
        assertTrue(answer.allow() != null && answer.allow().contains("GET"), String.valueOf(answer.allow()));
    }

    @Test
    void askingForAnythingButJson_is406_answeredInJson() throws Exception {
        JsonNode body = error(target.call("GET", "documents/" + pageId, null, null, "text/html"), 406);

        assertEquals("not-acceptable", body.get("error").asText());
    }

    @Test
    void aBodyThatIsNotDeclaredJson_is415_asJson_andChangesNothing() throws Exception {
        int history = fixture.historyRows();
        JsonNode body = error(target.call("POST", "documents/" + pageId + "/status", "text/plain",
                "{\"status\":\"prepared\",\"version\":1}", "application/json"), 415);

        assertEquals("unsupported-media-type", body.get("error").asText());
        assertEquals(history, fixture.historyRows());
    }

    @Test
    void aVersionBeyondALong_is400_namingTheField_not409() throws Exception {
        int history = fixture.historyRows();
        JsonNode body = error(target.post("documents/" + pageId + "/status",
                "{\"status\":\"prepared\",\"version\":18446744073709551617}"), 400);

        assertEquals("invalid-input", body.get("error").asText());
        assertEquals("version", body.get("field").asText());
        assertEquals("Ogiltigt eller saknat värde: version.", body.get("message").asText());
        assertEquals(history, fixture.historyRows());
    }

    @Test
    void aDomainRefusal_isAnsweredThroughTheMapper_withTheAppsShape() throws Exception {
        JsonNode body = error(target.post("documents/" + pageId + "/status",
                "{\"status\":\"done\",\"version\":1}"), 400);

        assertEquals(List.of("status", "error", "message"), fieldNames(body));
        assertEquals("unknown-status", body.get("error").asText());
    }

    @Test
    void aCommentWithAControlCharacter_is400_namingTheComment_andChangesNothing() throws Exception {
        int history = fixture.historyRows();
        JsonNode body = error(target.post("documents/" + pageId + "/status",
                "{\"status\":\"prepared\",\"version\":1,\"comment\":\"Klar\\u0000\"}"), 400);

        assertEquals("control-characters", body.get("error").asText());
        assertEquals("comment", body.get("field").asText());
        assertTrue(body.get("message").asText().startsWith("Fältet comment innehåller otillåtna tecken"),
                body.get("message").asText());
        assertEquals(history, fixture.historyRows());
    }

    @Test
    void anUnexpectedFailure_is500_withAGenericMessage_andIsLoggedOnOneLine() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        InMemoryJersey.Answer answer;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            answer = target.get("failing");
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);

        JsonNode body = error(answer, 500);
        assertEquals("internal-error", body.get("error").asText());
        assertFalse(answer.body().contains("Kulturnämnden"), answer.body());
        assertFalse(answer.body().contains("IllegalStateException"), answer.body());
        assertTrue(log.contains("java.lang.IllegalStateException: Kulturnämnden\\r\\n2026-03-20 ERROR forged entry"),
                log);
        assertTrue(Arrays.stream(log.split("\\R")).noneMatch(line -> line.startsWith("2026-03-20 ERROR forged")),
                log);
    }

    private static List<String> fieldNames(JsonNode body) {
        List<String> names = new java.util.ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static JsonNode error(InMemoryJersey.Answer answer, int status) throws Exception {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType() != null && answer.contentType().startsWith("application/json"),
                String.valueOf(answer.contentType()));
        JsonNode body = JSON.readTree(answer.body());
        assertEquals(status, body.get("status").asInt());
        assertFalse(body.get("message").asText().isBlank());
        assertFalse(body.get("message").asText().startsWith("planprocess."), "message resolved");
        return body;
    }
}
