package se.planprocess.confluence.calendar.macro;

import org.junit.jupiter.api.Test;
import se.planprocess.confluence.calendar.PlanEvent;
import se.planprocess.confluence.calendar.TimePlan;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.macro.VelocityModel;
import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.DateRange;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.process.ProcessTemplates;
import se.planprocess.confluence.testing.EscapingVelocity;
import se.planprocess.confluence.workflow.Workflows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three time plan templates as the server writes them, rendered by Velocity 1.7 from the real templates with
 * HTML-escaped references (as Confluence escapes macro templates' references): each picture an SVG with role img
 * named by its title and description, its text equivalent in date order, a hostile phase, milestone or meeting name
 * written as text in the SVG, the list and the table.
 */
class CalendarTemplatesTest {
    private static final String HOSTILE = "PF <script>alert(1)</script> \"&' <img src=x onerror=alert(2)>";
    private static final String ESCAPED = "PF &lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&#39; "
            + "&lt;img src=x onerror=alert(2)&gt;";

    private final Cycle cycle = new Cycle(7, "regionplan-2027", Bilingual.of("Regionplan 2027–2030",
            "Regional plan 2027–2030"), 2027, 4, ProcessTemplates.REGIONAL_PLAN, Map.of(),
            List.of(new CyclePhase("planning-premises", Bilingual.of(HOSTILE, HOSTILE),
                            new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 14))),
                    new CyclePhase("committee-feedback", Bilingual.of("Nämnderna återkopplar", "Committees respond"),
                            new DateRange(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 10, 1)))),
            List.of(new Milestone("kickoff", Bilingual.of("Kickoff " + HOSTILE, "Kickoff"), LocalDate.of(2026, 5, 14),
                            "planning-premises", Set.of(), null, null),
                    new Milestone("feedback-due", Bilingual.of("Återkopplingsrapport RSAU tillhanda", "Report due"),
                            LocalDate.of(2026, 9, 26), "committee-feedback", Set.of(),
                            DocumentKind.FEEDBACK_REPORT, Workflows.SUBMITTED)));
    private final TimePlan plan = new TimePlan(cycle, LocalDate.of(2026, 6, 10), events(), List.of(
            new PlanEvent(PlanEvent.Type.MEETING, "meeting-9", Bilingual.of("Presidieträff " + HOSTILE,
                    "Presidieträff"), null, null, List.of(), false, DocumentKind.MEETING, null, 9)));

    @Test
    void theTimeline_isAnSvgImageNamedByItsTitleAndDescription_withItsTextEquivalentInDateOrder() {
        String html = render("templates/calendar/timeline.vm", views().timeline(plan, "pp-cal-1", this::link));

        assertTrue(html.contains("role=\"img\" aria-labelledby=\"pp-cal-1-title pp-cal-1-desc\""), html);
        assertTrue(html.contains("<title id=\"pp-cal-1-title\">Tidslinje för Regionplan 2027–2030</title>"));
        assertTrue(html.contains("<desc id=\"pp-cal-1-desc\">Planperiodens 2 faser"));
        assertEquals(List.of("2026-01-01", "2026-05-14", "2026-05-15", "2026-06-10", "2026-09-26", "2026-10-01"),
                attributes(html, "datetime"));
        List<String> items = listItems(html);
        assertTrue(items.get(1).contains("Milstolpe</span>: Kickoff " + ESCAPED), items.get(1));
        assertTrue(items.get(3).contains("I dag"), items.get(3));
        assertTrue(items.get(4).contains("Deadline</span>: Återkopplingsrapport RSAU tillhanda – "
                + "Återkopplingsrapport ska vara Inskickad (Alla nämnder)"), items.get(4));
        assertTrue(items.get(5).contains("<a href=\"/confluence/pages/viewpage.action?pageId=8\">Styrdialog HSN (Hälso- och sjukvårdsnämnden)</a>"),
                items.get(5));
        assertTrue(html.contains("Möten utan datum i tidplanen"));
        assertTrue(html.contains("<a href=\"/confluence/pages/viewpage.action?pageId=9\">Presidieträff " + ESCAPED),
                "an undated meeting is listed with its link");
        // today's line in the middle of 10 June: ten months (January–October) of 93.6 px from x = 12
        assertTrue(html.contains("<line x1=\"509.6\""), html);
    }

    @Test
    void aHostileName_isTextInTheSvg_theList_andTheTable() {
        for (String html : List.of(
                render("templates/calendar/timeline.vm", views().timeline(plan, "pp-cal-1", this::link)),
                render("templates/calendar/arshjul.vm", views().wheel(plan, "pp-cal-2", this::link)),
                render("templates/calendar/tidplan.vm", views().tidplan(plan, this::link)))) {
            assertFalse(html.contains("<script"), html);
            assertFalse(html.contains("<img"), html);
            assertTrue(html.contains(ESCAPED), html);
        }
        String timeline = render("templates/calendar/timeline.vm", views().timeline(plan, "pp-cal-1", this::link));
        assertTrue(timeline.contains("clip-path=\"url(#pp-cal-1-clip-0)\">" + ESCAPED + "</text>"),
                "the phase's name is the text of its bar, clipped to it");
        assertTrue(timeline.contains("<title>" + ESCAPED + ": 1 januari 2026 – 14 maj 2026</title>"));
    }

    @Test
    void theWheel_hasTwelveMonths_aSectorPerPhase_todaysHand_andALegend() {
        String html = render("templates/calendar/arshjul.vm", views().wheel(plan, "pp-cal-2", this::link));

        assertTrue(html.contains("role=\"img\" aria-labelledby=\"pp-cal-2-title pp-cal-2-desc\""));
        assertEquals(12, count(html, "class=\"pp-arshjul__month-label\""));
        assertEquals(2, count(html, "class=\"pp-arshjul__phase "));
        assertTrue(html.contains(">jan</text>") && html.contains(">dec</text>"), html);
        assertTrue(html.contains("class=\"pp-arshjul__today\""));
        assertTrue(html.contains("Flera händelser i samma del av månaden"));
        assertEquals(6, listItems(html).size());
    }

    @Test
    void theTidplan_isATableWithCaptionAndHeaders_oneRowPerEvent_undatedLast() {
        String html = render("templates/calendar/tidplan.vm", views().tidplan(plan, this::link));

        assertTrue(html.contains("<caption>Detaljerad tidplan för Regionplan 2027–2030</caption>"));
        assertTrue(html.contains("<th scope=\"col\">Datum</th><th scope=\"col\">Vad</th><th scope=\"col\">Vem</th>"
                + "<th scope=\"col\">Fas</th>"));
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<th scope=\"row\">(.*?)</th>").matcher(html);
        while (row.find()) {
            rows.add(row.group(1).replaceAll("<[^>]+>", ""));
        }
        assertEquals(List.of("14 maj 2026", "26 september 2026", "1 oktober 2026", "Datum saknas"), rows);
        assertTrue(html.contains("<td>Alla nämnder</td>"));
        assertTrue(html.contains("<td>Nämnderna återkopplar</td>"));
    }

    @Test
    void inEnglish_theWordsAreEnglish() {
        CalendarViews english = new CalendarViews(new Messages(new BundleI18nResolver(Locale.ENGLISH)),
                KindCatalogue.builtIn());

        String html = render("templates/calendar/tidplan.vm", english.tidplan(plan, this::link));

        assertTrue(html.contains("<caption>Detailed time plan of Regional plan 2027–2030</caption>"), html);
        assertTrue(html.contains("Feedback report must be Submitted"), html);
        assertTrue(html.contains("14 May 2026"), html);
    }

    private List<PlanEvent> events() {
        List<PlanEvent> events = new ArrayList<>();
        events.add(new PlanEvent(PlanEvent.Type.MILESTONE, "milestone-kickoff", cycle.milestones().get(0).name(),
                LocalDate.of(2026, 5, 14), "planning-premises", List.of(), true, null, null, 0));
        events.add(new PlanEvent(PlanEvent.Type.DEADLINE, "milestone-feedback-due", cycle.milestones().get(1).name(),
                LocalDate.of(2026, 9, 26), "committee-feedback", List.of(), true, DocumentKind.FEEDBACK_REPORT,
                Workflows.SUBMITTED, 0));
        events.add(new PlanEvent(PlanEvent.Type.MEETING, "meeting-8", Bilingual.of("Styrdialog HSN", "Styrdialog HSN"),
                LocalDate.of(2026, 10, 1), "committee-feedback", List.of("Hälso- och sjukvårdsnämnden"), false,
                DocumentKind.MEETING, null, 8));
        return events;
    }

    private CalendarViews views() {
        return new CalendarViews(new Messages(new BundleI18nResolver(Locale.forLanguageTag("sv-SE"))),
                KindCatalogue.builtIn());
    }

    private String link(long pageId) {
        return "/confluence/pages/viewpage.action?pageId=" + pageId;
    }

    private static String render(String template, Record view) {
        return EscapingVelocity.render(template, Map.of("view", VelocityModel.map(view)));
    }

    private static List<String> attributes(String html, String name) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    private static List<String> listItems(String html) {
        String list = html.substring(html.indexOf("<ol class=\"pp-calendar__list\""), html.indexOf("</ol>"));
        List<String> items = new ArrayList<>();
        Matcher m = Pattern.compile("<li[^>]*>(.*?)</li>").matcher(list);
        while (m.find()) {
            items.add(m.group(1));
        }
        return items;
    }

    private static int count(String html, String needle) {
        int n = 0;
        for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
