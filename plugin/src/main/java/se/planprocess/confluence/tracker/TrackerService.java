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
import se.planprocess.confluence.sections.SectionTemplates;
import se.planprocess.confluence.sections.TemplateSet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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
    private final SectionTemplates sections;

    /** A tracker with the kinds' built-in section templates only (tests, tools). */
    public TrackerService(CycleRepository cycles, CommitteeRepository committees, DocumentRepository documents,
                          StatusHistory history, ProcessCalendar calendar, KindCatalogue kinds) {
        this(cycles, committees, documents, history, calendar, kinds, SectionTemplates.builtIn(kinds));
    }

    public TrackerService(CycleRepository cycles, CommitteeRepository committees, DocumentRepository documents,
                          StatusHistory history, ProcessCalendar calendar, KindCatalogue kinds,
                          SectionTemplates sections) {
        this.sections = sections;
        this.cycles = cycles;
        this.committees = committees;
        this.documents = documents;
        this.history = history;
        this.calendar = calendar;
        this.tracker = new Tracker(calendar, kinds);
    }

    /** The section templates in force (one read of the configured ones), for one render of a matrix. */
    public TemplateSet templates() {
        return sections.current();
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
        return matrix(cycle, viewer, phase, Set.of(), committee -> true);
    }

    /**
     * The filter's cycle: by key or id, or the current one when it names none.
     *
     * @throws TrackerFilter.UnknownCycle no such cycle (or no current one)
     */
    public Cycle cycle(TrackerFilter filter) {
        return cycle(filter.cycle()).orElseThrow(filter::unknownCycle);
    }

    /**
     * The part of the cycle's tracker the filter chooses (its {@code cycle} is the caller's to resolve): the
     * committees it names (by short name or space key), or those whose space has one of its categories (by space key
     * only, one lookup per category), always narrowed to those the viewer may see; the deliverables of its kinds and
     * phase. Cells, totals and latest changes are counted after both. The viewer is asked only about the committees
     * chosen, and the index is read for the chosen kinds only.
     *
     * @throws TrackerFilter.UnknownPhase the cycle has no such phase (before anything is looked up)
     */
    public TrackerMatrix matrix(Cycle cycle, TrackerViewer viewer, TrackerFilter filter, CategorySpaces categories) {
        Optional<CyclePhase> phase = filter.phaseIn(cycle);
        Predicate<Committee> chosen;
        if (filter.byCategory()) {
            chosen = named(categories.spaceKeys(filter.spaceCategories()), true);
        } else if (!filter.committees().isEmpty()) {
            chosen = named(filter.committees(), false);
        } else {
            chosen = committee -> true;
        }
        return matrix(cycle, viewer, phase, filter.kinds(), chosen);
    }

    private TrackerMatrix matrix(Cycle cycle, TrackerViewer viewer, Optional<CyclePhase> phase,
                                 Set<DocumentKind> onlyKinds, Predicate<Committee> chosen) {
        List<Committee> candidates = committees.findAll().stream()
                .filter(Committee::active)
                .filter(chosen)
                .toList();
        List<Committee> visibleCommittees = viewer.visibleCommittees(candidates);
        Set<Long> committeeIds = visibleCommittees.stream().map(Committee::id).collect(Collectors.toSet());
        Set<DocumentKind> kinds = tracker.deliverables(cycle, phase, onlyKinds).stream().map(Deliverable::kind)
                .collect(Collectors.toSet());
        List<TrackedDocument> visibleDocuments = viewer.visibleDocuments(
                documents.findActiveByCycle(cycle.id(), kinds).stream()
                        .filter(d -> d.committeeId() != null && committeeIds.contains(d.committeeId()))
                        .toList());
        return tracker.build(cycle, phase, onlyKinds, visibleCommittees, visibleDocuments,
                history.statusChanges(visibleDocuments.stream().map(TrackedDocument::id).toList()));
    }

    /** The committees named: by upper-cased space key, or also by short name unless {@code bySpaceOnly}. */
    private static Predicate<Committee> named(Set<String> names, boolean bySpaceOnly) {
        return committee -> committee.spaceKey() != null
                && names.contains(committee.spaceKey().toUpperCase(Locale.ROOT))
                || !bySpaceOnly && names.contains(committee.shortName().toUpperCase(Locale.ROOT));
    }
}
