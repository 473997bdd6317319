package se.planprocess.confluence.tracker;

import se.planprocess.confluence.document.ChangeType;
import se.planprocess.confluence.document.DocumentChange;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.kind.KindSpecification;
import se.planprocess.confluence.kind.Scope;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.workflow.Status;
import se.planprocess.confluence.workflow.Workflow;

import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the tracker of a cycle from what the viewer may see: the committees (already filtered), the cycle's active
 * documents (already filtered) and their status history. Linear in committees × deliverables plus the history rows;
 * documents are indexed once by (kind, committee).
 */
public final class Tracker {
    private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

    private final ProcessCalendar calendar;
    private final KindCatalogue kinds;

    public Tracker(ProcessCalendar calendar, KindCatalogue kinds) {
        this.calendar = calendar;
        this.kinds = kinds;
    }

    /** The committee-scoped kinds the cycle has deadlines for, each with its deadlines in date order. */
    public List<Deliverable> deliverables(Cycle cycle) {
        return deliverables(cycle, Optional.empty());
    }

    /**
     * The deliverables of one phase: the kinds with deadlines the cycle assigns to that phase, each with only those
     * deadlines (so a column is measured against what the phase requires). Phases overlap, so a deadline belongs to
     * the phase it names, not to every phase whose dates it falls in.
     */
    public List<Deliverable> deliverables(Cycle cycle, Optional<CyclePhase> phase) {
        return deliverables(cycle, phase, Set.of());
    }

    /** As {@link #deliverables(Cycle, Optional)}, of the given kinds only (none given: every kind). */
    public List<Deliverable> deliverables(Cycle cycle, Optional<CyclePhase> phase, Set<DocumentKind> only) {
        Map<DocumentKind, List<Milestone>> byKind = new LinkedHashMap<>();
        cycle.milestones().stream()
                .filter(Milestone::isDeadline)
                .filter(m -> phase.isEmpty() || phase.get().key().equals(m.phaseKey()))
                .filter(m -> only.isEmpty() || only.contains(m.documentKind()))
                .filter(m -> kinds.find(m.documentKind()).map(KindSpecification::scope).orElse(null) == Scope.COMMITTEE)
                .sorted(Comparator.comparing(Milestone::date))
                .forEach(m -> byKind.computeIfAbsent(m.documentKind(), k -> new ArrayList<>()).add(m));
        return byKind.entrySet().stream().map(e -> new Deliverable(e.getKey(), e.getValue())).toList();
    }

    /**
     * @param statusHistory the history of the given documents by document id (any order; only status changes are
     *                      read); a document without an entry has no recorded status change
     */
    public TrackerMatrix build(Cycle cycle, List<Committee> committees, List<TrackedDocument> documents,
                               Map<Long, List<DocumentChange>> statusHistory) {
        return build(cycle, Optional.empty(), committees, documents, statusHistory);
    }

    /** As {@link #build(Cycle, List, List, Map)}, with only the deliverables of the phase when one is given. */
    public TrackerMatrix build(Cycle cycle, Optional<CyclePhase> phase, List<Committee> committees,
                               List<TrackedDocument> documents, Map<Long, List<DocumentChange>> statusHistory) {
        return build(cycle, phase, Set.of(), committees, documents, statusHistory);
    }

    /**
     * As {@link #build(Cycle, Optional, List, List, Map)}, with the columns of the given kinds only (none given: every
     * deliverable); totals and {@link TrackerMatrix#committeesBehind()} count those columns only.
     */
    public TrackerMatrix build(Cycle cycle, Optional<CyclePhase> phase, Set<DocumentKind> only,
                               List<Committee> committees, List<TrackedDocument> documents,
                               Map<Long, List<DocumentChange>> statusHistory) {
        LocalDate today = calendar.today();
        List<Deliverable> deliverables = deliverables(cycle, phase, only);
        Map<DocumentKind, Map<Long, TrackedDocument>> index = new HashMap<>();
        for (TrackedDocument document : documents) {
            if (document.isActive() && document.cycleId() == cycle.id() && document.committeeId() != null) {
                index.computeIfAbsent(document.kind(), k -> new HashMap<>())
                        .merge(document.committeeId(), document, this::furtherAlong);
            }
        }
        // each name's collation key once (a collator compares by building both keys, under a lock), then sorted
        Collator collator = (Collator) SWEDISH.clone();
        List<Committee> sorted = committees.stream().filter(Committee::active)
                .map(c -> Map.entry(collator.getCollationKey(c.name()), c))
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toList();
        List<TrackerRow> rows = new ArrayList<>(sorted.size());
        for (Committee committee : sorted) {
            List<TrackerCell> cells = new ArrayList<>(deliverables.size());
            for (Deliverable deliverable : deliverables) {
                TrackedDocument document = index.getOrDefault(deliverable.kind(), Map.of()).get(committee.id());
                List<DocumentChange> history = document == null ? List.of()
                        : statusHistory.getOrDefault(document.id(), List.of());
                cells.add(cell(committee, deliverable, Optional.ofNullable(document), history, today));
            }
            rows.add(new TrackerRow(committee, cells));
        }
        List<ColumnTotal> totals = new ArrayList<>(deliverables.size());
        for (int column = 0; column < deliverables.size(); column++) {
            int done = 0;
            int behind = 0;
            int counted = 0;
            for (TrackerRow row : rows) {
                TrackerCell cell = row.cells().get(column);
                if (cell.state() == CellState.NOT_REQUIRED) {
                    continue;
                }
                counted++;
                done += cell.state() == CellState.DONE ? 1 : 0;
                behind += cell.state().isBehind() ? 1 : 0;
            }
            totals.add(new ColumnTotal(deliverables.get(column), done, behind, counted));
        }
        return new TrackerMatrix(cycle, today, deliverables, rows, totals, phase,
                latestChanges(deliverables, sorted, index, statusHistory));
    }

    /**
     * The status changes of the documents the matrix shows (a column's kind, a committee with a row), in no order:
     * read from the history already loaded for the cells.
     */
    private List<LatestChange> latestChanges(List<Deliverable> deliverables, List<Committee> committees,
                                             Map<DocumentKind, Map<Long, TrackedDocument>> index,
                                             Map<Long, List<DocumentChange>> statusHistory) {
        List<LatestChange> changes = new ArrayList<>();
        for (Deliverable deliverable : deliverables) {
            Map<Long, TrackedDocument> byCommittee = index.getOrDefault(deliverable.kind(), Map.of());
            Workflow workflow = kinds.require(deliverable.kind()).workflow();
            for (Committee committee : committees) {
                TrackedDocument document = byCommittee.get(committee.id());
                if (document == null) {
                    continue;
                }
                for (DocumentChange change : statusHistory.getOrDefault(document.id(), List.of())) {
                    if (change.type() == ChangeType.STATUS) {
                        changes.add(new LatestChange(change.at(), committee, document, change.seq(),
                                change.fromValue(), change.toValue(), isStepBack(workflow, change), change.actorName(),
                                change.comment(), change.notReadySections(), change.sectionCount()));
                    }
                }
            }
        }
        return changes; // TrackerMatrix orders them newest first and keeps the newest
    }

    /** A step down the workflow (both statuses known to it). */
    private static boolean isStepBack(Workflow workflow, DocumentChange change) {
        int from = change.fromValue() == null ? -1 : workflow.status(change.fromValue()).map(workflow::rank).orElse(-1);
        int to = change.toValue() == null ? -1 : workflow.status(change.toValue()).map(workflow::rank).orElse(-1);
        return from >= 0 && to >= 0 && to < from;
    }

    private TrackerCell cell(Committee committee, Deliverable deliverable, Optional<TrackedDocument> document,
                             List<DocumentChange> history, LocalDate today) {
        List<Milestone> deadlines = deliverable.deadlines().stream().filter(m -> m.appliesTo(committee.id())).toList();
        DocumentKind kind = deliverable.kind();
        if (deadlines.isEmpty()) {
            return new TrackerCell(committee, kind, CellState.NOT_REQUIRED, document, Optional.empty(), 0, 0, 0,
                    Optional.empty());
        }
        if (document.isEmpty()) {
            Optional<Milestone> passed = deadlines.stream().filter(calendar::hasPassed).findFirst();
            if (passed.isPresent()) {
                return new TrackerCell(committee, kind, CellState.MISSING, document, passed, days(passed.get().date(),
                        today), 0, 0, Optional.empty());
            }
            Milestone next = deadlines.get(0);
            return new TrackerCell(committee, kind, CellState.NOT_STARTED, document, Optional.of(next), 0, 0,
                    days(today, next.date()), Optional.empty());
        }
        Workflow workflow = kinds.require(kind).workflow();
        TrackedDocument doc = document.get();
        long lateOnArrival = 0;
        Milestone target = null;
        Instant reachedFinal = null;
        for (Milestone deadline : deadlines) {
            if (!workflow.hasReached(doc.status(), deadline.requiredStatus())) {
                target = deadline;
                break;
            }
            Optional<Instant> reached = reachedAt(workflow, history, deadline.requiredStatus());
            if (reached.isPresent()) {
                LocalDate day = LocalDate.ofInstant(reached.get(), ProcessCalendar.REGION_ZONE);
                lateOnArrival = Math.max(lateOnArrival, Math.max(0, days(deadline.date(), day)));
            }
            reachedFinal = reached.orElse(null);
        }
        if (target == null) {
            return new TrackerCell(committee, kind, CellState.DONE, document,
                    Optional.of(deadlines.get(deadlines.size() - 1)), 0, lateOnArrival, 0,
                    Optional.ofNullable(reachedFinal));
        }
        if (calendar.hasPassed(target)) {
            return new TrackerCell(committee, kind, CellState.LATE, document, Optional.of(target),
                    days(target.date(), today), lateOnArrival, 0, Optional.empty());
        }
        return new TrackerCell(committee, kind, CellState.IN_PROGRESS, document, Optional.of(target), 0,
                lateOnArrival, days(today, target.date()), Optional.empty());
    }

    /**
     * When the document last rose to the required status (or beyond) and stayed there: a step back below it and up
     * again counts from the second rise.
     */
    static Optional<Instant> reachedAt(Workflow workflow, List<DocumentChange> history, String requiredStatus) {
        Optional<Status> required = workflow.status(requiredStatus);
        if (required.isEmpty()) {
            return Optional.empty();
        }
        int requiredRank = workflow.rank(required.get());
        Instant reached = null;
        for (DocumentChange change : history.stream().filter(c -> c.type() == ChangeType.STATUS)
                .sorted(Comparator.comparingLong(DocumentChange::seq)).toList()) {
            int rank = workflow.status(change.toValue()).map(workflow::rank).orElse(-1);
            if (rank >= requiredRank) {
                if (reached == null) {
                    reached = change.at();
                }
            } else {
                reached = null;
            }
        }
        return Optional.ofNullable(reached);
    }

    private TrackedDocument furtherAlong(TrackedDocument a, TrackedDocument b) {
        KindSpecification spec = kinds.require(a.kind());
        return spec.rank(b.status()) > spec.rank(a.status()) ? b : a;
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
