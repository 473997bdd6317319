package se.planprocess.confluence.rest;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.ao.AoDocumentRepository;
import se.planprocess.confluence.document.Actor;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.kind.KindSpecification;
import se.planprocess.confluence.kind.PageRegistration;
import se.planprocess.confluence.kind.Scope;
import se.planprocess.confluence.listener.BlueprintEventListener;
import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.progress.Lateness;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.report.ReportSection;
import se.planprocess.confluence.report.ReportTemplate;
import se.planprocess.confluence.report.macro.StatusMacro;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.confluence.view.StatusView;
import se.planprocess.confluence.view.StatusViewService;
import se.planprocess.confluence.workflow.Status;
import se.planprocess.confluence.workflow.Workflow;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new kind is a specification plus a blueprint: a kind that exists only in this test (council minutes, one per
 * committee and cycle, with a workflow, a section template and a blueprint of their own) is registered from its
 * blueprint's context, is late by its own deadline, has a status view and answers over REST, with the production
 * code as it is. Today is 20 March 2026; the minutes were due checked by 10 March.
 */
class NewKindFromSpecificationTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    static final DocumentKind MINUTES = new DocumentKind("council-minutes");
    static final KindSpecification MINUTES_SPECIFICATION = new KindSpecification(MINUTES,
            Bilingual.of("Protokollsutdrag", "Council minutes"), Scope.COMMITTEE,
            new Workflow(List.of(
                    new Status("written", Bilingual.of("Skrivet", "Written"), Bilingual.of("Skrivs.", "Written."),
                            Status.Colour.GREY, false),
                    new Status("checked", Bilingual.of("Justerat", "Checked"), Bilingual.of("Justerat.", "Checked."),
                            Status.Colour.BLUE, false),
                    new Status("sent", Bilingual.of("Expedierat", "Sent"), Bilingual.of("Skickat.", "Sent."),
                            Status.Colour.GREEN, false))),
            List.of(new ReportTemplate("v1", List.of(
                    new ReportSection("decision", Bilingual.of("Beslut", "Decision"), Bilingual.of("Beslutet.", "The decision.")),
                    new ReportSection("checkers", Bilingual.of("Justerare", "Checkers"), Bilingual.of("Vem.", "Who."))))),
            PageRegistration.fromBlueprint("minutes-blueprint"));

    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare HSN");
    private AoFixture fixture;
    private FakeConfluence confluence;
    private AoDocumentRepository repository;
    private DocumentService documents;
    private ProcessCalendar calendar;
    private StatusViewService views;
    private Messages messages;
    private Cycle cycle;

    @BeforeEach
    void setUp() {
        fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        Clock clock = Clock.fixed(Instant.parse("2026-03-20T09:00:00Z"), ZoneOffset.UTC);
        KindCatalogue kinds = KindCatalogue.builtIn().with(MINUTES_SPECIFICATION);
        repository = new AoDocumentRepository(fixture.ao, kinds);
        documents = new DocumentService(repository, fixture.committees, kinds, clock);
        calendar = new ProcessCalendar(clock, kinds);
        views = new StatusViewService(documents, fixture.cycles, fixture.committees, calendar);
        messages = new Messages(new BundleI18nResolver(SWEDISH));
        confluence = new FakeConfluence().canEdit(fixture.hsnSpace, secretary.name());
        List<Milestone> milestones = new ArrayList<>(fixture.cycle.milestones());
        milestones.add(new Milestone("minutes-checked", Bilingual.of("Protokollet justerat", "Minutes checked"),
                LocalDate.of(2026, 3, 10), fixture.cycle.phases().get(0).key(), null, MINUTES, "checked"));
        Cycle base = fixture.cycle;
        cycle = fixture.cycles.save(new Cycle(0, base.key() + "-minutes", base.name(), base.planYear(),
                base.horizonYears(), base.templateKey(), Map.of(MINUTES, "v1"), base.phases(), milestones));
        FakeConfluence.loginAs(secretary);
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void aPageFromTheNewKindsBlueprint_isRegisteredAsThatKind_fromItsRegistrationsKeys() {
        Page page = createdFromTheBlueprint();

        TrackedDocument minutes = documents.byPage(page.getId()).orElseThrow();
        assertEquals(MINUTES, minutes.kind());
        assertEquals("written", minutes.status());
        assertEquals("v1", minutes.templateVersion());
        assertEquals(Long.valueOf(fixture.hsn.id()), minutes.committeeId());
        List<String> labels = confluence.labelsOf(page.getId());
        assertTrue(labels.containsAll(List.of(cycle.key(), "planprocess-" + MINUTES.key())), labels.toString());
        assertTrue(documents.singletonSlot(MINUTES, cycle.id(), fixture.hsn.id()).isPresent(), "one per committee");
    }

    @Test
    void theNewKindsDeadline_makesCommitteesLateByItsScope_andNoFeedbackReportDeadlineIsTouched() {
        TrackedDocument minutes = documents.byPage(createdFromTheBlueprint().getId()).orElseThrow();

        List<Lateness> late = calendar.lateness(cycle, List.of(fixture.hsn, fixture.run, fixture.kn),
                repository.findActiveByCycle(cycle.id()));

        assertTrue(late.stream().allMatch(l -> l.milestone().documentKind().equals(MINUTES)), late::toString);
        assertEquals(List.of(fixture.hsn, fixture.run, fixture.kn), late.stream().map(Lateness::committee).toList());
        assertEquals(minutes.id(), late.get(indexOf(late, fixture.hsn)).document().id());
        assertTrue(late.get(indexOf(late, fixture.run)).documentMissing());
        assertTrue(calendar.isLate(cycle, minutes));
    }

    @Test
    void theStatusView_ofTheNewKind_comesFromItsSpecification() {
        TrackedDocument minutes = documents.byPage(createdFromTheBlueprint().getId()).orElseThrow();

        StatusView view = views.view(minutes, SWEDISH, true, false);

        assertEquals("council-minutes", view.kind());
        assertEquals("Protokollsutdrag", view.kindName());
        assertEquals(List.of("written", "checked", "sent"), view.statuses().stream().map(StatusView.Step::key).toList());
        assertEquals("checked", view.next().key());
        assertNull(view.previous());
        assertTrue(view.late());
        assertEquals("Protokollet justerat", view.deadline().name());
        assertEquals(2, view.readiness().total());
        assertEquals("Beslut", view.readiness().sections().get(0).heading());
    }

    @Test
    void theNewKind_answersOverRest_movesAlongItsWorkflow_andIsRefusedThroughTheMapper() throws Exception {
        Page page = createdFromTheBlueprint();
        InMemoryJersey rest = new InMemoryJersey(messages,
                new DocumentResource(documents, views, confluence.access(), messages));

        JsonNode read = body(rest.get("documents/" + page.getId()), 200);
        assertEquals("council-minutes", read.get("kind").asText());
        assertEquals("Skrivet", read.at("/status/name").asText());

        JsonNode moved = body(rest.post("documents/" + page.getId() + "/status",
                "{\"status\":\"checked\",\"version\":1}"), 200);
        assertEquals("checked", moved.at("/status/key").asText());
        assertFalse(moved.get("late").asBoolean(), "the deadline's status is reached");

        JsonNode marked = body(rest.post("documents/" + page.getId() + "/sections/decision",
                "{\"ready\":true,\"version\":2}"), 200);
        assertEquals(1, marked.at("/readiness/ready").asInt());

        JsonNode refused = body(rest.post("documents/" + page.getId() + "/status",
                "{\"status\":\"submitted\",\"version\":3}"), 400);
        assertEquals("unknown-status", refused.get("error").asText());
        assertTrue(calendar.lateness(cycle, List.of(fixture.hsn), List.of(documents.byPage(page.getId()).orElseThrow()))
                .isEmpty());
    }

    @Test
    void theStatusMacro_handsTheNewKindsViewToItsTemplate_asPlainMapsAndLists() throws Exception {
        Page page = createdFromTheBlueprint();
        Map<String, Object> rendered = new HashMap<>();
        TemplateRenderer renderer = new TemplateRenderer() {
            @Override
            public void render(String template, Map<String, Object> context, java.io.Writer writer) {
                rendered.putAll(context);
                rendered.put("template", template);
            }

            @Override
            public String renderFragment(String fragment, Map<String, Object> context) {
                throw new UnsupportedOperationException();
            }
        };
        StatusMacro macro = new StatusMacro(documents, views, confluence.access(), messages, renderer, null);

        macro.execute(Map.of(), "", pdfOf(page));

        assertEquals("templates/status/static.vm", rendered.get("template"));
        Map<?, ?> view = (Map<?, ?>) rendered.get("view");
        assertEquals("Protokollsutdrag", view.get("kindName"));
        assertEquals("Skrivet", ((Map<?, ?>) view.get("status")).get("name"));
        assertEquals(3, ((List<?>) view.get("statuses")).size());
        assertTrue(((List<?>) view.get("statuses")).get(0) instanceof Map);
        assertEquals(2, ((Map<?, ?>) view.get("readiness")).get("total"));
        assertEquals("0 av 2 avsnitt klara", rendered.get("readinessSummary"));
    }

    @Test
    void aPageOfAKindWithoutSpecification_isRefusedAtRegistration_andNothingIsWritten() {
        int rows = fixture.trackedDocumentRows();
        Page page = confluence.page(fixture.newPageId(), fixture.hsnSpace, "Okänt slag");

        DocumentException refused = assertThrows(DocumentException.class, () -> documents.register(page.getId(),
                fixture.hsnSpace, page.getTitle(), new DocumentKind("unknown-kind"), cycle.id(), null,
                new Actor("a", "A", false)));

        assertEquals(Problem.INVALID_INPUT, refused.problem());
        assertEquals(rows, fixture.trackedDocumentRows());
    }

    private Page createdFromTheBlueprint() {
        Page page = confluence.page(fixture.newPageId(), fixture.hsnSpace, "Protokollsutdrag HSN");
        PageRegistration registration = MINUTES_SPECIFICATION.registration();
        Map<String, Object> context = new HashMap<>();
        context.put(registration.kindKey(), MINUTES.key());
        context.put(registration.cycleIdKey(), String.valueOf(cycle.id()));
        context.put(registration.committeeIdKey(), String.valueOf(fixture.hsn.id()));
        context.put(registration.templateVersionKey(), cycle.templateVersion(MINUTES).orElseThrow());
        context.put(registration.cycleLabelKey(), cycle.key());
        BlueprintEventListener listener = new BlueprintEventListener(documents, fixture.committees,
                confluence.access(), confluence);
        listener.onBlueprintPageCreated(new BlueprintPageCreateEvent(this, page, secretary, context));
        return page;
    }

    private static int indexOf(List<Lateness> late, Committee committee) {
        for (int i = 0; i < late.size(); i++) {
            if (late.get(i).committee().id() == committee.id()) {
                return i;
            }
        }
        throw new AssertionError(committee.shortName() + " is not late: " + late);
    }

    private static JsonNode body(InMemoryJersey.Answer answer, int status) throws Exception {
        assertEquals(status, answer.status(), answer.body());
        return JSON.readTree(answer.body());
    }

    private static ConversionContext pdfOf(Page page) {
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
                return "pdf";
            }
        };
    }
}
