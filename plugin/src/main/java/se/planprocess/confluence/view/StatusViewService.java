package se.planprocess.confluence.view;

import se.planprocess.confluence.document.ChangeType;
import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.document.CycleRepository;
import se.planprocess.confluence.document.DocumentChange;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.report.Readiness;
import se.planprocess.confluence.report.ReportSection;
import se.planprocess.confluence.report.ReportTemplate;
import se.planprocess.confluence.workflow.Status;
import se.planprocess.confluence.workflow.Workflow;
import se.planprocess.confluence.workflow.Workflows;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The status of one tracked document as plain values (strings, booleans, numbers, lists and maps) in the user's
 * language: what the status macro renders and the REST API returns. Nothing here is HTML-escaped; templates and
 * JSON do that.
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
    public Map<String, Object> view(TrackedDocument document, Locale locale, boolean canEdit, boolean processOwner) {
        Workflow workflow = Workflows.of(document.kind());
        Status status = workflow.status(document.status()).orElse(workflow.initial());
        Optional<Cycle> cycle = cycles.findById(document.cycleId());
        Optional<Committee> committee = Optional.ofNullable(document.committeeId()).flatMap(committees::findById);

        Map<String, Object> view = new LinkedHashMap<>();
        view.put("pageId", document.pageId());
        view.put("documentId", document.id());
        view.put("version", document.version());
        view.put("title", document.title());
        view.put("kind", document.kind().key());
        view.put("kindName", document.kind().displayName().in(locale));
        view.put("cycleName", cycle.map(c -> c.name().in(locale)).orElse(""));
        view.put("phaseName", cycle.flatMap(calendar::currentPhase).map(p -> p.name().in(locale)).orElse(""));
        view.put("committeeName", committee.map(Committee::name).orElse(""));
        view.put("assigned", document.isAssigned());
        view.put("active", document.isActive());
        view.put("status", statusMap(status, workflow, status, locale));
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Status step : workflow.statuses()) {
            steps.add(statusMap(step, workflow, status, locale));
        }
        view.put("statuses", steps);

        Optional<Status> next = workflow.next(status)
                .filter(s -> processOwner || !(s.ownerOnly() || status.ownerOnly()));
        Optional<Status> previous = workflow.previous(status)
                .filter(s -> processOwner || !(s.ownerOnly() || status.ownerOnly()));
        view.put("next", next.map(s -> statusMap(s, workflow, status, locale)).orElse(null));
        view.put("previous", previous.map(s -> statusMap(s, workflow, status, locale)).orElse(null));
        view.put("canEdit", canEdit && document.isActive());

        Optional<Milestone> deadline = cycle.flatMap(c -> calendar.deadlineOf(c, document));
        boolean late = cycle.map(c -> calendar.isLate(c, document)).orElse(false);
        view.put("late", late);
        view.put("deadline", deadline.map(m -> deadlineMap(m, locale)).orElse(null));

        Optional<ReportTemplate> template = DocumentService.templateOf(document);
        view.put("readiness", template.map(t -> readinessMap(new Readiness(t, document.readySections()), locale))
                .orElse(null));
        List<Map<String, Object>> history = history(document, template.orElse(null), workflow, locale);
        view.put("history", history);
        // counted here: templates call no methods (Confluence's Velocity method allowlist)
        view.put("historyCount", history.size());
        return view;
    }

    private List<Map<String, Object>> history(TrackedDocument document, ReportTemplate template, Workflow workflow,
                                              Locale locale) {
        List<DocumentChange> changes = new ArrayList<>(documents.history(document.id()));
        java.util.Collections.reverse(changes);
        List<Map<String, Object>> entries = new ArrayList<>();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", locale)
                .withZone(ProcessCalendar.REGION_ZONE);
        for (DocumentChange change : changes) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("seq", change.seq());
            entry.put("type", change.type().name());
            entry.put("at", format.format(change.at()));
            entry.put("atIso", change.at().toString());
            entry.put("actor", change.actorName());
            entry.put("from", valueName(change, change.fromValue(), workflow, locale));
            entry.put("to", valueName(change, change.toValue(), workflow, locale));
            entry.put("section", change.sectionKey() == null || template == null ? ""
                    : template.section(change.sectionKey()).map(s -> s.heading().in(locale)).orElse(change.sectionKey()));
            entry.put("comment", change.comment() == null ? "" : change.comment());
            entries.add(entry);
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

    private Map<String, Object> deadlineMap(Milestone milestone, Locale locale) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", milestone.name().in(locale));
        map.put("date", formatDay(milestone.date(), locale));
        map.put("dateIso", milestone.date().toString());
        map.put("daysLeft", calendar.daysUntil(milestone.date()));
        map.put("passed", calendar.hasPassed(milestone));
        return map;
    }

    private static Map<String, Object> readinessMap(Readiness readiness, Locale locale) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("ready", readiness.ready());
        map.put("total", readiness.total());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (ReportSection section : readiness.sections()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("key", section.key());
            s.put("heading", section.heading().in(locale));
            s.put("ready", readiness.isReady(section.key()));
            sections.add(s);
        }
        map.put("sections", sections);
        return map;
    }

    private static Map<String, Object> statusMap(Status status, Workflow workflow, Status current, Locale locale) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("key", status.key());
        map.put("name", status.name().in(locale));
        map.put("description", status.description().in(locale));
        map.put("colour", status.colour().name().toLowerCase(Locale.ROOT));
        map.put("reached", workflow.rank(status) <= workflow.rank(current));
        map.put("current", status.equals(current));
        return map;
    }

    /** "16 april 2026" in Swedish, "16 April 2026" in English. */
    public static String formatDay(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
    }
}
