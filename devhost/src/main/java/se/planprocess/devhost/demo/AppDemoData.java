package se.planprocess.devhost.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The app's demo data, made the way people would make it: committees and cycles through the app's admin REST API
 * as ekonomistaben, feedback reports through the blueprint as the committees' secretaries, then status changes and
 * section marks through the app's REST API. Seen from the demo day (the host's clock):
 * <ul>
 *   <li>the cycle whose process runs this year ("Regionplan Y+1–Y+4") uses the 2024 calendar of seed 000: kickoff
 *   14 May, reports at RSAU on 26 September, steering dialogues on 1 October; most reports are in, some are late,
 *   one committee has none; Krisledningsnämnden, whose space only its own group and ekonomistaben may see, is in
 *   on time; Patientnämnden's report has a page restriction (set by {@link DemoRegion}) to ekonomistaben;</li>
 *   <li>the next cycle ("Regionplan Y+2–Y+5", process next year) uses the template's dates (reports due 16 April):
 *   a few drafts are started; Hälso- och sjukvårdsnämnden has none yet.</li>
 * </ul>
 */
final class AppDemoData {
    private static final String ADMIN = "admin";
    private static final String FINANCE = "ekonomi";
    private static final String WEB_ITEM = "se.planprocess.confluence:report-blueprint-item";
    static final String SPACE_ITEM_PLANNING = "se.planprocess.confluence:planning-space-item";
    static final String SPACE_ITEM_COMMITTEE = "se.planprocess.confluence:committee-space-item";
    private static final String API = "/rest/planprocess/1.0";
    private static final List<String> STEPS = List.of("draft", "prepared", "handled", "decided", "submitted", "received");
    private static final List<String> SECTIONS = List.of("goals", "changes", "competence", "economy", "investments",
            "other", "risk");

    private final DemoHttpClient http;
    private final LocalDate today;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Long> committees = new LinkedHashMap<>();
    private final Map<String, Long> thisYearsReports = new LinkedHashMap<>();

    private final se.planprocess.devhost.DemoClock clock;
    private final java.util.function.Consumer<String> spaceCreated;

    AppDemoData(DemoHttpClient http, LocalDate today, se.planprocess.devhost.DemoClock clock,
                java.util.function.Consumer<String> spaceCreated) {
        this.http = http;
        this.today = today;
        this.clock = clock;
        this.spaceCreated = spaceCreated;
    }

    void seed() {
        committee("Hälso- och sjukvårdsnämnden", "HSN", "HSN");
        committee("Regionala utvecklingsnämnden", "RUN", "RUN");
        committee("Kulturnämnden", "KN", "KULTUR");
        committee("Patientnämnden", "PN", "PAT");
        committee("Folkhögskolenämnden", "FHN", "FOLK");
        committee("Kollektivtrafiknämnden", "KTN", "KOLL");
        committee("Krisledningsnämnden", "KLN", "KRIS");
        // Tandvårdsnämnden is registered without a space; ekonomistaben makes its space from the "Nämndrum" space
        // blueprint, which registers the space as the committee's in the same step.
        committeeWithoutSpace("Tandvårdsnämnden", "TVN", "TAND");
        spaceFromBlueprint(SPACE_ITEM_COMMITTEE, Map.of("planprocessSpaceBlueprint", "namndrum", "name",
                "Tandvårdsnämnden", "spaceKey", DemoRegion.COMMITTEE_ROOM, "planprocessCommittee", "existing",
                "planprocessCommitteeId", String.valueOf(committees.get(DemoRegion.COMMITTEE_ROOM))));
        // Ekonomistaben's own process space from the "Planeringsprocess" space blueprint.
        spaceFromBlueprint(SPACE_ITEM_PLANNING, Map.of("planprocessSpaceBlueprint", "planeringsprocess", "name",
                "Planeringsprocessen", "spaceKey", DemoRegion.PLANNING_SPACE));

        int year = today.getYear();
        long current = thisYearsCycle(year);
        long next = nextYearsCycle(year);

        // This year's reports get a history in September (when the app's clock can be set back: with --clock).
        on(LocalDate.of(year, 9, 20), () -> thisYear("HSN", report(current, "HSN", "sekreterare.hsn", "received", 7, null)));
        on(LocalDate.of(year, 9, 25), () -> thisYear("RUN", report(current, "RUN", FINANCE, "submitted", 7, null)));
        on(LocalDate.of(year, 9, 24), () -> thisYear("KULTUR",
                report(current, "KULTUR", "sekreterare.kultur", "decided", 6, null)));
        on(LocalDate.of(year, 9, 22), () -> thisYear("PAT", report(current, "PAT", FINANCE, "handled", 3,
                "Nämnden vill komplettera investeringsplaneringen innan beslut.")));
        on(LocalDate.of(year, 9, 26), () -> thisYear("FOLK", report(current, "FOLK", FINANCE, "submitted", 7, null)));
        on(LocalDate.of(year, 9, 10), () -> thisYear("TAND", report(current, "TAND", FINANCE, "prepared", 2, null)));
        // Krisledningsnämnden's space is seen only by its own group and ekonomistaben; its report is in on time.
        on(LocalDate.of(year, 9, 23), () -> thisYear("KRIS",
                report(current, "KRIS", "sekreterare.kris", "submitted", 7, null)));
        // Kollektivtrafiknämnden has sent nothing: the tracker lists it as late.

        historicCycles(year);
        // The committees' styrdialog pages (labelled by DemoRegion) enter the index as meetings of this year's cycle
        // the way an administrator brings in labelled pages: through the index rebuild.
        ok(http.postJson(ADMIN, API + "/admin/index/rebuild", "{}"));

        report(next, "RUN", FINANCE, "draft", 2, null);
        report(next, "KULTUR", "sekreterare.kultur", "prepared", 4, null);
        // Hälso- och sjukvårdsnämnden has not started its report for the next cycle yet.
    }

    /** The page id of a committee's report for this year's cycle, by its space key. */
    long thisYearsReport(String spaceKey) {
        Long pageId = thisYearsReports.get(spaceKey);
        if (pageId == null) {
            throw new IllegalStateException("Demo data: no report of this year for " + spaceKey);
        }
        return pageId;
    }

    private void thisYear(String spaceKey, long pageId) {
        thisYearsReports.put(spaceKey, pageId);
    }

    /** Runs the demo step with the app's clock at 10:00 in Stockholm on {@code day} (not after the demo's today). */
    private void on(LocalDate day, Runnable step) {
        if (clock != null) {
            clock.travelTo(day.atTime(10, 0).atZone(java.time.ZoneId.of("Europe/Stockholm")).toInstant());
        }
        try {
            step.run();
        } finally {
            if (clock != null) {
                clock.backToNow();
            }
        }
    }

    private void committee(String name, String shortName, String spaceKey) {
        JsonNode created = ok(http.postJson(ADMIN, API + "/admin/committees", write(Map.of(
                "name", name, "shortName", shortName, "spaceKey", spaceKey))));
        committees.put(spaceKey, created.get("id").asLong());
    }

    private void committeeWithoutSpace(String name, String shortName, String spaceKey) {
        JsonNode created = ok(http.postJson(ADMIN, API + "/admin/committees", write(Map.of(
                "name", name, "shortName", shortName))));
        committees.put(spaceKey, created.get("id").asLong());
    }

    /**
     * Creates a space as ekonomistaben through the Create space dialog's path: the wizard's check
     * ({@code /spaces/check}), then create-content's {@code space-blueprint/create-space} with the wizard's fields as
     * the context; then the host's own step for the new space ({@link DemoRegion}: permissions, pages).
     */
    private void spaceFromBlueprint(String itemKey, Map<String, String> wizard) {
        ok(http.postJson(FINANCE, API + "/spaces/check", write(wizard)));
        String blueprintId = null;
        for (JsonNode item : ok(http.get(FINANCE, "/rest/create-dialog/1.0/space-blueprint/dialog/web-items"))) {
            if (itemKey.equals(item.get("itemModuleCompleteKey").asText())) {
                blueprintId = item.get("contentBlueprintId").asText();
            }
        }
        if (blueprintId == null) {
            throw new IllegalStateException("Demo data: no Create space item " + itemKey);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("context", wizard);
        body.put("name", wizard.get("name"));
        body.put("spaceKey", wizard.get("spaceKey"));
        body.put("spaceBlueprintId", blueprintId);
        ok(http.postJson(FINANCE, "/rest/create-dialog/1.0/space-blueprint/create-space", write(body)));
        spaceCreated.accept(wizard.get("spaceKey"));
    }

    /** This year's process, on the 2024 calendar (seed 000). */
    private long thisYearsCycle(int year) {
        Map<String, Object> phases = calendar2024Phases(year);
        List<Map<String, Object>> milestones = new ArrayList<>();
        milestones.add(milestone("kickoff", "Kickoff", "Kickoff", LocalDate.of(year, 5, 14), "planning-premises", null, null));
        milestones.add(milestone("feedback-due", "Återkopplingsrapport RSAU tillhanda",
                "Feedback report due at the board's working committee", LocalDate.of(year, 9, 26),
                "committee-feedback", "feedback-report", "submitted"));
        // the steering dialogues are meetings: the committees' styrdialog pages are dated by this milestone
        milestones.add(milestone("steering-dialogues", "Styrdialoger", "Steering dialogues", LocalDate.of(year, 10, 1),
                "committee-feedback", "meeting", "held"));
        milestones.add(milestone("council-decision", "Regionfullmäktige beslutar regionplan",
                "The regional council decides the plan", LocalDate.of(year, 11, 25), "decision", null, null));
        milestones.add(milestone("vp-decided", "Verksamhetsplan beslutad i nämnd",
                "Operational plan decided by the committee", LocalDate.of(year, 12, 15), "operational-plans",
                "operational-plan", "decided"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("template", "regionplan");
        body.put("planYear", year + 1);
        body.put("reportTemplateVersion", "2024");
        body.put("phases", phases);
        body.put("milestones", milestones);
        return ok(http.postJson(FINANCE, API + "/admin/cycles", write(body))).get("id").asLong();
    }

    /**
     * The two calendars of the seeds as cycles of their own, for the time plan's pictures: the 2024 calendar of
     * seed 000 ("Regionplan 2025–2028": kickoff 14 May 2024, reports at RSAU 26 September, steering dialogues
     * 1 October) and the 2021 time plan of seed 002 ("Regionplan 2022–2025": kickoff 10 February, PF in RS 9 March,
     * committees 16 April, operational plans done 30 September, with the CLG dialogues of seed 001). A plan year this
     * year's or next year's cycle already has (a demo day in 2021, 2023 or 2024) is left out: one cycle per plan period.
     */
    private void historicCycles(int year) {
        java.util.Set<Integer> taken = java.util.Set.of(year + 1, year + 2);
        if (!taken.contains(2025)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("template", "regionplan");
            body.put("planYear", 2025);
            body.put("reportTemplateVersion", "2024");
            body.put("phases", calendar2024Phases(2024));
            List<Map<String, Object>> milestones = new ArrayList<>();
            milestones.add(milestone("kickoff", "Kickoff", "Kickoff", LocalDate.of(2024, 5, 14), "planning-premises",
                    null, null));
            milestones.add(milestone("feedback-due", "Återkopplingsrapport RSAU tillhanda",
                    "Feedback report due at the board's working committee", LocalDate.of(2024, 9, 26),
                    "committee-feedback", "feedback-report", "submitted"));
            milestones.add(milestone("steering-dialogues", "Styrdialoger", "Steering dialogues",
                    LocalDate.of(2024, 10, 1), "committee-feedback", "meeting", "held"));
            body.put("milestones", milestones);
            ok(http.postJson(FINANCE, API + "/admin/cycles", write(body)));
        }
        if (!taken.contains(2022)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("template", "regionplan");
            body.put("planYear", 2022);
            body.put("reportTemplateVersion", "2021");
            List<Map<String, Object>> milestones = new ArrayList<>();
            milestones.add(milestone("clg-lagesavstamning", "CLG dialogmöte: lägesavstämning planeringsförutsättningar",
                    "CLG dialogue: planning premises, where we stand", LocalDate.of(2020, 12, 7), "preparation",
                    null, null));
            milestones.add(milestone("clg-pf", "CLG dialogmöte: förslag till planeringsförutsättningar och budgetramar",
                    "CLG dialogue: proposed planning premises and budget frames", LocalDate.of(2021, 1, 25),
                    "planning-premises", null, null));
            milestones.add(milestone("kickoff", "Kickoff", "Kickoff", LocalDate.of(2021, 2, 10), "planning-premises",
                    null, null));
            milestones.add(milestone("pf-decision", "PF beslutas i regionstyrelsen",
                    "The regional board decides the planning premises", LocalDate.of(2021, 3, 9),
                    "planning-premises", null, null));
            milestones.add(milestone("feedback-due", "Återkopplingsrapport RSAU tillhanda",
                    "Feedback report due at the board's working committee", LocalDate.of(2021, 4, 16),
                    "committee-feedback", "feedback-report", "submitted"));
            milestones.add(milestone("clg-regionplan", "CLG dialogmöte: förslag till regionplan och budget",
                    "CLG dialogue: proposed regional plan and budget", LocalDate.of(2021, 4, 26), "drafting",
                    null, null));
            milestones.add(milestone("vp-decided", "Verksamhetsplan beslutad i nämnd",
                    "Operational plan decided by the committee", LocalDate.of(2021, 9, 30), "operational-plans",
                    "operational-plan", "decided"));
            body.put("milestones", milestones);
            ok(http.postJson(FINANCE, API + "/admin/cycles", write(body)));
        }
    }

    /** The phases of a year on the 2024 calendar (seed 000): kickoff in May, reports in September. */
    private static Map<String, Object> calendar2024Phases(int year) {
        Map<String, Object> phases = new LinkedHashMap<>();
        phases.put("planning-premises", range(year, 1, 1, year, 5, 14));
        phases.put("committee-feedback", range(year, 5, 15, year, 10, 1));
        phases.put("drafting", range(year, 10, 2, year, 10, 31));
        phases.put("decision", range(year, 11, 1, year, 11, 30));
        phases.put("operational-plans", range(year, 6, 1, year, 12, 15));
        phases.put("activity-plans", range(year, 11, 1, year, 12, 31));
        return phases;
    }

    /** Next year's process, on the template's own dates (seed 002). */
    private long nextYearsCycle(int year) {
        return ok(http.postJson(FINANCE, API + "/admin/cycles", write(Map.of(
                "template", "regionplan", "planYear", year + 2, "reportTemplateVersion", "2024"))))
                .get("id").asLong();
    }

    /** Creates a report through the blueprint, marks sections and moves its status; returns its page id. */
    private long report(long cycleId, String spaceKey, String author, String status, int readySections,
                        String backStepComment) {
        JsonNode page = ok(http.createFromBlueprint(author, spaceKey, WEB_ITEM, Map.of(
                "committeeId", String.valueOf(committees.get(spaceKey)), "cycleId", String.valueOf(cycleId))));
        long pageId = page.get("pageId").asLong();
        long version = 1;
        for (int i = 0; i < readySections; i++) {
            version = ok(http.postJson(author, API + "/documents/" + pageId + "/sections/" + SECTIONS.get(i),
                    write(Map.of("ready", true, "version", version)))).get("version").asLong();
        }
        int target = STEPS.indexOf(status);
        for (int step = 1; step <= target; step++) {
            String who = STEPS.get(step).equals("received") ? FINANCE : author;
            version = ok(http.postJson(who, API + "/documents/" + pageId + "/status",
                    write(Map.of("status", STEPS.get(step), "version", version)))).get("version").asLong();
            if (backStepComment != null && step == target) {
                version = ok(http.postJson(FINANCE, API + "/documents/" + pageId + "/status", write(Map.of(
                        "status", STEPS.get(step - 1), "version", version, "comment", backStepComment))))
                        .get("version").asLong();
                version = ok(http.postJson(author, API + "/documents/" + pageId + "/status",
                        write(Map.of("status", STEPS.get(step), "version", version)))).get("version").asLong();
            }
        }
        return pageId;
    }

    private static Map<String, Object> range(int y1, int m1, int d1, int y2, int m2, int d2) {
        return Map.of("start", LocalDate.of(y1, m1, d1).toString(), "end", LocalDate.of(y2, m2, d2).toString());
    }

    private static Map<String, Object> milestone(String key, String sv, String en, LocalDate date, String phase,
                                                 String kind, String status) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("nameSv", sv);
        m.put("nameEn", en);
        m.put("date", date.toString());
        m.put("phase", phase);
        if (kind != null) {
            m.put("documentKind", kind);
            m.put("requiredStatus", status);
        }
        return m;
    }

    private JsonNode ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Demo data: " + response.request().method() + " "
                    + response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
