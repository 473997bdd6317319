package se.planprocess.confluence.testing;

import java.util.Map;
import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.DateRange;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.process.ProcessTemplates;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.workflow.Workflows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code aCycle().withPhase("preparation", "2025-10-01", "2026-01-31").withDeadline("2026-01-15").build()}.
 * Defaults: plan year 2027, one phase "committee-feedback" in March–April 2026, no milestones. Deadlines are for the
 * feedback report and require "submitted" unless told otherwise; they belong to the last phase added.
 */
public final class CycleBuilder {
    private long id = 1;
    private String key;
    private int planYear = 2027;
    private final List<CyclePhase> phases = new ArrayList<>();
    private final List<Milestone> milestones = new ArrayList<>();

    private CycleBuilder() {
    }

    public static CycleBuilder aCycle() {
        return new CycleBuilder();
    }

    public CycleBuilder withId(long id) {
        this.id = id;
        return this;
    }

    public CycleBuilder withKey(String key) {
        this.key = key;
        return this;
    }

    public CycleBuilder withPlanYear(int planYear) {
        this.planYear = planYear;
        return this;
    }

    public CycleBuilder withPhase(String phaseKey, String start, String end) {
        phases.add(new CyclePhase(phaseKey, Bilingual.of("Fas " + phaseKey, "Phase " + phaseKey),
                new DateRange(LocalDate.parse(start), LocalDate.parse(end))));
        return this;
    }

    /** The feedback report must be submitted by the end of {@code date}, by every committee. */
    public CycleBuilder withDeadline(String date) {
        return withDeadline(date, Workflows.SUBMITTED);
    }

    public CycleBuilder withDeadline(String date, String requiredStatus) {
        return withDeadlineFor(date, requiredStatus, Set.of());
    }

    /** A feedback-report deadline that applies only to the given committees. */
    public CycleBuilder withDeadlineFor(String date, String requiredStatus, Set<Long> committeeIds) {
        milestones.add(new Milestone("deadline-" + (milestones.size() + 1), Bilingual.of("Sista dag", "Deadline"),
                LocalDate.parse(date), lastPhaseKey(), committeeIds, DocumentKind.FEEDBACK_REPORT, requiredStatus));
        return this;
    }

    /** A deadline of another kind, for every committee: its document must reach {@code requiredStatus} by then. */
    public CycleBuilder withDeadlineOf(DocumentKind kind, String date, String requiredStatus) {
        milestones.add(new Milestone("deadline-" + (milestones.size() + 1), Bilingual.of("Sista dag", "Deadline"),
                LocalDate.parse(date), lastPhaseKey(), Set.of(), kind, requiredStatus));
        return this;
    }

    /** A date without a document requirement, e.g. a kickoff. */
    public CycleBuilder withMeeting(String milestoneKey, String date) {
        milestones.add(new Milestone(milestoneKey, Bilingual.of(milestoneKey, milestoneKey), LocalDate.parse(date),
                lastPhaseKey(), Set.of(), null, null));
        return this;
    }

    public Cycle build() {
        List<CyclePhase> cyclePhases = phases.isEmpty() ? List.of(defaultPhase()) : phases;
        return new Cycle(id, key == null ? "test-" + planYear + "-" + id : key,
                Bilingual.of("Regionplan " + planYear + "\u2013" + (planYear + 3),
                        "Regional plan " + planYear + "\u2013" + (planYear + 3)),
                planYear, 4, ProcessTemplates.REGIONAL_PLAN, Map.of(DocumentKind.FEEDBACK_REPORT, ReportTemplates.CURRENT), cyclePhases, milestones);
    }

    private String lastPhaseKey() {
        return phases.isEmpty() ? ProcessTemplates.COMMITTEE_FEEDBACK : phases.get(phases.size() - 1).key();
    }

    private CyclePhase defaultPhase() {
        int year = planYear - 1;
        return new CyclePhase(ProcessTemplates.COMMITTEE_FEEDBACK, Bilingual.of("Återkoppling", "Feedback"),
                new DateRange(LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 30)));
    }
}
