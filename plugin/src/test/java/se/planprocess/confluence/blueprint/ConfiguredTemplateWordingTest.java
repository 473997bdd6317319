package se.planprocess.confluence.blueprint;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.administration.CycleAdministration;
import se.planprocess.confluence.administration.CycleDraft;
import se.planprocess.confluence.ao.AoTemplateStore;
import se.planprocess.confluence.document.Actor;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.kind.PageRegistration;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.report.ReportSection;
import se.planprocess.confluence.report.ReportTemplate;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.report.blueprint.ReportContextProvider;
import se.planprocess.confluence.sections.SectionDraft;
import se.planprocess.confluence.sections.SectionTemplates;
import se.planprocess.confluence.sections.TemplateVersion;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.Actors.anEditorNamed;

/**
 * A configured template version works wherever a built-in one does: a cycle may choose it, a new report of that cycle
 * gets its wording and records its version, and the document's sections are that version's (2021's count when copied
 * from 2021), read from the database.
 */
class ConfiguredTemplateWordingTest {
    private static final String REWORDED = "Nämndens bidrag till regionens mål 2026";

    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare HSN");
    private final Actor economist = anEditorNamed("ekonom", "Controller Ekonomistaben");
    private AoFixture fixture;
    private SectionTemplates templates;
    private DocumentService documents;
    private CycleAdministration administration;
    private ReportContextProvider provider;

    @BeforeEach
    void setUp() {
        // a database of its own per test: each fixture stores a cycle of the same plan period
        fixture = AoFixture.on(AoTestDatabase.H2, AoFixture.newDatabaseCache());
        Clock clock = Clock.fixed(Instant.parse("2026-03-20T09:00:00Z"), ZoneOffset.UTC);
        KindCatalogue kinds = KindCatalogue.builtIn();
        templates = new SectionTemplates(kinds, new AoTemplateStore(fixture.ao), clock);
        documents = new DocumentService(fixture.documents, fixture.committees, kinds, templates, clock);
        administration = new CycleAdministration(fixture.cycleStore, fixture.committees, kinds, templates, clock);
        FakeConfluence confluence = new FakeConfluence().canEdit(fixture.hsnSpace, secretary.name());
        provider = new ReportContextProvider(fixture.cycles, fixture.committees, documents,
                new ProcessCalendar(clock, kinds), new Messages(new BundleI18nResolver(Locale.forLanguageTag("sv-SE"))),
                confluence.access());
        FakeConfluence.loginAs(secretary);
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void aCycleChoosingAConfiguredVersion_givesNewReportsItsWording_andTheDocumentItsSections() {
        String version = "r" + fixture.cycle.id();
        reworded(ReportTemplates.V2021, version);
        choose(version);

        Map<String, Object> context = provider.getContextMap(wizard());

        String sections = (String) context.get("sectionsXhtml");
        assertTrue(sections.contains("<h2>" + REWORDED + "</h2>"), sections);
        assertFalse(sections.contains(ReportTemplates.TEMPLATE_2021.sections().get(0).heading().sv()));
        assertEquals(version, context.get(PageRegistration.TEMPLATE_VERSION));

        TrackedDocument document = documents.register(fixture.newPageId(), fixture.hsnSpace, "Rapport",
                DocumentKind.FEEDBACK_REPORT, fixture.cycle.id(), version, economist);
        ReportTemplate read = documents.templateOf(document).orElseThrow();
        assertEquals(version, read.version());
        assertEquals(REWORDED, read.sections().get(0).heading().sv());
        assertEquals(ReportTemplates.TEMPLATE_2021.sections().size(), read.sections().size());
    }

    @Test
    void aCycle_mayNotChooseAVersionTheKindDoesNotHave_andTheRefusalListsTheConfiguredOnes() {
        String version = "s" + fixture.cycle.id();
        reworded(ReportTemplates.V2024, version);
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> choose("nope"));
        assertEquals("templateVersions.feedback-report", refused.field());
        assertTrue(String.valueOf(List.of(refused.messageArguments())).contains(version),
                List.of(refused.messageArguments()).toString());
    }

    private void reworded(String from, String version) {
        TemplateVersion copy = templates.copy(DocumentKind.FEEDBACK_REPORT, from, version, economist);
        List<SectionDraft> drafts = new ArrayList<>();
        for (ReportSection section : copy.template().sections()) {
            drafts.add(new SectionDraft(section.key(), drafts.isEmpty() ? REWORDED : section.heading().sv(),
                    section.heading().en(), section.guidance().sv(), section.guidance().en()));
        }
        templates.update(DocumentKind.FEEDBACK_REPORT, version, copy.revision(), drafts, economist);
    }

    private void choose(String version) {
        var stored = administration.get(fixture.cycle.id());
        Cycle cycle = stored.cycle();
        CycleDraft draft = CycleDraft.of(cycle);
        Map<String, String> versions = new HashMap<>(draft.templateVersions());
        versions.put(DocumentKind.FEEDBACK_REPORT.key(), version);
        administration.update(cycle.id(), stored.version(), new CycleDraft(draft.nameSv(), draft.nameEn(),
                draft.horizonYears(), versions, draft.phases(), draft.milestones()), economist);
    }

    private Map<String, Object> wizard() {
        Map<String, Object> context = new HashMap<>();
        context.put("spaceKey", fixture.hsnSpace);
        context.put("committeeId", String.valueOf(fixture.hsn.id()));
        context.put("cycleId", String.valueOf(fixture.cycle.id()));
        return context;
    }
}
