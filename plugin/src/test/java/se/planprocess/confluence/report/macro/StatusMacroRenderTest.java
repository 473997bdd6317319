package se.planprocess.confluence.report.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.document.Actor;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.confluence.view.StatusViewService;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The status macro end to end on a real report (AO on H2, the document and view services, the i18n bundles) rendered
 * by Velocity 1.7 from the real templates with every reference HTML-escaped, as Confluence does: the confirmation
 * before "Inskickad" with sections not ready, the note that says so without JavaScript, the history entry that
 * records it, and the phase of the deadline beside the phases running today.
 */
class StatusMacroRenderTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    /** 20 March 2026: "Verksamhetsplaner (VP)" (February–September) and the committees' phase (March–April) run. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T09:00:00Z"), ZoneOffset.UTC);

    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare HSN");
    private final FakeUser reader = new FakeUser("lasare", "Läsare");
    private AoFixture fixture;
    private FakeConfluence confluence;
    private DocumentService documents;
    private Page page;
    private long version;

    @BeforeEach
    void setUp() {
        fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        confluence = new FakeConfluence().canEdit(fixture.hsnSpace, secretary.name())
                .canView(fixture.hsnSpace, reader.name());
        page = confluence.page(fixture.newPageId(), fixture.hsnSpace, "Återkopplingsrapport HSN");
        documents = new DocumentService(fixture.documents, fixture.committees, KindCatalogue.builtIn(), CLOCK);
        Actor actor = new Actor("key-sekreterare", "Nämndsekreterare HSN", false);
        documents.register(page.getId(), fixture.hsnSpace, page.getTitle(), DocumentKind.FEEDBACK_REPORT,
                fixture.cycle.id(), ReportTemplates.V2024, actor);
        version = documents.markSection(page.getId(), 1, ReportTemplates.GOALS, true, null, actor).version();
        for (String status : List.of("prepared", "handled", "decided")) {
            version = documents.changeStatus(page.getId(), version, status, null, actor).version();
        }
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void aStepIntoSubmittedWithSectionsNotReady_opensAModalDialog_namingHowManyAndWhich() {
        String html = render(secretary, Locale.forLanguageTag("sv-SE"), "display");

        assertTrue(html.contains("data-confirm=\"pp-confirm-" + page.getId() + "\" aria-haspopup=\"dialog\">"
                + "Flytta till: Inskickad</button>"), html);
        String dialog = between(html, "<dialog", "</dialog>");
        assertTrue(dialog.contains("class=\"pp-confirm\" id=\"pp-confirm-" + page.getId() + "\""), dialog);
        assertTrue(dialog.contains("aria-labelledby=\"pp-confirm-title-" + page.getId() + "\""), dialog);
        assertTrue(dialog.contains("aria-describedby=\"pp-confirm-text-" + page.getId() + "\""), dialog);
        assertTrue(dialog.contains(">Flytta till Inskickad med avsnitt som inte är klara?</h2>"), dialog);
        assertTrue(dialog.contains("<p>6 av 7 avsnitt är inte klara inför Inskickad:</p>"), dialog);
        assertEquals(6, count(dialog, "<li>"));
        assertTrue(dialog.contains("<li>Risk- och känslighetsanalys</li>"), dialog);
        assertFalse(dialog.contains("Nämndens bidrag till fullmäktiges mål"), "goals is ready");
        assertTrue(dialog.contains(">Avbryt</button>"), dialog);
        assertTrue(dialog.contains(">Flytta till Inskickad ändå</button>"), dialog);
    }

    @Test
    void withoutJavaScript_thePageStillSaysWhatIsNotReady_outsideTheHiddenControls() {
        String html = render(secretary, Locale.forLanguageTag("sv-SE"), "display");

        String note = between(html, "<div class=\"pp-status__notready\" role=\"note\">", "</div>");
        assertTrue(note.contains("6 av 7 avsnitt är inte klara inför Inskickad:"), note);
        assertEquals(6, count(note, "<li>"));
        String controls = between(html, "<div class=\"pp-controls pp-js-only\" hidden>", "\n  </div>");
        assertFalse(controls.contains("pp-status__notready"), "the note is not hidden with the controls");
    }

    @Test
    void inEnglish_theDialogAndTheNoteAreEnglish() {
        String html = render(secretary, Locale.ENGLISH, "display");
        assertTrue(html.contains(">Move to Submitted with sections not ready?</h2>"), html);
        assertTrue(html.contains("<p>6 of 7 sections are not ready for Submitted:</p>"), html);
        assertTrue(html.contains("<li>Risk and sensitivity analysis</li>"), html);
        assertTrue(html.contains(">Move to Submitted anyway</button>"), html);
        assertTrue(html.contains(">Cancel</button>"), html);
    }

    @Test
    void aReaderWithoutEditPermission_getsNeitherTheDialogNorTheNote() {
        String html = render(reader, Locale.forLanguageTag("sv-SE"), "display");
        assertFalse(html.contains("<dialog"), html);
        assertFalse(html.contains("pp-status__notready"), html);
    }

    @Test
    void afterASubmitWithSectionsNotReady_theHistorySaysSoAsText_inThePageAndTheExport() {
        documents.changeStatus(page.getId(), version, "submitted", null, true,
                new Actor("key-sekreterare", "Nämndsekreterare HSN", false));

        String expected = "Beslutad → Inskickad <span class=\"pp-history__notready\">(med 6 av 7 avsnitt som inte var "
                + "klara: Nämndens planerade verksamhetsförändringar; Nämndens inriktning för kompetensförsörjning; ";
        String display = render(secretary, Locale.forLanguageTag("sv-SE"), "display");
        assertTrue(display.contains(expected), display);
        assertTrue(display.contains("Risk- och känslighetsanalys)</span>"), display);
        assertFalse(display.contains("<dialog"), "Mottagen is the process owner's step: no dialog");
        String pdf = render(reader, Locale.ENGLISH, "pdf");
        assertTrue(pdf.contains("Decided → Submitted <span class=\"pp-history__notready\">(with 6 of 7 sections not "
                + "ready: The committee&#39;s planned changes in operations; "), pdf);
    }

    @Test
    void thePhaseShown_isTheDeadlinesPhase_withEveryPhaseRunningToday() {
        String html = render(reader, Locale.forLanguageTag("sv-SE"), "display");
        assertTrue(html.contains("<dt>Fas för deadline</dt><dd class=\"pp-status__deadline-phase\">Nämnderna "
                + "behandlar PF och återkopplar</dd>"), html);
        assertTrue(html.contains("<dt>Pågår nu</dt><dd class=\"pp-status__current-phases\">Verksamhetsplaner (VP), "
                + "Nämnderna behandlar PF och återkopplar</dd>"), html);
        String pdf = render(reader, Locale.forLanguageTag("sv-SE"), "pdf");
        assertTrue(pdf.contains("<strong>Fas för deadline:</strong> Nämnderna behandlar PF och återkopplar · "
                + "<strong>Pågår nu:</strong> Verksamhetsplaner (VP), Nämnderna behandlar PF och återkopplar"), pdf);
    }

    private String render(FakeUser user, Locale locale, String outputType) {
        FakeConfluence.loginAs(user);
        Messages messages = new Messages(new BundleI18nResolver(locale));
        StatusViewService views = new StatusViewService(documents, fixture.cycles, fixture.committees,
                new ProcessCalendar(CLOCK, KindCatalogue.builtIn()));
        StringBuilder out = new StringBuilder();
        TemplateRenderer velocity = new TemplateRenderer() {
            @Override
            public void render(String template, Map<String, Object> context, Writer writer) {
                out.append(velocity(template, context));
            }

            @Override
            public String renderFragment(String fragment, Map<String, Object> context) {
                throw new UnsupportedOperationException();
            }
        };
        StatusMacro target = new StatusMacro(documents, views, confluence.access(), messages, velocity,
                nothingRequired());
        try {
            target.execute(Map.of(), "", context(outputType));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }

    /** Velocity 1.7 from the class path, every reference HTML-escaped (Confluence's anti-XSS). */
    private static String velocity(String template, Map<String, Object> model) {
        Properties config = new Properties();
        config.setProperty("resource.loader", "class");
        config.setProperty("class.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        config.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        VelocityEngine engine = new VelocityEngine(config);
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler((ReferenceInsertionEventHandler) (reference, value) -> escape(value));
        cartridge.attachToContext(context);
        Template loaded = engine.getTemplate(template, "UTF-8");
        java.io.StringWriter writer = new java.io.StringWriter();
        loaded.merge(context, writer);
        return writer.toString();
    }

    private static Object escape(Object value) {
        if (value == null) {
            return null;
        }
        return value.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static PageBuilderService nothingRequired() {
        RequiredResources resources = new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String moduleCompleteKey) {
                return this;
            }
        };
        return () -> () -> resources;
    }

    private ConversionContext context(String outputType) {
        return new ConversionContext() {
            @Override
            public ContentEntityObject getEntity() {
                return page;
            }

            @Override
            public String getSpaceKey() {
                return page.getSpaceKey();
            }

            @Override
            public String getOutputType() {
                return outputType;
            }
        };
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, "no " + start + " in " + text);
        int to = text.indexOf(end, from + start.length());
        assertTrue(to >= 0, "no " + end + " after " + start);
        return text.substring(from, to + end.length());
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
