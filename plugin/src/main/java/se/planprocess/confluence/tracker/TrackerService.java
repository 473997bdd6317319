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
import java.util.Locale;
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
     * question is a permission check in Confluence, and a cycle also holds many other documents (meeting pages).
     */
    public TrackerMatrix matrix(Cycle cycle, TrackerViewer viewer) {
        return matrix(cycle, viewer, Optional.empty());
    }

    /** The tracker of one phase of the cycle (its deliverables only), or of the whole cycle. */
    public TrackerMatrix matrix(Cycle cycle, TrackerViewer viewer, Optional<CyclePhase> phase) {
        return matrix(cycle, viewer, phase, Set.of());
    }

    /**
     * The part of the cycle's tracker the filter chooses (its {@code cycle} is the caller's to resolve): the
     * committees it names, or those whose space has one of its categories (one lookup per category), always narrowed
     * to those the viewer may see; the deliverables of its kinds and phase. Everything is counted after both.
     *
     * @throws TrackerFilter.UnknownPhase the cycle has no such phase (before anything is looked up)
     */
    public TrackerMatrix matrix(Cycle cycle, TrackerViewer viewer, TrackerFilter filter, CategorySpaces categories) {
        Optional<CyclePhase> phase = filter.phaseIn(cycle);
        TrackerViewer chosen;
        if (filter.byCategory()) {
            chosen = narrowed(viewer, categories.spaceKeys(filter.spaceCategories()), true);
        } else if (!filter.committees().isEmpty()) {
            chosen = narrowed(viewer, filter.committees(), false);
        } else {
            chosen = viewer;
        }
        return matrix(cycle, chosen, phase, filter.kinds());
    }

    private TrackerMatrix matrix(Cycle cycle, TrackerViewer viewer, Optional<CyclePhase> phase,
                                 Set<DocumentKind> onlyKinds) {
        List<Committee> visibleCommittees = committees.findAll().stream()
                .filter(Committee::active)
                .filter(viewer::maySee)
                .toList();
        Set<Long> committeeIds = visibleCommittees.stream().map(Committee::id).collect(Collectors.toSet());
        Set<DocumentKind> kinds = tracker.deliverables(cycle, phase, onlyKinds).stream().map(Deliverable::kind)
                .collect(Collectors.toSet());
        List<TrackedDocument> visibleDocuments = documents.findActiveByCycle(cycle.id()).stream()
                .filter(d -> kinds.contains(d.kind()) && d.committeeId() != null
                        && committeeIds.contains(d.committeeId()))
                .filter(viewer::maySee)
                .toList();
        return tracker.build(cycle, phase, onlyKinds, visibleCommittees, visibleDocuments,
                history.statusChanges(visibleDocuments.stream().map(TrackedDocument::id).toList()));
    }

    /**
     * The viewer, narrowed to the named committees (upper-cased space keys, or also short names unless
     * {@code bySpaceOnly}); none named, none shown. The viewer is asked only about the committees named.
     */
    private static TrackerViewer narrowed(TrackerViewer viewer, Set<String> named, boolean bySpaceOnly) {
        return new TrackerViewer() {
            @Override
            public boolean maySee(Committee committee) {
                boolean chosen = committee.spaceKey() != null
                        && named.contains(committee.spaceKey().toUpperCase(Locale.ROOT))
                        || !bySpaceOnly && named.contains(committee.shortName().toUpperCase(Locale.ROOT));
                return chosen && viewer.maySee(committee);
            }

            @Override
            public boolean maySee(TrackedDocument document) {
                return viewer.maySee(document);
            }
        };
    }
}
