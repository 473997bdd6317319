package se.planprocess.confluence.rest;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.sections.InMemoryTemplateStore;
import se.planprocess.confluence.sections.SectionTemplates;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.rest.RestErrorsTest.error;
import static se.planprocess.confluence.testing.Clocks.fixedAt;

/**
 * The section templates through the REST API as the administration page uses them: copy a built-in version, reword
 * it on the revision read; a refused save answers 400 naming the field ({@code sections[0].headingSv}) in the user's
 * language and changes nothing; a stale revision is 409 naming who saved; built-in versions are never changed; only
 * the process owner and administrators get anywhere; writes take JSON only.
 */
class TemplateAdminResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "admin/templates/feedback-report/";

    private final FakeUser economist = new FakeUser("ekonom", "Controller Ekonomistaben");
    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare");
    private BundleI18nResolver i18n;
    private InMemoryJersey target;

    @BeforeEach
    void setUp() {
        FakeConfluence confluence = new FakeConfluence().processOwner(economist.name());
        i18n = new BundleI18nResolver(Locale.forLanguageTag("sv-SE"));
        SectionTemplates templates = new SectionTemplates(KindCatalogue.builtIn(), new InMemoryTemplateStore(),
                fixedAt("2026-11-23T10:00:00+01:00"));
        target = new InMemoryJersey(new Messages(i18n), new TemplateAdminResource(templates, confluence.access()));
        FakeConfluence.loginAs(economist);
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void theList_namesTheBuiltInVersions_2024First_thenTheConfiguredOnes() throws Exception {
        copy("2024", "2026");
        JsonNode list = JSON.readTree(target.get("admin/templates").body());
        JsonNode report = list.get(0);
        assertEquals("feedback-report", report.get("kind").asText());
        List<String> versions = List.of(report.get("versions").get(0).get("version").asText(),
                report.get("versions").get(1).get("version").asText(),
                report.get("versions").get(2).get("version").asText());
        assertEquals(List.of("2024", "2021", "2026"), versions);
        assertTrue(report.get("versions").get(0).get("builtIn").asBoolean());
        assertEquals("2024", report.get("versions").get(2).get("basedOn").asText());
    }

    @Test
    void aCopy_isReworded_recorded_andAStaleSaveIs409NamingWhoSaved() throws Exception {
        JsonNode created = copy("2021", "2026");
        assertEquals(1, created.get("revision").asInt());
        ObjectNode body = editable("2026");
        ((ObjectNode) body.get("sections").get(0)).put("headingSv", "Nämndens bidrag till regionens mål");

        JsonNode saved = JSON.readTree(put("2026", body).body());
        assertEquals(2, saved.get("revision").asInt());
        assertEquals("Nämndens bidrag till regionens mål", saved.get("sections").get(0).get("headingSv").asText());

        JsonNode conflict = error(put("2026", body), 409);
        assertEquals("template-conflict", conflict.get("error").asText());
        assertEquals("Controller Ekonomistaben", conflict.get("changedBy").asText());
        assertEquals(2, conflict.get("currentRevision").asInt());

        JsonNode audit = JSON.readTree(target.get(BASE + "2026/audit").body());
        assertEquals("updated", audit.get(0).get("action").asText());
        assertEquals("created", audit.get(1).get("action").asText());
        assertTrue(audit.get(0).get("details").get(0).asText().startsWith("sections["), audit.toString());
        assertEquals("Controller Ekonomistaben", audit.get(0).get("actorName").asText());
    }

    @Test
    void aTenThousandCharacterHeading_orAnEmptyOne_is400_namingTheField_andNothingIsSaved() throws Exception {
        copy("2024", "2026");
        String before = target.get(BASE + "2026").body();
        ObjectNode body = editable("2026");
        ((ObjectNode) body.get("sections").get(1)).put("headingSv", "Å".repeat(10_000));
        JsonNode refused = error(put("2026", body), 400);
        assertEquals("too-long", refused.get("error").asText());
        assertEquals("sections[1].headingSv", refused.get("field").asText());
        assertTrue(refused.get("message").asText().contains("sections[1].headingSv"), refused.get("message").asText());

        body = editable("2026");
        ((ObjectNode) body.get("sections").get(0)).put("headingSv", "  ");
        refused = error(put("2026", body), 400);
        assertEquals("sections[0].headingSv", refused.get("field").asText());
        i18n.use(Locale.ENGLISH);
        assertFalse(error(put("2026", body), 400).get("message").asText().contains("Fältet"));
        assertEquals(before, target.get(BASE + "2026").body());
    }

    @Test
    void theWrongShape_aBadVersionKey_aBuiltInVersion_andAnUnknownOne_areRefused() throws Exception {
        assertEquals("template-version-format", error(target.call("POST", BASE + "2024/copy", "application/json",
                "{\"version\":\"20 26\"}", "application/json"), 400).get("error").asText());
        copy("2024", "2026");
        assertEquals("version", error(target.call("POST", BASE + "2024/copy", "application/json",
                "{\"version\":\"2026\"}", "application/json"), 400).get("field").asText());
        ObjectNode body = editable("2026");
        ((ObjectNode) body.get("sections").get(0)).put("key", "other");
        assertEquals("sections[0].key", error(put("2026", body), 400).get("field").asText());
        body = editable("2026");
        ((ObjectNode) body.get("sections").get(2)).put("guidanceSv", 7);
        assertEquals("sections[2].guidanceSv", error(put("2026", body), 400).get("field").asText());
        body = editable("2026");
        body.remove("revision");
        assertEquals("revision", error(put("2026", body), 400).get("field").asText());

        ObjectNode builtIn = editable("2024");
        builtIn.put("revision", 1);
        assertEquals("built-in-template", error(put("2024", builtIn), 409).get("error").asText());
        assertEquals("unknown-section-template", error(target.get(BASE + "1999"), 404).get("error").asText());
        assertEquals("unknown-section-template",
                error(target.get("admin/templates/operational-plan/2024"), 404).get("error").asText());
    }

    @Test
    void aCommitteeSecretary_is403_everywhere_andAWriteThatIsNotJson_is415() throws Exception {
        copy("2024", "2026");
        String body = editable("2026").toString();
        FakeConfluence.loginAs(secretary);
        for (InMemoryJersey.Answer answer : List.of(target.get("admin/templates"), target.get(BASE + "2026"),
                put("2026", JSON.readTree(body)), target.post(BASE + "2024/copy", "{\"version\":\"2027\"}"),
                target.get(BASE + "2026/audit"))) {
            assertEquals("forbidden", error(answer, 403).get("error").asText());
        }
        FakeConfluence.loginAs(economist);
        assertEquals(415, target.call("PUT", BASE + "2026", "text/plain", body, "application/json").status());
        assertEquals(415, target.call("POST", BASE + "2024/copy", "text/plain", "{\"version\":\"2027\"}",
                "application/json").status());
        assertEquals(1, JSON.readTree(target.get(BASE + "2026").body()).get("revision").asInt());
    }

    private JsonNode copy(String from, String version) throws Exception {
        InMemoryJersey.Answer answer = target.call("POST", BASE + from + "/copy", "application/json",
                "{\"version\":\"" + version + "\"}", "application/json");
        assertEquals(200, answer.status(), answer.body());
        return JSON.readTree(answer.body());
    }

    private ObjectNode editable(String version) throws Exception {
        return (ObjectNode) JSON.readTree(target.get(BASE + version).body());
    }

    private InMemoryJersey.Answer put(String version, JsonNode body) {
        return target.call("PUT", BASE + version, "application/json", body.toString(), "application/json");
    }
}
