package se.planprocess.confluence.rest;

import se.planprocess.confluence.kind.KindCatalogue;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.rest.RestErrorsTest.error;

/** Committees and cycles through the admin API: bad names, unknown spaces and absurd dates change nothing. */
class AdminResourceTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeUser economist = new FakeUser("ekonom", "Controller Ekonomistaben");
    private AoFixture fixture;
    private BundleI18nResolver i18n;
    private InMemoryJersey target;
    private String newSpace;
    private int committeesBefore;

    @BeforeEach
    void setUp() {
        fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        FakeConfluence confluence = new FakeConfluence().processOwner(economist.name());
        newSpace = "NY" + fixture.hsnSpace;
        confluence.space(newSpace);
        i18n = new BundleI18nResolver(Locale.forLanguageTag("sv-SE"));
        Messages messages = new Messages(i18n);
        target = new InMemoryJersey(messages,
                new AdminResource(fixture.committees, fixture.cycles, KindCatalogue.builtIn(), confluence.access(), messages,
                        fixture.administration(java.time.Clock.systemUTC())));
        FakeConfluence.loginAs(economist);
        committeesBefore = fixture.committees.findAll().size();
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void aCommittee_forAnExistingSpace_isSaved() throws Exception {
        JsonNode saved = ok(target.post("admin/committees",
                "{\"name\":\"Tandvårdsnämnden\",\"shortName\":\"TN\",\"spaceKey\":\"" + newSpace + "\"}"));

        assertEquals("Tandvårdsnämnden", saved.get("name").asText());
        assertEquals(newSpace, saved.get("spaceKey").asText());
        assertEquals(committeesBefore + 1, fixture.committees.findAll().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tandvård\\r\\nsnämnden", "Tandvård\\nsnämnden", "Tandvård\\tsnämnden",
            "Tandvård\\u0000snämnden", "Tandvård\\u2028snämnden", "Tandvård\\ud800snämnden"})
    void aCommitteeName_withControlCharacters_is400_namingTheField_andSavesNothing(String name) throws Exception {
        JsonNode body = error(target.post("admin/committees",
                "{\"name\":\"" + name + "\",\"shortName\":\"TN\",\"spaceKey\":\"" + newSpace + "\"}"), 400);

        assertEquals("control-characters", body.get("error").asText());
        assertEquals("name", body.get("field").asText());
        assertEquals(committeesBefore, fixture.committees.findAll().size());
    }

    @Test
    void aShortName_withALineBreak_is400_namingTheField() throws Exception {
        JsonNode body = error(target.post("admin/committees",
                "{\"name\":\"Tandvårdsnämnden\",\"shortName\":\"T\\nN\"}"), 400);

        assertEquals("shortName", body.get("field").asText());
        assertEquals(committeesBefore, fixture.committees.findAll().size());
    }

    @Test
    void aCommittee_forASpaceThatDoesNotExist_is400_namingTheField_inTheUsersLanguage() throws Exception {
        String request = "{\"name\":\"Tandvårdsnämnden\",\"shortName\":\"TN\",\"spaceKey\":\"NOSUCHSPACE\"}";
        JsonNode swedish = error(target.post("admin/committees", request), 400);
        assertEquals("unknown-space", swedish.get("error").asText());
        assertEquals("spaceKey", swedish.get("field").asText());
        assertEquals("Det finns inget utrymme med nyckeln NOSUCHSPACE (fältet spaceKey).",
                swedish.get("message").asText());

        i18n.use(Locale.ENGLISH);
        assertEquals("There is no space with the key NOSUCHSPACE (field spaceKey).",
                error(target.post("admin/committees", request), 400).get("message").asText());
        assertEquals(committeesBefore, fixture.committees.findAll().size());
    }

    @Test
    void aCycleReachingYear999999999_is400_namingThePhaseDate_andSavesNothing() throws Exception {
        int cycles = fixture.cycles.findAll().size();
        JsonNode body = error(target.post("admin/cycles", "{\"template\":\"regionplan\",\"planYear\":2031,"
                + "\"phases\":{\"committee-feedback\":{\"start\":\"-999999999-01-01\",\"end\":\"+999999999-12-31\"}}}"),
                400);

        assertEquals("date-out-of-range", body.get("error").asText());
        assertEquals("phases.committee-feedback.start", body.get("field").asText());
        assertEquals("Datumet i fältet phases.committee-feedback.start måste ligga mellan år 2000 och 2100.",
                body.get("message").asText());
        assertEquals(cycles, fixture.cycles.findAll().size());
    }

    @Test
    void aCycleLongerThanFiveYears_is400_namingThePhase() throws Exception {
        JsonNode body = error(target.post("admin/cycles", "{\"template\":\"regionplan\",\"planYear\":2032,"
                + "\"phases\":{\"activity-plans\":{\"start\":\"2031-10-01\",\"end\":\"2036-12-31\"}}}"), 400);

        assertEquals("cycle-too-long", body.get("error").asText());
        assertEquals("phases.activity-plans.end", body.get("field").asText());
    }

    @Test
    void aCycle_namingTemplateVersionsPerKind_keepsThem_andEveryOtherKindWithSectionsGetsItsCurrentOne()
            throws Exception {
        JsonNode named = ok(target.post("admin/cycles", "{\"template\":\"regionplan\",\"planYear\":2040,"
                + "\"templateVersions\":{\"feedback-report\":\"2021\"}}"));
        JsonNode defaults = ok(target.post("admin/cycles", "{\"template\":\"regionplan\",\"planYear\":2041}"));
        JsonNode legacy = ok(target.post("admin/cycles", "{\"template\":\"regionplan\",\"planYear\":2042,"
                + "\"reportTemplateVersion\":\"2021\"}"));

        assertEquals("2021", named.at("/templateVersions/feedback-report").asText());
        assertEquals("2021", named.get("reportTemplateVersion").asText());
        assertEquals("2024", defaults.at("/templateVersions/feedback-report").asText());
        assertEquals("2021", legacy.at("/templateVersions/feedback-report").asText());
    }

    @Test
    void aTemplateVersion_ofAKindWithoutSections_orUnknown_is400_namingTheField_andSavesNothing() throws Exception {
        int cycles = fixture.cycles.findAll().size();

        assertEquals("templateVersions", error(target.post("admin/cycles", "{\"template\":\"regionplan\","
                + "\"planYear\":2043,\"templateVersions\":{\"meeting\":\"2024\"}}"), 400).get("field").asText());
        assertEquals("templateVersions.feedback-report", error(target.post("admin/cycles", "{\"template\":"
                + "\"regionplan\",\"planYear\":2043,\"templateVersions\":{\"feedback-report\":\"1999\"}}"), 400)
                .get("field").asText());
        assertEquals("reportTemplateVersion", error(target.post("admin/cycles", "{\"template\":\"regionplan\","
                + "\"planYear\":2043,\"reportTemplateVersion\":\"1999\"}"), 400).get("field").asText());
        assertEquals(cycles, fixture.cycles.findAll().size());
    }

    @Test
    void aPlanYearOutsideTheRange_is400() throws Exception {
        assertEquals("planYear", error(target.post("admin/cycles",
                "{\"template\":\"regionplan\",\"planYear\":2150}"), 400).get("field").asText());
    }

    @Test
    void aMilestoneOutsideTheCycle_is400_namingItAsSent() throws Exception {
        JsonNode body = error(target.post("admin/cycles", "{\"template\":\"regionplan\",\"planYear\":2033,"
                + "\"milestones\":[{\"key\":\"kickoff\",\"nameSv\":\"Kickoff\",\"date\":\"2032-02-10\","
                + "\"phase\":\"planning-premises\"},{\"key\":\"late\",\"nameSv\":\"Sent\",\"date\":\"2099-01-01\","
                + "\"phase\":\"activity-plans\"}]}"), 400);

        assertEquals("outside-cycle", body.get("error").asText());
        assertEquals("milestones[1].date", body.get("field").asText());
        assertTrue(body.get("message").asText().contains("2031-10-01 – 2033-12-31"), body.get("message").asText());
    }

    @Test
    void aMilestoneName_withALineBreak_is400_namingItAsSent() throws Exception {
        JsonNode body = error(target.post("admin/cycles", "{\"template\":\"regionplan\",\"planYear\":2034,"
                + "\"milestones\":[{\"key\":\"kickoff\",\"nameSv\":\"Kickoff\",\"date\":\"2033-02-10\","
                + "\"phase\":\"planning-premises\"},{\"key\":\"x\",\"nameSv\":\"Styr\\r\\ndialog\","
                + "\"date\":\"2033-10-01\",\"phase\":\"activity-plans\"}]}"), 400);

        assertEquals("control-characters", body.get("error").asText());
        assertEquals("milestones[1].nameSv", body.get("field").asText());
        assertEquals("invalid-input", error(target.post("admin/cycles", "{\"template\":\"regionplan\","
                + "\"planYear\":2034,\"milestones\":[{\"key\":\"k\",\"nameSv\":\"K\",\"date\":\"2033-02-10\","
                + "\"phase\":\"nowhere\"}]}"), 400).get("error").asText());
    }

    @Test
    void aCycleWithSaneDates_isSaved() throws Exception {
        JsonNode saved = ok(target.post("admin/cycles", "{\"template\":\"regionplan\",\"planYear\":2035,"
                + "\"phases\":{\"committee-feedback\":{\"start\":\"2034-05-14\",\"end\":\"2034-09-26\"}}}"));

        assertEquals(2035, saved.get("planYear").asInt());
    }

    private static JsonNode ok(InMemoryJersey.Answer answer) throws Exception {
        assertEquals(200, answer.status(), answer.body());
        return JSON.readTree(answer.body());
    }
}
