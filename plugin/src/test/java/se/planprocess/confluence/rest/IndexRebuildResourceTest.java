package se.planprocess.confluence.rest;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.ao.AoDocChange;
import se.planprocess.confluence.ao.AoTrackedDoc;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.rebuild.IndexRebuild;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.host.ClusterRebuildLock;
import se.planprocess.confluence.host.ConfluencePageSource;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.rest.RestErrorsTest.error;

/**
 * {@code POST /admin/index/rebuild} over real AO and in-memory Confluence: for administrators and the process owner
 * only, a report in the user's language with every title as data, a dry run, bad input and a concurrent rebuild
 * refused without changes.
 */
class IndexRebuildResourceTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOSTILE = "Rapport <script>alert(1)</script> \"&\" ’";

    private final FakeUser administrator = new FakeUser("admin", "Ada Admin");
    private final FakeUser owner = new FakeUser("ekonom", "Erik Ekonom");
    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare HSN");
    private final RebuildLock lock = new RebuildLock();
    private AoFixture fixture;
    private FakeConfluence confluence;
    private DocumentService documents;
    private long pageId;

    @BeforeEach
    void setUp() {
        fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        fixture.ao.deleteWithSQL(AoDocChange.class, "ID > ?", 0);
        fixture.ao.deleteWithSQL(AoTrackedDoc.class, "ID > ?", 0);
        confluence = new FakeConfluence().administrator(administrator.name()).processOwner(owner.name())
                .canEdit(fixture.hsnSpace, secretary.name());
        documents = new DocumentService(fixture.documents, fixture.committees, KindCatalogue.builtIn(),
                Clock.fixed(Instant.parse("2026-03-20T09:15:00Z"), ZoneOffset.UTC));
        pageId = fixture.newPageId();
        confluence.page(pageId, fixture.hsnSpace, HOSTILE, "planprocess", "planprocess-feedback-report",
                fixture.cycle.key());
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    private InMemoryJersey target(Locale locale) {
        Messages messages = new Messages(new BundleI18nResolver(locale));
        IndexRebuild rebuild = new IndexRebuild(documents, fixture.committees, fixture.cycles,
                new ConfluencePageSource(confluence, confluence), new ClusterRebuildLock(name -> lock));
        return new InMemoryJersey(messages, new IndexRebuildResource(rebuild, confluence.access(), messages));
    }

    @Test
    void aConfluenceAdministrator_rebuilds_andGetsTheReportInSwedish_withTheTitleAsData() throws Exception {
        FakeConfluence.loginAs(administrator);

        InMemoryJersey.Answer answer = target(Locale.forLanguageTag("sv-SE")).post("admin/index/rebuild", "{}");

        assertEquals(200, answer.status(), answer.body());
        JsonNode body = JSON.readTree(answer.body());
        assertFalse(body.get("dryRun").asBoolean());
        assertEquals(1, body.get("fixed").asInt());
        assertEquals(1, body.get("counts").get("registered").asInt());
        assertEquals("Ombyggnaden av indexet rättade 1 och lämnar 0 att titta på.", body.get("summary").asText());
        JsonNode registered = body.get("findings").get(0);
        assertEquals("registered", registered.get("type").asText());
        assertEquals("Sidor som saknades i indexet och registrerades", registered.get("heading").asText());
        JsonNode item = registered.get("items").get(0);
        assertEquals(pageId, item.get("pageId").asLong());
        assertEquals(HOSTILE, item.get("title").asText());
        assertEquals("”" + HOSTILE + "” (sida " + pageId + ") registrerades.", item.get("message").asText());
        assertFalse(answer.body().contains("\n"), "no raw control characters");
        assertEquals("Från ombyggnaden av indexet",
                documents.history(documents.byPage(pageId).orElseThrow().id()).get(0).comment());
    }

    @Test
    void theProcessOwner_mayRebuild_inEnglish() throws Exception {
        FakeConfluence.loginAs(owner);

        InMemoryJersey.Answer answer = target(Locale.ENGLISH).post("admin/index/rebuild", "");

        assertEquals(200, answer.status(), answer.body());
        assertEquals("The index rebuild fixed 1 and leaves 0 to look at.",
                JSON.readTree(answer.body()).get("summary").asText());
    }

    @Test
    void aSecretary_isRefused403_andNothingIsRegistered() throws Exception {
        FakeConfluence.loginAs(secretary);

        JsonNode body = error(target(Locale.forLanguageTag("sv-SE")).post("admin/index/rebuild", "{}"), 403);

        assertEquals("forbidden", body.get("error").asText());
        assertTrue(documents.byPage(pageId).isEmpty());
    }

    @Test
    void aDryRun_answersWhatWouldBeFixed_andRegistersNothing() throws Exception {
        FakeConfluence.loginAs(administrator);

        InMemoryJersey.Answer answer = target(Locale.forLanguageTag("sv-SE"))
                .post("admin/index/rebuild", "{\"dryRun\": true}");

        JsonNode body = JSON.readTree(answer.body());
        assertTrue(body.get("dryRun").asBoolean());
        assertEquals(1, body.get("counts").get("registered").asInt());
        assertTrue(body.get("summary").asText().startsWith("Provkörning:"), body.get("summary").asText());
        assertTrue(documents.byPage(pageId).isEmpty());
    }

    @Test
    void aDryRunThatIsNotABoolean_is400_namingTheField_andChangesNothing() throws Exception {
        FakeConfluence.loginAs(administrator);

        JsonNode body = error(target(Locale.forLanguageTag("sv-SE"))
                .post("admin/index/rebuild", "{\"dryRun\": \"ja\"}"), 400);

        assertEquals("dryRun", body.get("field").asText());
        assertTrue(documents.byPage(pageId).isEmpty());
    }

    @Test
    void aRebuild_whileAnotherRuns_is409_withAClearMessage() throws Exception {
        FakeConfluence.loginAs(administrator);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
            lock.lock();
            held.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        });
        assertTrue(held.await(10, TimeUnit.SECONDS));
        try {
            JsonNode body = error(target(Locale.forLanguageTag("sv-SE")).post("admin/index/rebuild", "{}"), 409);

            assertEquals("rebuild-running", body.get("error").asText());
            assertEquals("En ombyggnad av indexet pågår redan. Vänta tills den är klar och försök sedan igen.",
                    body.get("message").asText());
            assertTrue(documents.byPage(pageId).isEmpty());
        } finally {
            release.countDown();
            other.get(10, TimeUnit.SECONDS);
        }
    }

    /** The cluster lock of a single node. */
    private static final class RebuildLock extends ReentrantLock implements com.atlassian.beehive.ClusterLock {
    }
}
