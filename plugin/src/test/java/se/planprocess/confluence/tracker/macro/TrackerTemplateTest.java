package se.planprocess.confluence.tracker.macro;

import se.planprocess.confluence.testing.EscapingVelocity;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.document.ChangeType;
import se.planprocess.confluence.document.DocumentChange;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.macro.VelocityModel;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.testing.Clocks;
import se.planprocess.confluence.tracker.Tracker;
import se.planprocess.confluence.tracker.TrackerMatrix;
import se.planprocess.confluence.workflow.Workflows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.CommitteeBuilder.aCommittee;
import static se.planprocess.confluence.testing.CycleBuilder.aCycle;
import static se.planprocess.confluence.testing.TrackedDocumentBuilder.aFeedbackReport;

/**
 * The tracker's matrix as the server writes it, rendered by Velocity 1.7 from the real template with HTML-escaped
 * references (as Confluence escapes macro templates' references): complete without script, in committee order, with the values a
 * script sorts and filters by in data attributes, and the chosen phase marked.
 */
class TrackerTemplateTest {
    private final Cycle cycle = aCycle().withId(3).withPlanYear(2025).withDeadline("2024-09-26").build();
    private final Committee kultur = aCommittee().withId(1).withName("Kulturnämnden").withShortName("KN").build();
    private final Committee folk = aCommittee().withId(2).withName("Folkhögskolenämnden").withShortName("FHN").build();
    private final Committee koll = aCommittee().withId(3).withName("Kollektivtrafiknämnden \"><script>")
            .withShortName("KTN").build();
    private final TrackedDocument late = aFeedbackReport().forCycle(3).forCommittee(1).withStatus(Workflows.DECIDED)
            .build();
    private final TrackedDocument lateArrival = aFeedbackReport().forCycle(3).forCommittee(2)
            .withStatus(Workflows.SUBMITTED).build();

    @Test
    void theRows_comeInCommitteeOrder_withTheirSortValues_andNothingNeedsAScript() {
        String html = render(Optional.empty());

        assertEquals(List.of("0", "1", "2"), attributes(html, "data-sort-committee"));
        assertEquals(List.of("false", "true", "true"), attributes(html, "data-behind"));
        // done 2 days late on arrival; missing 3 days; late 3 days: severity first, then days
        assertEquals(List.of("100002", "500003", "400003"), attributes(html, "data-sort"));
        assertEquals(List.of("FHN", "KTN", "KN"), attributes(html, "data-short-name"));
        assertTrue(html.contains("<table class=\"pp-tracker__table\" data-pp-tracker-table=\"matrix\" data-rows=\"3\">"),
                html);
        assertTrue(html.contains("<th scope=\"col\" aria-sort=\"ascending\" data-sort-column=\"committee\""), html);
        assertEquals(4, count(html, "<th scope=\"row\">"), "a row header per committee and for the totals");
        assertFalse(html.contains("<button") || html.contains("<input"), "controls are the script's to add");
        assertTrue(html.contains("<tfoot>"), html);
    }

    @Test
    void aHostileCommitteeName_isEscapedInsideTheDataAttribute_asInTheCell() {
        String html = render(Optional.empty());

        assertTrue(html.contains("data-committee=\"Kollektivtrafiknämnden &quot;&gt;&lt;script&gt;\""), html);
        assertFalse(html.contains("\"><script>"), html);
    }

    @Test
    void theChosenPhase_isMarkedOnTheBar_inWords() {
        String html = render(cycle.phase(cycle.phases().get(0).key()));

        assertTrue(html.contains("pp-phase--chosen\" aria-current=\"true\""), html);
        assertTrue(html.contains("<strong class=\"pp-phase__chosen\">(vald fas)</strong>"), html);
        assertFalse(render(Optional.empty()).contains("pp-phase--chosen"));
    }

    private String render(Optional<se.planprocess.confluence.process.CyclePhase> phase) {
        Tracker tracker = new Tracker(new ProcessCalendar(Clocks.fixedAt("2024-09-29T10:00:00+02:00"),
                KindCatalogue.builtIn()), KindCatalogue.builtIn());
        Map<Long, List<DocumentChange>> history = Map.of(lateArrival.id(), List.of(new DocumentChange(
                lateArrival.id(), 2, ChangeType.STATUS, Workflows.DECIDED, Workflows.SUBMITTED, null, null, "k", "N",
                Instant.parse("2024-09-28T06:00:00Z"))));
        TrackerMatrix matrix = tracker.build(cycle, phase, List.of(kultur, folk, koll), List.of(late, lateArrival),
                history);
        Messages messages = new Messages(new BundleI18nResolver(Locale.forLanguageTag("sv-SE")));
        TrackerView view = new TrackerViews(messages, KindCatalogue.builtIn()).view(matrix, false, id -> "/p/" + id);
        Map<String, Object> model = VelocityModel.map(view);
        Map<String, String> text = new HashMap<>();
        for (String key : List.of("committee", "phases", "phase_running", "phase_chosen", "next", "next_none",
                "totals", "readiness_label", "export", "export_xlsx", "export_csv")) {
            text.put(key, messages.text("planprocess.tracker." + key.replace('_', '.')));
        }
        return EscapingVelocity.render("templates/tracker/view.vm",
                Map.of("view", model, "text", text, "exportXlsx", "/x", "exportCsv", "/c"));
    }

    private static List<String> attributes(String html, String name) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile(" " + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    private static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }
}
