package se.planprocess.confluence.document.rebuild;

import se.planprocess.confluence.document.Actor;
import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.document.CycleRepository;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.document.StaleVersionException;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.kind.KindSpecification;
import se.planprocess.confluence.kind.Scope;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.DocumentKind;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rebuilds the index from the pages, for an instance where the app missed page events. Two passes, each in batches:
 * <ol>
 *   <li>every document of the index, against its page: purged, trashed, restored, renamed, moved to another space
 *   (the committee follows the space, as when the app sees the move); a committee-scoped document left without its
 *   committee because another document holds the slot is a duplicate;</li>
 *   <li>every current page labelled {@value #APP_LABEL} that the index does not have: its kind from its label
 *   {@code planprocess-<kind>} (pages registered before those labels: the {@value #STATUS_MACRO} macro in the body
 *   makes it a feedback report), its cycle from the cycle's label, its committee from its space; registered with a
 *   history entry saying it came from the rebuild, or reported as a duplicate when the slot is taken.</li>
 * </ol>
 * Safe while people work: no transaction spans more than one change of one document, and each change is based on
 * the version just read, so a status change made meanwhile is kept (the change is applied on top of it, or the
 * other writer is told to reload). Never changes a status, readiness or an existing history entry. Idempotent: a run
 * right after another fixes nothing. One run at a time in the cluster ({@link RebuildLock}).
 */
public final class IndexRebuild {
    /** The label every page of the app carries. */
    public static final String APP_LABEL = "planprocess";
    /** Followed by a kind's key: the label that says a page's kind. */
    public static final String KIND_LABEL_PREFIX = "planprocess-";
    /** The macro on every feedback report, for pages registered before the kind labels. */
    public static final String STATUS_MACRO = "planprocess-status";
    static final int BATCH = 100;

    private final DocumentService documents;
    private final CommitteeRepository committees;
    private final CycleRepository cycles;
    private final PageSource pages;
    private final RebuildLock lock;

    public IndexRebuild(DocumentService documents, CommitteeRepository committees, CycleRepository cycles,
                        PageSource pages, RebuildLock lock) {
        this.documents = documents;
        this.committees = committees;
        this.cycles = cycles;
        this.pages = pages;
        this.lock = lock;
    }

    /** The label that says a page is of this kind: {@code planprocess-feedback-report}. */
    public static String kindLabel(DocumentKind kind) {
        return KIND_LABEL_PREFIX + kind.key();
    }

    /**
     * Runs the rebuild as {@code actor}; {@code note} is the comment of every history entry it writes. A dry run
     * reports the same and changes nothing.
     *
     * @throws DocumentException {@link Problem#REBUILD_RUNNING} when another rebuild runs (on any node)
     */
    public RebuildReport run(boolean dryRun, Actor actor, String note) {
        Objects.requireNonNull(actor, "actor");
        return lock.whileHeld(() -> new Run(dryRun, actor, note).execute())
                .orElseThrow(() -> new DocumentException(Problem.REBUILD_RUNNING));
    }

    /** One run: its report and what it reads once (cycles by key). */
    private final class Run {
        private final boolean dryRun;
        private final Actor actor;
        private final String note;
        private final RebuildReport report;
        private final Map<String, Cycle> cyclesByKey;
        /** In a dry run: the slots this run would fill, and by which page (a second page for one is a duplicate). */
        private final Map<String, Long> claimed = new HashMap<>();

        Run(boolean dryRun, Actor actor, String note) {
            this.dryRun = dryRun;
            this.actor = actor;
            this.note = note;
            this.report = new RebuildReport(dryRun);
            this.cyclesByKey = cycles.findAll().stream()
                    .collect(Collectors.toMap(Cycle::key, Function.identity(), (a, b) -> a));
        }

        RebuildReport execute() {
            long after = 0;
            for (List<TrackedDocument> batch = documents.batchAfter(after, BATCH); !batch.isEmpty();
                 batch = documents.batchAfter(after, BATCH)) {
                for (TrackedDocument document : batch) {
                    check(document);
                    after = document.id();
                }
            }
            for (int offset = 0; ; offset += BATCH) {
                PageSource.Batch batch = pages.labelledPages(APP_LABEL, offset, BATCH);
                batch.pages().forEach(this::findUnindexed);
                if (batch.scanned() < BATCH) {
                    return report;
                }
            }
        }

        /** One document against its page. */
        private void check(TrackedDocument document) {
            long pageId = document.pageId();
            Optional<PageFacts> found = pages.page(pageId);
            RebuildItem item = RebuildItem.of(pageId, document.title(), document.spaceKey());
            if (found.isEmpty()) {
                if (dryRun || documents.pagePurged(pageId)) {
                    report.add(Finding.PURGED, item);
                }
                return;
            }
            PageFacts page = found.get();
            try {
                if (page.trashed() && document.isActive()
                        && (dryRun || documents.pageTrashed(pageId, actor, note))) {
                    report.add(Finding.TRASHED, item);
                }
                if (!page.trashed() && !document.isActive()
                        && (dryRun || documents.pageRestored(pageId, actor, note))) {
                    report.add(Finding.RESTORED, item);
                }
                if (!Objects.equals(page.title(), document.title())
                        && (dryRun || documents.pageRenamed(pageId, page.title(), actor, note))) {
                    report.add(Finding.RENAMED, item.change(document.title(), page.title()));
                }
                boolean moves = !Objects.equals(page.spaceKey(), document.spaceKey());
                if (moves && (dryRun || documents.pageMoved(pageId, page.spaceKey(), actor, note))) {
                    report.add(Finding.MOVED, item.change(document.spaceKey(), page.spaceKey()));
                }
                boolean active = !page.trashed();
                Optional<TrackedDocument> holder = slotHolder(document.kind(), document.cycleId(), page.spaceKey(),
                        document.id());
                Long committeeId;
                if (dryRun) {
                    committeeId = !moves ? document.committeeId()
                            : holder.isPresent() ? null : spaceCommittee(page.spaceKey());
                } else {
                    Optional<TrackedDocument> now = documents.byPage(pageId);
                    committeeId = now.isPresent() ? now.get().committeeId() : document.committeeId();
                }
                if (active && committeeId == null && holder.isPresent()) {
                    report.add(Finding.DUPLICATE, RebuildItem.of(pageId, page.title(), page.spaceKey())
                            .sameSlotAs(holder.get().pageId()));
                }
            } catch (StaleVersionException e) {
                report.add(Finding.BUSY, item);
            }
        }

        /** A labelled page: registered when the index does not have it and it can be placed. */
        private void findUnindexed(PageFacts page) {
            if (page.trashed() || documents.byPage(page.pageId()).isPresent()) {
                return;
            }
            RebuildItem item = RebuildItem.of(page.pageId(), page.title(), page.spaceKey());
            Optional<KindSpecification> kind = kindOf(page);
            if (kind.isEmpty()) {
                report.add(Finding.UNRECOGNISED, item.change(null, "kind"));
                return;
            }
            List<Cycle> cycle = page.labels().stream().map(cyclesByKey::get).filter(Objects::nonNull).toList();
            if (cycle.size() != 1) {
                report.add(Finding.UNRECOGNISED, item.change(null, "cycle"));
                return;
            }
            DocumentKind documentKind = kind.get().kind();
            long cycleId = cycle.get(0).id();
            Optional<TrackedDocument> holder = slotHolder(documentKind, cycleId, page.spaceKey(), -1);
            if (holder.isPresent()) {
                report.add(Finding.DUPLICATE, item.sameSlotAs(holder.get().pageId()));
                return;
            }
            if (dryRun) {
                Long committeeId = spaceCommittee(page.spaceKey());
                boolean single = kind.get().scope() == Scope.REGION
                        || (kind.get().scope() == Scope.COMMITTEE && committeeId != null);
                Long first = single ? claimed.putIfAbsent(documentKind.key() + ":" + cycleId + ":"
                        + (kind.get().scope() == Scope.REGION ? "-" : committeeId), page.pageId()) : null;
                report.add(first == null ? Finding.REGISTERED : Finding.DUPLICATE,
                        first == null ? item : item.sameSlotAs(first));
                return;
            }
            try {
                documents.registerFound(page.pageId(), page.spaceKey(), page.title(), documentKind, cycleId,
                        cycle.get(0).templateVersion(documentKind).orElse(null), actor, note);
                report.add(Finding.REGISTERED, item);
            } catch (DocumentException e) {
                if (e.problem() != Problem.DUPLICATE) {
                    throw e;
                }
                Serializable[] other = e.arguments();
                Long otherPage = other.length > 0 && other[0] instanceof Long id ? id : null;
                if (otherPage != null && otherPage == page.pageId()) {
                    return; // registered meanwhile by the app itself
                }
                report.add(Finding.DUPLICATE, otherPage == null ? item : item.sameSlotAs(otherPage));
            }
        }

        /**
         * The kind a page's labels name ({@code planprocess-<kind>}); without one, a page with the status macro is a
         * feedback report, as every page of the app was before the kind labels.
         */
        private Optional<KindSpecification> kindOf(PageFacts page) {
            List<KindSpecification> named = documents.kinds().all().stream()
                    .filter(s -> page.labels().contains(kindLabel(s.kind())))
                    .toList();
            if (named.size() == 1) {
                return Optional.of(named.get(0));
            }
            if (named.isEmpty() && pages.carriesMacro(page.pageId(), STATUS_MACRO)) {
                return documents.kinds().find(DocumentKind.FEEDBACK_REPORT);
            }
            return Optional.empty();
        }

        /** Another document holding the single slot of this kind for the committee of {@code spaceKey}. */
        private Optional<TrackedDocument> slotHolder(DocumentKind kind, long cycleId, String spaceKey, long selfId) {
            KindSpecification specification = documents.kinds().require(kind);
            if (specification.scope() == Scope.MANY) {
                return Optional.empty();
            }
            Long committeeId = specification.scope() == Scope.COMMITTEE ? spaceCommittee(spaceKey) : null;
            if (specification.scope() == Scope.COMMITTEE && committeeId == null) {
                return Optional.empty();
            }
            return documents.singletonSlot(kind, cycleId, committeeId).filter(other -> other.id() != selfId);
        }

        private Long spaceCommittee(String spaceKey) {
            return committees.findBySpaceKey(spaceKey).map(Committee::id).orElse(null);
        }
    }
}
