package se.planprocess.confluence.tracker;

import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.document.CycleRepository;
import se.planprocess.confluence.document.DocumentRepository;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.progress.ProcessCalendar;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tracker of a cycle for one viewer: committees and documents the viewer may not see are left out before
 * anything is counted, so no row, cell, title or total tells of them. Reads the index in a fixed number of queries
 * (committees, the cycle's documents, their status changes), whatever the number of committees.
 */
public final class TrackerService {
    private final CycleRepository cycles;
    private final CommitteeRepository committees;
    private final DocumentRepository documents;
    private final StatusHistory history;
    private final ProcessCalendar calendar;
    private final Tracker tracker;

    public TrackerService(CycleRepository cycles, CommitteeRepository committees, DocumentRepository documents,
                          StatusHistory history, ProcessCalendar calendar, KindCatalogue kinds) {
        this.cycles = cycles;
        this.committees = committees;
        this.documents = documents;
        this.history = history;
        this.calendar = calendar;
        this.tracker = new Tracker(calendar, kinds);
    }

    /** The cycle by key or id; empty text means the current cycle. */
    public Optional<Cycle> cycle(String keyOrId) {
        List<Cycle> all = cycles.findAll();
        if (keyOrId == null || keyOrId.isBlank()) {
            return calendar.currentCycle(all);
        }
        String wanted = keyOrId.trim();
        return all.stream().filter(c -> c.key().equals(wanted) || String.valueOf(c.id()).equals(wanted)).findFirst();
    }

    /**
     * The viewer is asked only about documents the matrix can show (a column's kind, a visible committee): each
     * question is a permission check in Confluence, and a cycle also holds many other documents (meeting pages). The
     * viewer is asked twice, about all committees at once and about all documents at once, and the index is read
     * for the columns' kinds only.
     */
    public TrackerMatrix matrix(Cycle cycle, TrackerViewer viewer) {
        return matrix(cycle, viewer, Optional.empty());
    }

    /** The tracker of one phase of the cycle (its deliverables only), or of the whole cycle. */
    public TrackerMatrix matrix(Cycle cycle, TrackerViewer viewer, Optional<CyclePhase> phase) {
        List<Committee> visibleCommittees = viewer.visibleCommittees(committees.findAll().stream()
                .filter(Committee::active)
                .toList());
        Set<Long> committeeIds = visibleCommittees.stream().map(Committee::id).collect(Collectors.toSet());
        Set<DocumentKind> kinds = tracker.deliverables(cycle, phase).stream().map(Deliverable::kind)
                .collect(Collectors.toSet());
        List<TrackedDocument> visibleDocuments = viewer.visibleDocuments(
                documents.findActiveByCycle(cycle.id(), kinds).stream()
                        .filter(d -> kinds.contains(d.kind()) && d.committeeId() != null
                                && committeeIds.contains(d.committeeId()))
                        .toList());
        return tracker.build(cycle, phase, visibleCommittees, visibleDocuments,
                history.statusChanges(visibleDocuments.stream().map(TrackedDocument::id).toList()));
    }
}
