package se.planprocess.confluence.view;

import se.planprocess.confluence.document.ChangeType;
import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.document.CycleRepository;
import se.planprocess.confluence.document.DocumentChange;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.kind.KindSpecification;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.report.Readiness;
import se.planprocess.confluence.report.ReportSection;
import se.planprocess.confluence.report.ReportTemplate;
import se.planprocess.confluence.workflow.Status;
import se.planprocess.confluence.workflow.Workflow;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The status of one tracked document as a {@link StatusView} in the user's language, for any kind: the workflow,
 * kind name and sections come from the kind's specification. Shared by the status macro and REST.
 */
public final class StatusViewService {
    private final DocumentService documents;
    private final CycleRepository cycles;
    private final CommitteeRepository committees;
    private final ProcessCalendar calendar;

    public StatusViewService(DocumentService documents, CycleRepository cycles, CommitteeRepository committees,
                             ProcessCalendar calendar) {
        this.documents = documents;
        this.cycles = cycles;
        this.committees = committees;
        this.calendar = calendar;
    }

    /** The view of a document for a user who may ({@code canEdit}) or may not change it. */
    public StatusView view(TrackedDocument document, Locale locale, boolean canEdit, boolean processOwner) {
        KindSpecification specification = documents.kinds().require(document.kind());
        Workflow workflow = specification.workflow();
        Status status = workflow.status(document.status()).orElse(workflow.initial());
        Optional<Cycle> cycle = cycles.findById(document.cycleId());
        Optional<Committee> committee = Optional.ofNullable(document.committeeId()).flatMap(committees::findById);

        List<StatusView.Step> steps = new ArrayList<>();
        for (Status step : workflow.statuses()) {
            steps.add(step(step, workflow, status, locale));
        }
        Optional<Status> next = workflow.next(status)
                .filter(s -> processOwner || !(s.ownerOnly() || status.ownerOnly()));
        Optional<Status> previous = workflow.previous(status)
                .filter(s -> processOwner || !(s.ownerOnly() || status.ownerOnly()));
        Optional<Milestone> deadline = cycle.flatMap(c -> calendar.deadlineOf(c, document));
        boolean late = cycle.map(c -> calendar.isLate(c, document)).orElse(false);
        Optional<ReportTemplate> template = documents.templateOf(document);
        List<StatusView.HistoryEntry> history = history(document, template.orElse(null), workflow, locale);
        List<StatusView.Section> notReadyForNext = next
                .map(s -> documents.notReadyBefore(document, s.key()))
                .orElse(List.of()).stream()
                .map(s -> new StatusView.Section(s.key(), s.heading().in(locale), false))
                .toList();

        return new StatusView(document.pageId(), document.id(), document.version(), document.title(),
                document.kind().key(), specification.name().in(locale),
                cycle.map(c -> c.name().in(locale)).orElse(""),
                cycle.flatMap(c -> deadline.flatMap(m -> phaseOf(c, m))).map(p -> p.name().in(locale)).orElse(""),
                cycle.map(calendar::currentPhases).orElse(List.of()).stream().map(p -> p.name().in(locale)).toList(),
                committee.map(Committee::name).orElse(""), document.isAssigned(), document.isActive(),
                step(status, workflow, status, locale), steps,
                next.map(s -> step(s, workflow, status, locale)).orElse(null),
                previous.map(s -> step(s, workflow, status, locale)).orElse(null),
                canEdit && document.isActive(), late,
                deadline.map(m -> deadline(m, specification.meets(document.status(), m), locale)).orElse(null),
                template.map(t -> readiness(new Readiness(t, document.readySections()), locale)).orElse(null),
                // counted here: templates call no methods (Confluence's Velocity method allowlist)
                notReadyForNext, notReadyForNext.size(), history, history.size());
    }

    /**
     * The phase a deadline belongs to: the phase the milestone names, when its dates contain the deadline; else, of
     * the phases whose dates contain it, the one that started last; else the named phase; else none.
     */
    static Optional<CyclePhase> phaseOf(Cycle cycle, Milestone deadline) {
        LocalDate day = deadline.date();
        Optional<CyclePhase> named = cycle.phase(deadline.phaseKey());
        return named.filter(p -> p.dates().contains(day))
                .or(() -> cycle.phases().stream()
                        .filter(p -> p.dates().contains(day))
                        .max(Comparator.comparing((CyclePhase p) -> p.dates().start())))
                .or(() -> named);
    }

    private List<StatusView.HistoryEntry> history(TrackedDocument document, ReportTemplate template,
                                                  Workflow workflow, Locale locale) {
        List<DocumentChange> changes = new ArrayList<>(documents.history(document.id()));
        Collections.reverse(changes);
        List<StatusView.HistoryEntry> entries = new ArrayList<>();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", locale)
                .withZone(ProcessCalendar.REGION_ZONE);
        for (DocumentChange change : changes) {
            String section = change.sectionKey() == null || template == null ? ""
                    : template.section(change.sectionKey()).map(s -> s.heading().in(locale)).orElse(change.sectionKey());
            List<String> notReady = change.notReadySections().stream()
                    .map(key -> template == null ? key
                            : template.section(key).map(s -> s.heading().in(locale)).orElse(key))
                    .toList();
            entries.add(new StatusView.HistoryEntry(change.seq(), change.type().name(), format.format(change.at()),
                    change.at().toString(), change.actorName(), valueName(change, change.fromValue(), workflow, locale),
                    valueName(change, change.toValue(), workflow, locale), section,
                    change.comment() == null ? "" : change.comment(), notReady, notReady.size(),
                    change.sectionCount()));
        }
        return entries;
    }

    private static String valueName(DocumentChange change, String value, Workflow workflow, Locale locale) {
        if (value == null) {
            return "";
        }
        if (change.type() == ChangeType.STATUS || change.type() == ChangeType.REGISTERED) {
            return workflow.status(value).map(s -> s.name().in(locale)).orElse(value);
        }
        return value;
    }

    private StatusView.Deadline deadline(Milestone milestone, boolean met, Locale locale) {
        return new StatusView.Deadline(milestone.name().in(locale), formatDay(milestone.date(), locale),
                milestone.date().toString(), calendar.daysUntil(milestone.date()), calendar.hasPassed(milestone), met);
    }

    private static StatusView.ReadinessView readiness(Readiness readiness, Locale locale) {
        List<StatusView.Section> sections = new ArrayList<>();
        for (ReportSection section : readiness.sections()) {
            sections.add(new StatusView.Section(section.key(), section.heading().in(locale),
                    readiness.isReady(section.key())));
        }
        return new StatusView.ReadinessView(readiness.ready(), readiness.total(), sections);
    }

    private static StatusView.Step step(Status status, Workflow workflow, Status current, Locale locale) {
        return new StatusView.Step(status.key(), status.name().in(locale), status.description().in(locale),
                status.colour().name().toLowerCase(Locale.ROOT), workflow.rank(status) <= workflow.rank(current),
                status.equals(current));
    }

    /** "16 april 2026" in Swedish, "16 April 2026" in English. */
    public static String formatDay(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
    }
}
