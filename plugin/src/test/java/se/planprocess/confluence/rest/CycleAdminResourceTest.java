package se.planprocess.confluence.rest;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.administration.CycleAdministration;
import se.planprocess.confluence.ao.AoProcessSettings;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.process.ProcessTemplates;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.rest.RestErrorsTest.error;
import static se.planprocess.confluence.testing.Actors.anEditorNamed;
import static se.planprocess.confluence.testing.Clocks.fixedAt;

/**
 * One cycle through the REST API as the administration page uses it: a refused save answers 400 naming the field as
 * sent ({@code phases[2].end}) in the user's language and changes nothing; a stale version is 409 naming who changed
 * it; only the process owner and administrators get anywhere.
 */
class CycleAdminResourceTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger YEARS = new AtomicInteger(2040);

    private final FakeUser economist = new FakeUser("ekonom", "Controller Ekonomistaben");
    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare");
    private final FakeUser administrator = new FakeUser("admin", "Systemadministratör");
    private AoFixture fixture;
    private BundleI18nResolver i18n;
    private InMemoryJersey target;
    private long id;
    private String path;

    @BeforeEach
    void setUp() {
        fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        FakeConfluence confluence = new FakeConfluence().processOwner(economist.name())
                .administrator(administrator.name());
        i18n = new BundleI18nResolver(Locale.forLanguageTag("sv-SE"));
        Messages messages = new Messages(i18n);
        CycleAdministration administration = fixture.administration(fixedAt("2026-11-23T10:00:00+01:00"));
        target = new InMemoryJersey(messages, new CycleAdminResource(administration, confluence.access()),
                new SettingsResource(new AoProcessSettings(fixture.ao), confluence.access()));
        id = administration.create(ProcessTemplates.REGIONAL_PLAN, YEARS.getAndAdd(2),
                anEditorNamed("ekonom", "Controller Ekonomistaben")).cycle().id();
        path = "admin/cycles/" + id;
        FakeConfluence.loginAs(economist);
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void aPhaseEndingBeforeItStarts_is400_namingPhasesTwoEnd_andNothingIsSaved() throws Exception {
        String before = target.get(path).body();
        ObjectNode body = editable();
        ((ObjectNode) body.get("phases").get(2)).put("end", "2000-01-01");

        JsonNode refused = error(put(body), 400);

        assertEquals("end-before-start", refused.get("error").asText());
        assertEquals("phases[2].end", refused.get("field").asText());
        assertTrue(refused.get("message").asText().startsWith("Fältet phases[2].end: fasen slutar före sin start"),
                refused.get("message").asText());
        assertEquals(before, target.get(path).body());
        i18n.use(Locale.ENGLISH);
        assertTrue(error(put(body), 400).get("message").asText()
                .startsWith("Field phases[2].end: the phase ends before it starts"));
    }

    @Test
    void aDeadlineOnAStatusTheKindDoesNotHave_is400_namingTheStatus() throws Exception {
        ObjectNode body = editable();
        ArrayNode milestones = (ArrayNode) body.get("milestones");
        int index = 0;
        while (!milestones.get(index).get("key").asText().equals("feedback-due")) {
            index++;
        }
        ((ObjectNode) milestones.get(index)).put("documentKind", "operational-plan").put("requiredStatus", "submitted");

        JsonNode refused = error(put(body), 400);

        assertEquals("status-not-in-kind", refused.get("error").asText());
        assertEquals("milestones[" + index + "].requiredStatus", refused.get("field").asText());
        assertTrue(refused.get("message").asText().contains("draft, prepared, decided"), refused.get("message").asText());
    }

    @Test
    void aTenThousandCharacterName_is400_tooLong_andAControlCharacter_isRefusedToo() throws Exception {
        ObjectNode body = editable();
        body.put("nameSv", "Å".repeat(10_000));
        JsonNode refused = error(put(body), 400);
        assertEquals("too-long", refused.get("error").asText());
        assertEquals("nameSv", refused.get("field").asText());

        body = editable();
        ((ObjectNode) body.get("milestones").get(0)).put("nameSv", "Kick\u0000off");
        assertEquals("milestones[0].nameSv", error(put(body), 400).get("field").asText());
        assertEquals(1, JSON.readTree(target.get(path).body()).get("version").asInt());
    }

    @Test
    void aBodyOfTheWrongShape_is400_namingTheField() throws Exception {
        ObjectNode body = editable();
        ((ObjectNode) body.get("phases").get(1)).put("start", 20260101);
        assertEquals("phases[1].start", error(put(body), 400).get("field").asText());
        body = editable();
        body.put("phases", "all of them");
        assertEquals("phases", error(put(body), 400).get("field").asText());
        body = editable();
        body.remove("version");
        assertEquals("version", error(put(body), 400).get("field").asText());
    }

    @Test
    void aMovedDeadline_isSaved_recorded_andAStaleSaveIs409NamingWhoChangedIt() throws Exception {
        ObjectNode body = editable();
        ((ObjectNode) body.get("milestones").get(2)).put("date",
                body.get("milestones").get(2).get("date").asText().replace("-16", "-23"));
        JsonNode saved = JSON.readTree(put(body).body());
        assertEquals(2, saved.get("version").asInt());

        JsonNode conflict = error(put(body), 409);
        assertEquals("cycle-conflict", conflict.get("error").asText());
        assertEquals("Controller Ekonomistaben", conflict.get("changedBy").asText());
        assertEquals(2, conflict.get("currentVersion").asInt());

        JsonNode audit = JSON.readTree(target.get(path + "/audit").body());
        assertEquals(List.of("updated", "created"), List.of(audit.get(0).get("action").asText(),
                audit.get(1).get("action").asText()));
        assertTrue(audit.get(0).get("details").get(0).asText().startsWith("milestones[feedback-due].date: "));
        assertEquals("Controller Ekonomistaben", audit.get(0).get("actorName").asText());
    }

    @Test
    void copyAndArchive_throughTheApi() throws Exception {
        JsonNode copy = JSON.readTree(target.post(path + "/copy", "{}").body());
        assertEquals(JSON.readTree(target.get(path).body()).get("planYear").asInt() + 1, copy.get("planYear").asInt());
        assertEquals("duplicate-period", error(target.post(path + "/copy", "{}"), 400).get("error").asText());

        JsonNode archived = JSON.readTree(target.post(path + "/archive", "{\"version\":1}").body());
        assertTrue(archived.get("archived").asBoolean());
        assertEquals("cycle-archived", error(put(editable()), 409).get("error").asText());
        assertEquals("unknown-cycle", error(target.get("admin/cycles/999999"), 404).get("error").asText());
    }

    @Test
    void aCommitteeSecretary_is403_everywhere_andAProcessOwnerMayNotChangeTheGroup() throws Exception {
        String body = editable().toString();
        FakeConfluence.loginAs(secretary);
        for (InMemoryJersey.Answer answer : List.of(target.get(path), put(JSON.readTree(body)),
                target.post(path + "/copy", "{}"), target.post(path + "/archive", "{\"version\":1}"),
                target.get(path + "/audit"), target.get("admin/settings"))) {
            assertEquals("forbidden", error(answer, 403).get("error").asText());
        }
        FakeConfluence.loginAs(economist);
        assertEquals(403, target.call("PUT", "admin/settings", "application/json",
                "{\"processOwnerGroup\":\"x\"}", "application/json").status());
        FakeConfluence.loginAs(administrator);
        InMemoryJersey.Answer changed = target.call("PUT", "admin/settings", "application/json",
                "{\"processOwnerGroup\":\"planprocess-ekonomistaben\"}", "application/json");
        assertEquals(200, changed.status(), changed.body());
        assertEquals("processOwnerGroup", error(target.call("PUT", "admin/settings", "application/json",
                "{\"processOwnerGroup\":\"a\\tb\"}", "application/json"), 400).get("field").asText());
    }

    /** The cycle as GET answers it, as a PUT body. */
    private ObjectNode editable() throws Exception {
        return (ObjectNode) JSON.readTree(target.get(path).body());
    }

    private InMemoryJersey.Answer put(JsonNode body) {
        return target.call("PUT", path, "application/json", body.toString(), "application/json");
    }
}
