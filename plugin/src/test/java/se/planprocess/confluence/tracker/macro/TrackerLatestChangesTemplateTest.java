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
import se.planprocess.confluence.report.ReportTemplates;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.CommitteeBuilder.aCommittee;
import static se.planprocess.confluence.testing.CycleBuilder.aCycle;
import static se.planprocess.confluence.testing.TrackedDocumentBuilder.aFeedbackReport;

/**
 * The tracker's latest status changes as the server writes them below the next deadlines, rendered by Velocity 1.7
 * from the real template with HTML-escaped references: a heading and an ordered list, newest first, each entry one
 * sentence with the title linked to its page; a step back says so with its comment; names, titles and comments from
 * users are text, never markup; an empty history says so; 0 hides the section.
 */
class TrackerLatestChangesTemplateTest {
    private static final String TITLE = "Återkopplingsrapport Regionplan 2027–2030 – Kulturnämnden";
    private static final String HOSTILE = "<img src=x onerror=\"alert(1)\"><script>alert('x')</script> & co";

    private final Cycle cycle = aCycle().withId(3).withPlanYear(2027).withDeadline("2026-09-26").build();
    private final Committee kultur = aCommittee().withId(1).withName("Kulturnämnden").withShortName("KN").build();
    private final Committee hostile = aCommittee().withId(2).withName("Nämnd " + HOSTILE).withShortName("HN").build();
    private final TrackedDocument report = aFeedbackReport().forCycle(3).forCommittee(1).withTitle(TITLE)
            .withStatus(Workflows.HANDLED).build();
    private final TrackedDocument hostileReport = aFeedbackReport().forCycle(3).forCommittee(2)
            .withTitle("Rapport " + HOSTILE).withStatus(Workflows.SUBMITTED).build();
    private final Map<Long, List<DocumentChange>> history = new HashMap<>();

    @Test
    void theNewestChange_comesFirst_asOneSentence_withTheTitleLinkedToItsPage() {
        historyOfBoth();

        String html = render("sv-SE", 10);

        String section = between(html, "<div class=\"pp-tracker__changes\">", "\n  </div>");
        assertTrue(html.indexOf("pp-tracker__next") < html.indexOf("pp-tracker__changes"), "below the next deadlines");
        assertTrue(section.contains("<h3>Senaste statusändringar</h3>"), section);
        assertEquals(5, items(section).size(), "the section mark is no status change: " + section);
        assertEquals("<li class=\"pp-change\"><time datetime=\"2026-10-02T12:05:00Z\">2 oktober 2026 14:05</time>"
                + " · Kulturnämnden · <a href=\"/confluence/pages/viewpage.action?pageId=" + report.pageId() + "\">"
                + TITLE + "</a>: <span class=\"pp-change__step\">Under beredning → Behandlad i nämnd</span>"
                + " · <span class=\"pp-change__by\">Anna Andersson</span></li>", items(section).get(0));
        assertTrue(items(section).get(4).contains("<time datetime=\"2026-09-01T08:00:00Z\">1 september 2026 10:00</time>"),
                "the oldest last: " + items(section).get(4));
        assertEquals(2, render("sv-SE", 2).split("<li class=\"pp-change", -1).length - 1, "as many as asked");
    }

    @Test
    void aStepBack_readsAsOne_withItsComment_andAForcedStepNamesTheSectionsNotReady() {
        historyOfBoth();

        List<String> items = items(render("sv-SE", 10));

        String back = items.get(1);
        assertTrue(back.startsWith("<li class=\"pp-change pp-change--back\">"), back);
        assertTrue(back.contains("<span class=\"pp-change__step\">tillbaka från Behandlad i nämnd till Under beredning"
                + "</span> · <span class=\"pp-change__by\">Controller, Ekonomistaben</span> · <span"
                + " class=\"pp-change__comment\">kommentar: Nämnden vill komplettera investeringsplaneringen.</span>"),
                back);
        String forced = items.get(2);
        assertTrue(forced.contains("Beslutad → Inskickad</span> <span class=\"pp-change__notready\">(med 2 av 7"
                + " avsnitt som inte var klara: Risk- och känslighetsanalys; Nämndens övriga synpunkter – möjligheter"
                + " och utmaningar)</span>"), forced);
        assertFalse(forced.contains("pp-change__by"), "the history names no one: " + forced);
    }

    @Test
    void hostileNamesTitlesAndComments_areText_andALongCommentIsShortened() {
        historyOfBoth();

        String html = render("sv-SE", 10);
        String section = between(html, "<div class=\"pp-tracker__changes\">", "\n  </div>");

        String escaped = "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
                + " &amp; co";
        String forced = items(section).get(2);
        assertTrue(forced.contains(" · Nämnd " + escaped + " · <a href="), forced);
        assertTrue(forced.contains(">Rapport " + escaped + "</a>"), forced);
        String oldest = items(section).get(4);
        assertTrue(oldest.contains("<span class=\"pp-change__by\">Sekreterare " + escaped + "</span>"), oldest);
        assertTrue(oldest.contains("kommentar: " + escaped + " " + "x".repeat(200 - HOSTILE.length() - 1) + "…</span>"),
                "200 characters of the comment, then …: " + oldest);
        assertFalse(section.contains("<script") || section.contains("<img"), section);
    }

    @Test
    void withoutAnyStatusChange_itSaysSo_andZeroHidesTheSection() {
        String html = render("sv-SE", 10);
        assertTrue(between(html, "<div class=\"pp-tracker__changes\">", "\n  </div>")
                .contains("<h3>Senaste statusändringar</h3>\n    <p>Inga statusändringar ännu.</p>"), html);
        assertFalse(html.contains("<ol class=\"pp-changes\">"), html);

        historyOfBoth();
        String hidden = render("sv-SE", 0);
        assertFalse(hidden.contains("pp-tracker__changes") || hidden.contains("Senaste statusändringar"), hidden);
    }

    @Test
    void aDocumentWithoutATitle_isLinkedByItsKind() {
        TrackedDocument untitled = aFeedbackReport().forCycle(3).forCommittee(1).withTitle(" ").build();
        history.put(untitled.id(), List.of(new DocumentChange(untitled.id(), 2, ChangeType.STATUS, Workflows.DRAFT,
                Workflows.PREPARED, null, null, "key-a", "Anna Andersson", Instant.parse("2026-09-01T08:00:00Z"))));
        Tracker tracker = new Tracker(new ProcessCalendar(Clocks.fixedAt("2026-10-05T10:00:00+02:00"),
                KindCatalogue.builtIn()), KindCatalogue.builtIn());
        TrackerMatrix matrix = tracker.build(cycle, List.of(kultur), List.of(untitled), history);
        Messages messages = new Messages(new BundleI18nResolver(Locale.forLanguageTag("sv-SE")));

        TrackerView view = new TrackerViews(messages, KindCatalogue.builtIn()).view(matrix, false, 10, id -> "/p/" + id);

        assertEquals("Återkopplingsrapport", view.latestChanges().get(0).title());
    }

    @Test
    void inEnglish_theListIsEnglish() {
        historyOfBoth();

        String html = render("en", 10);

        assertTrue(html.contains("<h3>Latest status changes</h3>"), html);
        List<String> items = items(html);
        assertTrue(items.get(0).contains(">2 October 2026 14:05</time>"), items.get(0));
        assertTrue(items.get(0).contains("In preparation → Handled by committee"), items.get(0));
        assertTrue(items.get(1).contains("back from Handled by committee to In preparation</span>"), items.get(1));
        assertTrue(items.get(1).contains("comment: Nämnden vill"), items.get(1));
        assertTrue(items.get(2).contains("(with 2 of 7 sections not ready: Risk and sensitivity analysis; The"
                + " committee&#39;s other views – opportunities and challenges)"), items.get(2));
        assertTrue(render("en", 10).contains("Latest status changes"));
        history.clear();
        assertTrue(render("en", 10).contains("<p>No status changes yet.</p>"));
    }

    /**
     * Five status changes and a section mark; newest first: forward (KN), back with a comment (KN), forced with
     * sections not ready (the hostile committee, nobody named), forward (KN), forward by a hostile name with a long
     * hostile comment (KN).
     */
    private void historyOfBoth() {
        String longComment = HOSTILE + " " + "x".repeat(300);
        history.put(report.id(), new ArrayList<>(List.of(
                new DocumentChange(report.id(), 2, ChangeType.STATUS, Workflows.DRAFT, Workflows.PREPARED, null,
                        longComment, "key-h", "Sekreterare " + HOSTILE, Instant.parse("2026-09-01T08:00:00Z")),
                new DocumentChange(report.id(), 3, ChangeType.STATUS, Workflows.PREPARED, Workflows.HANDLED, null,
                        null, "key-a", "Anna Andersson", Instant.parse("2026-09-20T08:00:00Z")),
                new DocumentChange(report.id(), 4, ChangeType.SECTION, null, "ready", ReportTemplates.GOALS, null,
                        "key-a", "Anna Andersson", Instant.parse("2026-09-21T08:00:00Z")),
                new DocumentChange(report.id(), 5, ChangeType.STATUS, Workflows.HANDLED, Workflows.PREPARED, null,
                        "Nämnden vill komplettera investeringsplaneringen.", "key-e", "Controller, Ekonomistaben",
                        Instant.parse("2026-09-22T08:00:00Z")),
                new DocumentChange(report.id(), 6, ChangeType.STATUS, Workflows.PREPARED, Workflows.HANDLED, null,
                        null, "key-a", "Anna Andersson", Instant.parse("2026-10-02T12:05:00Z")))));
        history.put(hostileReport.id(), List.of(new DocumentChange(hostileReport.id(), 2, ChangeType.STATUS,
                Workflows.DECIDED, Workflows.SUBMITTED, null, null, "", "", Instant.parse("2026-09-21T09:00:00Z"),
                List.of(ReportTemplates.RISK, ReportTemplates.OTHER), 7)));
    }

    private String render(String language, int changes) {
        Tracker tracker = new Tracker(new ProcessCalendar(Clocks.fixedAt("2026-10-05T10:00:00+02:00"),
                KindCatalogue.builtIn()), KindCatalogue.builtIn());
        TrackerMatrix matrix = tracker.build(cycle, List.of(kultur, hostile), List.of(report, hostileReport), history);
        Messages messages = new Messages(new BundleI18nResolver(Locale.forLanguageTag(language)));
        TrackerView view = new TrackerViews(messages, KindCatalogue.builtIn()).view(matrix, false, changes,
                id -> "/confluence/pages/viewpage.action?pageId=" + id);
        Map<String, String> text = new HashMap<>();
        for (String key : List.of("committee", "phases", "phase_running", "phase_chosen", "next", "next_none",
                "totals", "readiness_label", "export", "export_xlsx", "export_csv", "changes", "changes_none",
                "changes_comment")) {
            text.put(key, messages.text("planprocess.tracker." + key.replace('_', '.')));
        }
        return EscapingVelocity.render("templates/tracker/view.vm",
                Map.of("view", VelocityModel.map(view), "text", text, "exportXlsx", "/x", "exportCsv", "/c"));
    }

    private static List<String> items(String html) {
        List<String> items = new ArrayList<>();
        Matcher m = Pattern.compile("<li class=\"pp-change.*?</li>").matcher(html);
        while (m.find()) {
            items.add(m.group());
        }
        return items;
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, "no " + start + " in " + html);
        return html.substring(from, html.indexOf(end, from + start.length()) + end.length());
    }
}
