package se.planprocess.confluence.progress;

import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.kind.KindSpecification;
import se.planprocess.confluence.kind.Scope;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.DateRange;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.Milestone;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the process stands on a given day, in the region's time zone. A deadline day is not late until it has
 * passed: a report submitted on the deadline day is on time. Whom a deadline binds follows its kind's scope
 * ({@link Scope}).
 */
public final class ProcessCalendar {
    public static final ZoneId REGION_ZONE = ZoneId.of("Europe/Stockholm");

    private final Clock clock;
    private final KindCatalogue kinds;

    public ProcessCalendar(Clock clock, KindCatalogue kinds) {
        this.clock = clock;
        this.kinds = kinds;
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

    /**
     * The deadlines that bind a document: of its kind, and for a committee's document those naming its committee
     * (or none); a region's document is bound by every deadline of its kind. Earliest first.
     */
    public List<Milestone> deadlinesOf(Cycle cycle, TrackedDocument document) {
        Optional<KindSpecification> specification = kinds.find(document.kind());
        if (specification.isEmpty()) {
            return List.of();
        }
        Long committeeId = specification.get().scope() == Scope.REGION ? null : document.committeeId();
        return cycle.deadlinesFor(document.kind(), committeeId);
    }

    /** The document's next deadline not yet met, or the first one it missed. */
    public Optional<Milestone> deadlineOf(Cycle cycle, TrackedDocument document) {
        List<Milestone> deadlines = deadlinesOf(cycle, document);
        KindSpecification specification = kinds.find(document.kind()).orElse(null);
        return deadlines.stream()
                .filter(m -> !specification.meets(document.status(), m))
                .findFirst()
                .or(() -> deadlines.stream().reduce((first, second) -> second));
    }

    /** True when a deadline for the document has passed and its required status is not reached. */
    public boolean isLate(Cycle cycle, TrackedDocument document) {
        List<Milestone> deadlines = deadlinesOf(cycle, document);
        KindSpecification specification = kinds.find(document.kind()).orElse(null);
        return deadlines.stream().anyMatch(m -> hasPassed(m) && !specification.meets(document.status(), m));
    }

    /**
     * Everyone behind a passed deadline of the cycle, by the scope of the deadline's kind: for a kind of committee
     * scope each committee the deadline binds (active, named or all) whose document is below the required status or
     * missing; for a kind of region scope the region's own document ({@link Lateness#ofTheRegion()}), never a
     * committee; for a kind of many documents each existing document of a bound committee below the status. The
     * documents are indexed by kind and committee once: the cost grows with documents plus deadlines × committees,
     * never their product with the documents. A deadline of a kind without a specification binds no one.
     */
    public List<Lateness> lateness(Cycle cycle, List<Committee> committees, List<TrackedDocument> documents) {
        DocumentIndex index = new DocumentIndex(documents);
        List<Lateness> late = new ArrayList<>();
        for (Milestone milestone : cycle.milestones()) {
            if (!milestone.isDeadline() || !hasPassed(milestone)) {
                continue;
            }
            Optional<KindSpecification> found = kinds.find(milestone.documentKind());
            if (found.isEmpty()) {
                continue;
            }
            KindSpecification specification = found.get();
            if (specification.scope() == Scope.REGION) {
                TrackedDocument document = index.furthest(specification, null);
                if (document == null || !specification.meets(document.status(), milestone)) {
                    late.add(new Lateness(milestone, null, document));
                }
                continue;
            }
            for (Committee committee : committees) {
                if (!committee.active() || !milestone.appliesTo(committee.id())) {
                    continue;
                }
                if (specification.scope() == Scope.COMMITTEE) {
                    TrackedDocument document = index.furthest(specification, committee.id());
                    if (document == null || !specification.meets(document.status(), milestone)) {
                        late.add(new Lateness(milestone, committee, document));
                    }
                } else {
                    for (TrackedDocument document : index.of(specification.kind(), committee.id())) {
                        if (!specification.meets(document.status(), milestone)) {
                            late.add(new Lateness(milestone, committee, document));
                        }
                    }
                }
            }
        }
        return late;
    }

    /** Active documents by kind and committee (null: any committee, for the region's own documents), built once. */
    private static final class DocumentIndex {
        private final Map<DocumentKind, Map<Long, List<TrackedDocument>>> byCommittee = new HashMap<>();
        private final Map<DocumentKind, List<TrackedDocument>> byKind = new HashMap<>();

        DocumentIndex(List<TrackedDocument> documents) {
            for (TrackedDocument document : documents) {
                if (!document.isActive()) {
                    continue;
                }
                byKind.computeIfAbsent(document.kind(), k -> new ArrayList<>()).add(document);
                if (document.committeeId() != null) {
                    byCommittee.computeIfAbsent(document.kind(), k -> new HashMap<>())
                            .computeIfAbsent(document.committeeId(), k -> new ArrayList<>()).add(document);
                }
            }
        }

        List<TrackedDocument> of(DocumentKind kind, Long committeeId) {
            if (committeeId == null) {
                return byKind.getOrDefault(kind, List.of());
            }
            return byCommittee.getOrDefault(kind, Map.of()).getOrDefault(committeeId, List.of());
        }

        /** The document of a committee (or of the region) furthest along the kind's workflow, or null. */
        TrackedDocument furthest(KindSpecification specification, Long committeeId) {
            return of(specification.kind(), committeeId).stream()
                    .max(Comparator.comparingInt(d -> specification.rank(d.status())))
                    .orElse(null);
        }
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

    /** Days from today to a date: negative when it has passed. */
    public long daysUntil(LocalDate date) {
        return java.time.temporal.ChronoUnit.DAYS.between(today(), date);
    }

    /** Convenience for views: is today within the range. */
    public boolean isToday(DateRange range) {
        return range.contains(today());
    }
}
