package se.planprocess.confluence.tracker.macro;

import org.junit.jupiter.api.Test;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.document.ChangeType;
import se.planprocess.confluence.document.DocumentChange;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.testing.Clocks;
import se.planprocess.confluence.tracker.Tracker;
import se.planprocess.confluence.tracker.TrackerMatrix;
import se.planprocess.confluence.workflow.Workflows;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.CommitteeBuilder.aCommittee;
import static se.planprocess.confluence.testing.CycleBuilder.aCycle;
import static se.planprocess.confluence.testing.TrackedDocumentBuilder.aFeedbackReport;

/** The tracker in words: one day is "1 dag", the deadline day says so, late arrivals are told, in both languages. */
class TrackerViewsTest {
    private final Cycle cycle = aCycle().withId(3).withPlanYear(2025).withDeadline("2024-09-26").build();
    private final Committee kultur = aCommittee().withId(1).withName("Kulturnämnden").build();
    private final Committee folk = aCommittee().withId(2).withName("Folkhögskolenämnden").build();
    private final Committee koll = aCommittee().withId(3).withName("Kollektivtrafiknämnden <script>").build();
    private final TrackedDocument late = aFeedbackReport().forCycle(3).forCommittee(1).withStatus(Workflows.DECIDED)
            .build();
    private final TrackedDocument lateArrival = aFeedbackReport().forCycle(3).forCommittee(2)
            .withStatus(Workflows.SUBMITTED).build();

    @Test
    void theDayAfter_inSwedish_saysOneDayLate_oneDayLateOnArrival_andMissing() {
        TrackerView view = view("2024-09-27T10:00:00+02:00", "sv-SE");

        assertEquals(List.of("Folkhögskolenämnden", "Kollektivtrafiknämnden <script>", "Kulturnämnden"),
                view.rows().stream().map(TrackerView.Row::committee).toList());
        TrackerView.Cell folkCell = view.rows().get(0).cells().get(0);
        assertEquals("Klar", folkCell.stateText());
        assertEquals("inkom 1 dag sent", folkCell.note());
        assertEquals("Saknas", view.rows().get(1).cells().get(0).stateText());
        assertEquals("försenad 1 dag", view.rows().get(1).cells().get(0).note());
        assertEquals("försenad 1 dag", view.rows().get(2).cells().get(0).note());
        assertEquals("/confluence/page/" + late.pageId(), view.rows().get(2).cells().get(0).url());
        assertEquals("Beslutad", view.rows().get(2).cells().get(0).status());
        assertEquals(List.of("1 av 3 har nått Inskickad · 2 ligger efter"), view.totals());
        assertEquals("2 av 3 nämnder ligger efter.", view.summary());
        assertEquals("Inskickad senast 26 september 2024", view.columns().get(0).requirement());
    }

    @Test
    void onTheDeadlineDay_itSaysTheLastDayIsToday_andInEnglishTheSame() {
        TrackerView swedish = view("2024-09-26T10:00:00+02:00", "sv-SE");
        assertEquals("sista dagen i dag", swedish.rows().get(2).cells().get(0).note());
        TrackerView english = view("2024-09-25T10:00:00+02:00", "en");
        assertEquals("1 day left", english.rows().get(2).cells().get(0).note());
        assertEquals("In progress", english.rows().get(2).cells().get(0).stateText());
        assertEquals("No committee is behind.", english.summary());
    }

    @Test
    void macroParameters_areChecked_namingTheParameter() {
        assertEquals(TrackerMacroParameters.Layout.LIST,
                TrackerMacroParameters.parse(Map.of("layout", "list", "committees", "kn, HSN"), KindCatalogue.builtIn()).layout());
        assertEquals("kinds", assertThrows(se.planprocess.confluence.tracker.TrackerFilter.InvalidParameter.class,
                () -> TrackerMacroParameters.parse(Map.of("kinds", "no-such-kind"), KindCatalogue.builtIn())).parameter());
        assertEquals("layout", assertThrows(se.planprocess.confluence.tracker.TrackerFilter.InvalidParameter.class,
                () -> TrackerMacroParameters.parse(Map.of("layout", "pie"), KindCatalogue.builtIn())).parameter());
        assertEquals("cycle", assertThrows(se.planprocess.confluence.tracker.TrackerFilter.InvalidParameter.class,
                () -> TrackerMacroParameters.parse(Map.of("cycle", "a\nb"), KindCatalogue.builtIn())).parameter());
        assertTrue(TrackerMacroParameters.parse(Map.of(), KindCatalogue.builtIn()).filter().kinds().isEmpty());
    }

    private TrackerView view(String now, String language) {
        Tracker tracker = new Tracker(new ProcessCalendar(Clocks.fixedAt(now), KindCatalogue.builtIn()), KindCatalogue.builtIn());
        Map<Long, List<DocumentChange>> history = Map.of(lateArrival.id(), List.of(new DocumentChange(
                lateArrival.id(), 2, ChangeType.STATUS, Workflows.DECIDED, Workflows.SUBMITTED, null, null, "k", "N",
                Instant.parse("2024-09-27T06:00:00Z"))));
        TrackerMatrix matrix = tracker.build(cycle, List.of(kultur, folk, koll), List.of(late, lateArrival), history);
        Messages messages = new Messages(new BundleI18nResolver(Locale.forLanguageTag(language)));
        return new TrackerViews(messages, KindCatalogue.builtIn()).view(matrix, false, pageId -> "/confluence/page/" + pageId);
    }
}
