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
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.rest.RestErrorsTest.error;
import static se.planprocess.confluence.testing.CommitteeBuilder.aCommittee;

/**
 * The wizard's endpoints tell a user only about committees whose space the user may see; the process owner sees
 * every committee. The secretary here may see the HSN space but not the KN space.
 */
class ReportResourceTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare HSN");
    private final FakeUser economist = new FakeUser("ekonom", "Controller Ekonomistaben");
    private final FakeUser reader = new FakeUser("lasare", "Läsare");

    private AoFixture fixture;
    private InMemoryJersey target;
    private Committee withoutSpace;
    private BundleI18nResolver i18n;
    private FakeConfluence confluence;
    private long hsnPage;

    @BeforeEach
    void setUp() {
        fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        Clock clock = Clock.fixed(Instant.parse("2026-03-20T09:00:00Z"), ZoneOffset.UTC);
        FakeConfluence confluence = new FakeConfluence()
                .canEdit(fixture.hsnSpace, secretary.name())
                .canView(fixture.hsnSpace, reader.name()).canView(fixture.knSpace, reader.name())
                .canView(fixture.noCommitteeSpace, reader.name())
                .canEdit(fixture.knSpace, "kultur")
                .processOwner(economist.name());
        hsnPage = fixture.newPageId();
        long knPage = fixture.newPageId();
        confluence.page(hsnPage, fixture.hsnSpace, "Återkopplingsrapport 2026 – HSN");
        confluence.page(knPage, fixture.knSpace, "Hemlig rapport KN");
        confluence.space(fixture.runSpace);
        withoutSpace = fixture.committees.save(aCommittee().unsaved().withName("Revisionen " + fixture.hsnSpace)
                .withShortName("REV").withSpaceKey(null).build());
        DocumentService documents = new DocumentService(fixture.documents, fixture.committees, KindCatalogue.builtIn(), clock);
        Actor author = new Actor("key-kultur", "Nämndsekreterare Kultur", false);
        documents.register(hsnPage, fixture.hsnSpace, "Återkopplingsrapport 2026 – HSN", DocumentKind.FEEDBACK_REPORT,
                fixture.cycle.id(), ReportTemplates.V2024, author);
        documents.register(knPage, fixture.knSpace, "Hemlig rapport KN", DocumentKind.FEEDBACK_REPORT,
                fixture.cycle.id(), ReportTemplates.V2024, author);
        i18n = new BundleI18nResolver(Locale.forLanguageTag("sv-SE"));
        Messages messages = new Messages(i18n);
        this.confluence = confluence;
        target = new InMemoryJersey(messages, new ReportResource(fixture.committees, fixture.cycles, documents,
                new ProcessCalendar(clock, KindCatalogue.builtIn()), confluence.access(), messages));
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void theWizard_listsOnlyCommitteesWhoseSpaceTheUserMaySee() throws Exception {
        FakeConfluence.loginAs(secretary);

        Set<Long> listed = committeeIds(ok(target.get("reports/wizard?spaceKey=" + fixture.hsnSpace)));

        assertTrue(listed.contains(fixture.hsn.id()), listed.toString());
        assertFalse(listed.contains(fixture.kn.id()), "a space the user may not see");
        assertFalse(listed.contains(fixture.run.id()), "a space the user may not see");
        assertFalse(listed.contains(withoutSpace.id()), "a committee without a space");
    }

    @Test
    void theWizardInACommitteesSpace_offersOnlyThatCommittee_theChoiceTheContextProviderWouldAccept() throws Exception {
        FakeConfluence.loginAs(reader);

        assertEquals(Set.of(fixture.hsn.id()),
                committeeIds(ok(target.get("reports/wizard?spaceKey=" + fixture.hsnSpace))));
        assertEquals(Set.of(fixture.hsn.id(), fixture.kn.id()),
                committeeIds(ok(target.get("reports/wizard?spaceKey=" + fixture.noCommitteeSpace))),
                "in a space of no committee, every committee the user may see");
        FakeConfluence.loginAs(economist);
        assertTrue(committeeIds(ok(target.get("reports/wizard?spaceKey=" + fixture.hsnSpace)))
                .contains(fixture.kn.id()), "ekonomistaben may create any committee's report anywhere");
    }

    @Test
    void theWizard_listsEveryCommittee_forTheProcessOwner() throws Exception {
        FakeConfluence.loginAs(economist);

        Set<Long> listed = committeeIds(ok(target.get("reports/wizard")));

        assertTrue(listed.containsAll(Set.of(fixture.hsn.id(), fixture.kn.id(), fixture.run.id(), withoutSpace.id())),
                listed.toString());
    }

    @Test
    void existing_forACommitteeInAVisibleSpace_tellsThatTheReportExists() throws Exception {
        FakeConfluence.loginAs(secretary);

        JsonNode body = ok(target.get("reports/existing?committeeId=" + fixture.hsn.id()
                + "&cycleId=" + fixture.cycle.id()));

        assertTrue(body.get("exists").asBoolean());
        assertTrue(body.get("visible").asBoolean());
        assertEquals("Återkopplingsrapport 2026 – HSN", body.get("title").asText());
        assertEquals("Det finns redan en återkopplingsrapport för nämnden och planperioden.",
                body.get("message").asText());
    }

    @Test
    void existing_forAReportWhosePageTheUserMayNotSee_saysThatOneExists_withoutTitleOrLink() throws Exception {
        confluence.canView(fixture.hsnSpace, economist.name()).restrictView(hsnPage, economist.name());
        FakeConfluence.loginAs(secretary);

        InMemoryJersey.Answer answer = target.get("reports/existing?committeeId=" + fixture.hsn.id()
                + "&cycleId=" + fixture.cycle.id());
        JsonNode body = ok(answer);

        assertTrue(body.get("exists").asBoolean(), "the database would refuse a second one anyway");
        assertFalse(body.get("visible").asBoolean());
        assertEquals("Det finns redan en återkopplingsrapport för nämnden och planperioden, men du har inte behörighet"
                + " att se den: sidan är begränsad eller ligger i papperskorgen. Skapa ingen ny rapport; fråga nämndens"
                + " sekreterare eller ekonomistaben.", body.get("message").asText());
        assertFalse(body.has("title") || body.has("url") || body.has("pageId"), answer.body());
        assertFalse(answer.body().contains("Återkopplingsrapport 2026"), answer.body());
        assertFalse(answer.body().contains(String.valueOf(hsnPage)), answer.body());

        i18n.use(Locale.ENGLISH);
        assertEquals("A feedback report for the committee and plan period already exists, but you may not view it:"
                + " the page is restricted or in the trash. Do not create another report; ask the secretary of the"
                + " committee or ekonomistaben.", ok(target.get("reports/existing?committeeId=" + fixture.hsn.id()
                + "&cycleId=" + fixture.cycle.id())).get("message").asText());

        FakeConfluence.loginAs(economist);
        JsonNode owner = ok(target.get("reports/existing?committeeId=" + fixture.hsn.id()
                + "&cycleId=" + fixture.cycle.id()));
        assertTrue(owner.get("visible").asBoolean(), "the restriction lets ekonomistaben in");
        assertEquals("Återkopplingsrapport 2026 – HSN", owner.get("title").asText());
    }

    @Test
    void existing_forACommitteeInASpaceTheUserMayNotSee_is404_andLeaksNothing() throws Exception {
        FakeConfluence.loginAs(secretary);

        InMemoryJersey.Answer answer = target.get("reports/existing?committeeId=" + fixture.kn.id()
                + "&cycleId=" + fixture.cycle.id());
        JsonNode body = error(answer, 404);

        assertEquals("unknown-committee", body.get("error").asText());
        assertFalse(body.has("exists"), answer.body());
        assertFalse(answer.body().contains("Hemlig"), answer.body());
        assertEquals(answer.body(), target.get("reports/existing?committeeId=999999999&cycleId="
                + fixture.cycle.id()).body(), "the same answer as for a committee that does not exist");
    }

    @Test
    void existing_forACommitteeWithoutASpace_isTheProcessOwnersBusinessOnly() throws Exception {
        String path = "reports/existing?committeeId=" + withoutSpace.id() + "&cycleId=" + fixture.cycle.id();
        FakeConfluence.loginAs(secretary);
        error(target.get(path), 404);

        FakeConfluence.loginAs(economist);
        assertFalse(ok(target.get(path)).get("exists").asBoolean());
    }

    @Test
    void existing_forAnyCommittee_answersTheProcessOwner() throws Exception {
        FakeConfluence.loginAs(economist);

        JsonNode body = ok(target.get("reports/existing?committeeId=" + fixture.kn.id()
                + "&cycleId=" + fixture.cycle.id()));

        assertTrue(body.get("exists").asBoolean());
    }

    @Test
    void existing_withACommitteeIdBeyondALong_is400_namingTheField() throws Exception {
        FakeConfluence.loginAs(secretary);

        JsonNode body = error(target.get("reports/existing?committeeId=99999999999999999999&cycleId=1"), 400);

        assertEquals("committeeId", body.get("field").asText());
    }

    private static Set<Long> committeeIds(JsonNode wizard) {
        Set<Long> ids = new HashSet<>();
        wizard.get("committees").forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }

    private static JsonNode ok(InMemoryJersey.Answer answer) throws Exception {
        assertEquals(200, answer.status(), answer.body());
        return JSON.readTree(answer.body());
    }
}
