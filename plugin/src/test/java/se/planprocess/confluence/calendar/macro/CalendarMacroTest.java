package se.planprocess.confluence.calendar.macro;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.calendar.TimePlanService;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.confluence.testing.Clocks;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The time plan macros end to end over real AO and in-memory Confluence: no parameter shows the current cycle (as a
 * space blueprint's home page has it), a named cycle that one, and a bad value is one error in the user's language
 * that names the macro and never quotes what cannot be quoted safely.
 */
class CalendarMacroTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();

    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare");
    private final Map<String, Object> rendered = new HashMap<>();
    private final List<String> resources = new ArrayList<>();
    private AoFixture fixture;
    private FakeConfluence confluence;
    private TimePlanService service;

    @BeforeEach
    void setUp() {
        fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        confluence = new FakeConfluence().canView(fixture.hsnSpace, secretary.name());
        confluence.space(fixture.hsnSpace);
        service = new TimePlanService(fixture.cycles, fixture.committees, fixture.documents,
                new se.planprocess.confluence.ao.AoMeetingRepository(fixture.ao),
                new ProcessCalendar(Clocks.fixedAt("2026-04-20T10:00:00+02:00"), KindCatalogue.builtIn()));
        FakeConfluence.loginAs(secretary);
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void withoutParameters_theTimelineShowsTheCurrentCycle_andAsksForItsStyles() throws Exception {
        render(timeline(Locale.forLanguageTag("sv-SE")), Map.of());

        assertEquals("templates/calendar/timeline.vm", rendered.get("template"));
        assertNotNull(rendered.get("view"));
        assertEquals(List.of("se.planprocess.confluence:planprocess-calendar-resources"), resources);
    }

    @Test
    void aNamedCycle_isShownByEachMacro() throws Exception {
        Map<String, String> cycle = Map.of("cycle", fixture.cycle.key());

        render(timeline(Locale.forLanguageTag("sv-SE")), cycle);
        @SuppressWarnings("unchecked")
        Map<String, Object> view = (Map<String, Object>) rendered.get("view");
        assertEquals("Tidslinje för " + fixture.cycle.name().sv(), view.get("title"));
        render(new ArshjulMacro(service, confluence.access(), messages(Locale.forLanguageTag("sv-SE")), renderer(),
                pageBuilder(), mode -> "/confluence", KindCatalogue.builtIn()), cycle);
        assertEquals("templates/calendar/arshjul.vm", rendered.get("template"));
        render(new TidplanMacro(service, confluence.access(), messages(Locale.forLanguageTag("sv-SE")), renderer(),
                pageBuilder(), mode -> "/confluence", KindCatalogue.builtIn()), Map.of("cycle",
                String.valueOf(fixture.cycle.id())));
        assertEquals("templates/calendar/tidplan.vm", rendered.get("template"));
    }

    @Test
    void anUnknownCycle_isNamedInTheMessage_whenItIsPlainText() throws Exception {
        render(timeline(Locale.forLanguageTag("sv-SE")), Map.of("cycle", "regionplan-1999"));

        assertEquals("templates/calendar/error.vm", rendered.get("template"));
        assertEquals("Planperioden regionplan-1999 finns inte (parametern cycle i makrot Tidslinje (Planprocess)).",
                rendered.get("message"));
        assertNull(rendered.get("view"));
    }

    @Test
    void aHostileCycle_isRefusedWithoutQuotingIt_inEnglishForAnEnglishUser() throws Exception {
        render(timeline(Locale.ENGLISH), Map.of("cycle", "<script>alert(1)</script>"));

        assertEquals("templates/calendar/error.vm", rendered.get("template"));
        assertEquals("The plan period given does not exist (parameter cycle of the macro Timeline (Planprocess)).",
                rendered.get("message"));
    }

    @Test
    void aCycleWithControlCharacters_isAnInvalidValue() throws Exception {
        render(new TidplanMacro(service, confluence.access(), messages(Locale.forLanguageTag("sv-SE")), renderer(),
                pageBuilder(), mode -> "/confluence", KindCatalogue.builtIn()), Map.of("cycle", "regionplan\u0000"));

        assertEquals("templates/calendar/error.vm", rendered.get("template"));
        assertEquals("Parametern cycle i makrot Detaljerad tidplan (Planprocess) har ett ogiltigt värde: ange en "
                + "planperiods nyckel eller id, eller lämna tomt för den pågående planperioden.", rendered.get("message"));
        assertEquals(List.of(), resources);
    }

    @Test
    void withoutAnyCycle_theTimelineOfASpacesHomePage_saysSoInOneSentence() throws Exception {
        se.planprocess.confluence.document.CycleRepository none = new se.planprocess.confluence.document.CycleRepository() {
            @Override
            public List<se.planprocess.confluence.process.Cycle> findAll() {
                return List.of();
            }

            @Override
            public java.util.Optional<se.planprocess.confluence.process.Cycle> findById(long id) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<se.planprocess.confluence.process.Cycle> findByKey(String key) {
                return java.util.Optional.empty();
            }

            @Override
            public se.planprocess.confluence.process.Cycle save(se.planprocess.confluence.process.Cycle cycle) {
                throw new UnsupportedOperationException();
            }
        };
        service = new TimePlanService(none, fixture.committees, fixture.documents,
                new se.planprocess.confluence.ao.AoMeetingRepository(fixture.ao),
                new ProcessCalendar(Clocks.fixedAt("2026-04-20T10:00:00+02:00"), KindCatalogue.builtIn()));

        render(timeline(Locale.forLanguageTag("sv-SE")), Map.of());

        assertEquals("templates/calendar/empty.vm", rendered.get("template"));
        assertEquals("Det finns ingen planperiod att visa. Ekonomistaben lägger upp planperioder.",
                rendered.get("message"));
    }

    private TimelineMacro timeline(Locale locale) {
        return new TimelineMacro(service, confluence.access(), messages(locale), renderer(), pageBuilder(),
                mode -> "/confluence", KindCatalogue.builtIn());
    }

    private static Messages messages(Locale locale) {
        return new Messages(new BundleI18nResolver(locale));
    }

    private void render(CalendarMacro macro, Map<String, String> parameters) throws Exception {
        rendered.clear();
        resources.clear();
        macro.execute(parameters, null, null);
    }

    private TemplateRenderer renderer() {
        return new TemplateRenderer() {
            @Override
            public void render(String template, Map<String, Object> context, java.io.Writer writer) {
                rendered.clear();
                rendered.putAll(context);
                rendered.put("template", template);
            }

            @Override
            public String renderFragment(String fragment, Map<String, Object> context) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private PageBuilderService pageBuilder() {
        RequiredResources required = new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String key) {
                resources.add(key);
                return this;
            }
        };
        return () -> () -> required;
    }
}
