package se.planprocess.confluence.listener;

import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.kind.PageRegistration;
import se.planprocess.confluence.kind.KindCatalogue;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.event.api.EventPublisher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.report.blueprint.ReportContextProvider;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page created from the report blueprint is registered from the create request's context, the map Confluence
 * publishes with the event: what the context provider put into it, and nothing a forged request adds.
 */
class BlueprintEventListenerTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();

    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare HSN");
    private AoFixture fixture;
    private FakeConfluence confluence;
    private DocumentService documents;
    private ReportContextProvider provider;
    private BlueprintEventListener target;

    @BeforeEach
    void setUp() {
        fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        Clock clock = Clock.fixed(Instant.parse("2026-03-20T09:00:00Z"), ZoneOffset.UTC);
        documents = new DocumentService(fixture.documents, fixture.committees, KindCatalogue.builtIn(), clock);
        confluence = new FakeConfluence().canEdit(fixture.hsnSpace, secretary.name());
        provider = new ReportContextProvider(fixture.cycles, fixture.committees, documents, new ProcessCalendar(clock, KindCatalogue.builtIn()),
                new Messages(new BundleI18nResolver(Locale.forLanguageTag("sv-SE"))), confluence.access());
        target = new BlueprintEventListener(documents, fixture.committees, confluence.access(), confluence);
        FakeConfluence.loginAs(secretary);
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void pageFromTheWizard_isRegisteredFromTheRequestContext_thatTheProviderFilled() {
        Map<String, Object> request = wizard(fixture.hsn.id());
        Map<String, Object> rendered = provider.getContextMap(request);
        Page page = confluence.page(fixture.newPageId(), fixture.hsnSpace, (String) rendered.get("ContentPageTitle"));

        target.onBlueprintPageCreated(new BlueprintPageCreateEvent(this, page, secretary, request));

        TrackedDocument registered = documents.byPage(page.getId()).orElseThrow();
        assertEquals(Long.valueOf(fixture.hsn.id()), registered.committeeId());
        assertEquals(fixture.cycle.id(), registered.cycleId());
        assertEquals(List.of("planprocess", "planprocess-feedback-report", fixture.cycle.key()),
                confluence.labelsOf(page.getId()));
    }

    @Test
    void requestWithoutTheProvidersKeys_registersNothing() {
        Page page = confluence.page(fixture.newPageId(), fixture.hsnSpace, "Återkopplingsrapport");
        target.onBlueprintPageCreated(new BlueprintPageCreateEvent(this, page, secretary, wizard(fixture.hsn.id())));
        assertEquals(Optional.empty(), documents.byPage(page.getId()));
    }

    @Test
    void forgedContextNamingAnotherSpacesCommittee_isNotRegistered() {
        Map<String, Object> forged = wizard(fixture.kn.id());
        forged.put(PageRegistration.KIND, "feedback-report");
        forged.put(PageRegistration.CYCLE_ID, String.valueOf(fixture.cycle.id()));
        forged.put(PageRegistration.COMMITTEE_ID, String.valueOf(fixture.kn.id()));
        forged.put(PageRegistration.TEMPLATE_VERSION, "2024");
        Page page = confluence.page(fixture.newPageId(), fixture.hsnSpace, "Vanlig sida");

        target.onBlueprintPageCreated(new BlueprintPageCreateEvent(this, page, secretary, forged));

        assertFalse(documents.byPage(page.getId()).isPresent());
        assertTrue(documents.singletonSlot(se.planprocess.confluence.process.DocumentKind.FEEDBACK_REPORT,
                fixture.cycle.id(), fixture.kn.id()).isEmpty());
    }

    @Test
    void pageEventListener_registersTheBlueprintListenerToo_whenTheEventsAreVisible() {
        List<Object> registered = new ArrayList<>();
        EventPublisher publisher = new EventPublisher() {
            @Override
            public void publish(Object event) {
            }

            @Override
            public void register(Object listener) {
                registered.add(listener);
            }

            @Override
            public void unregister(Object listener) {
                registered.remove(listener);
            }

            @Override
            public void unregisterAll() {
                registered.clear();
            }
        };
        PageEventListener pages = new PageEventListener(publisher, documents, fixture.committees, confluence.access(),
                confluence);
        pages.register();
        assertEquals(2, registered.size());
        assertTrue(registered.get(1) instanceof BlueprintEventListener);
        pages.unregister();
        assertEquals(List.of(), registered);
    }

    private Map<String, Object> wizard(long committeeId) {
        Map<String, Object> context = new HashMap<>();
        context.put("spaceKey", fixture.hsnSpace);
        context.put("committeeId", String.valueOf(committeeId));
        context.put("cycleId", String.valueOf(fixture.cycle.id()));
        return context;
    }
}
