package se.planprocess.confluence.progress;

import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.DateRange;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.workflow.Workflow;
import se.planprocess.confluence.workflow.Workflows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where the process stands on a given day, in the region's time zone. A deadline day is not late until it has
 * passed: a report submitted on the deadline day is on time.
 */
public final class ProcessCalendar {
    public static final ZoneId REGION_ZONE = ZoneId.of("Europe/Stockholm");

    private final Clock clock;

    public ProcessCalendar(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), REGION_ZONE);
    }

    /** The phases running today, earliest start first (phases may overlap). */
    public List<CyclePhase> currentPhases(Cycle cycle) {
        LocalDate today = today();
        return cycle.phases().stream()
                .filter(p -> p.dates().contains(today))
                .sorted(Comparator.comparing((CyclePhase p) -> p.dates().start()))
                .toList();
    }

    /**
     * The phase that best says where the process is: among those running today the one that started last;
     * before the cycle the first phase, after it the last one.
     */
    public Optional<CyclePhase> currentPhase(Cycle cycle) {
        List<CyclePhase> running = currentPhases(cycle);
        if (!running.isEmpty()) {
            return Optional.of(running.get(running.size() - 1));
        }
        LocalDate today = today();
        return cycle.phases().stream()
                .filter(p -> !p.dates().start().isAfter(today))
                .max(Comparator.comparing((CyclePhase p) -> p.dates().end()))
                .or(() -> cycle.phases().stream().min(Comparator.comparing((CyclePhase p) -> p.dates().start())));
    }

    /** Milestones from today on, earliest first. */
    public List<Milestone> nextMilestones(Cycle cycle, int limit) {
        LocalDate today = today();
        return cycle.milestones().stream()
                .filter(m -> !m.date().isBefore(today))
                .limit(limit)
                .toList();
    }

    public boolean hasPassed(Milestone milestone) {
        return milestone.date().isBefore(today());
    }

    /** The document's next deadline not yet met, or the first one it missed. */
    public Optional<Milestone> deadlineOf(Cycle cycle, TrackedDocument document) {
        List<Milestone> deadlines = cycle.deadlinesFor(document.kind(), document.committeeId());
        return deadlines.stream()
                .filter(m -> !Workflows.of(document.kind()).hasReached(document.status(), m.requiredStatus()))
                .findFirst()
                .or(() -> deadlines.stream().reduce((first, second) -> second));
    }

    /** True when a deadline for the document has passed and its required status is not reached. */
    public boolean isLate(Cycle cycle, TrackedDocument document) {
        return cycle.deadlinesFor(document.kind(), document.committeeId()).stream()
                .anyMatch(m -> hasPassed(m)
                        && !Workflows.of(document.kind()).hasReached(document.status(), m.requiredStatus()));
    }

    /**
     * Every committee behind a passed deadline of the cycle: with a document below the required status, or with
     * no active document of the kind at all.
     */
    public List<Lateness> lateness(Cycle cycle, List<Committee> committees, List<TrackedDocument> documents) {
        List<Lateness> late = new ArrayList<>();
        for (Milestone milestone : cycle.milestones()) {
            if (!milestone.isDeadline() || !hasPassed(milestone)) {
                continue;
            }
            for (Committee committee : committees) {
                if (!committee.active() || !milestone.appliesTo(committee.id())) {
                    continue;
                }
                Optional<TrackedDocument> document = documents.stream()
                        .filter(TrackedDocument::isActive)
                        .filter(d -> d.kind() == milestone.documentKind())
                        .filter(d -> d.committeeId() != null && d.committeeId() == committee.id())
                        .max(Comparator.comparing(ProcessCalendar::rank));
                boolean reached = document.map(d -> Workflows.of(d.kind())
                        .hasReached(d.status(), milestone.requiredStatus())).orElse(false);
                if (!reached) {
                    late.add(new Lateness(milestone, committee, document.orElse(null)));
                }
            }
        }
        return late;
    }

    /**
     * The cycle that is current today: the latest-starting cycle whose span contains today; else the next one to
     * start; else the one that ended last.
     */
    public Optional<Cycle> currentCycle(List<Cycle> cycles) {
        LocalDate today = today();
        Optional<Cycle> running = cycles.stream()
                .filter(c -> c.span().contains(today))
                .max(Comparator.comparing((Cycle c) -> c.span().start()));
        if (running.isPresent()) {
            return running;
        }
        Optional<Cycle> upcoming = cycles.stream()
                .filter(c -> c.span().start().isAfter(today))
                .min(Comparator.comparing((Cycle c) -> c.span().start()));
        return upcoming.or(() -> cycles.stream().max(Comparator.comparing((Cycle c) -> c.span().end())));
    }

    private static int rank(TrackedDocument document) {
        Workflow workflow = Workflows.of(document.kind());
        return workflow.rank(workflow.status(document.status()).orElse(workflow.initial()));
    }

    /** Days from today to a date: negative when it has passed. */
    public long daysUntil(LocalDate date) {
        return java.time.temporal.ChronoUnit.DAYS.between(today(), date);
    }

    /** Convenience for views: is today within the range. */
    public boolean isToday(DateRange range) {
        return range.contains(today());
    }
}
