package se.planprocess.confluence.meeting.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.document.CycleRepository;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.host.ConfluenceTrackerViewer;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.host.PluginKey;
import se.planprocess.confluence.macro.MacroTemplates;
import se.planprocess.confluence.macro.VelocityModel;
import se.planprocess.confluence.meeting.MeetingKinds;
import se.planprocess.confluence.meeting.MeetingPlan;
import se.planprocess.confluence.meeting.MeetingPlanner;
import se.planprocess.confluence.meeting.MeetingRequest;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.tracker.TrackerService;
import se.planprocess.confluence.host.ConfluenceMeetingPeople;
import se.planprocess.confluence.meeting.Decision;
import se.planprocess.confluence.meeting.MeetingAction;
import se.planprocess.confluence.meeting.MeetingPeople;
import se.planprocess.confluence.meeting.MeetingRepository;
import se.planprocess.confluence.meeting.RegisteredMeeting;
import se.planprocess.confluence.progress.ProcessCalendar;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.pages.Page;

/**
 * {@code planprocess-meeting}: a meeting's header (kind, day and time, place, phase, committee; for a styrdialog the
 * committee's feedback report and its status) above its body, the six standard fields, in one printable panel. The
 * parameters are checked as the meeting wizard checks them; a refused one is named in the viewer's language. Without a
 * {@code cycle} parameter the meeting belongs to the cycle whose window holds its day.
 */
public class MeetingMacro implements Macro {
    private static final DateTimeFormatter DAY_SV = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu",
            Locale.forLanguageTag("sv-SE"));
    static final String BODY_MARKER = "<!--pp-meeting-body-->";
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DUE_SV = DateTimeFormatter.ofPattern("d MMMM uuuu",
            Locale.forLanguageTag("sv-SE"));
    private static final DateTimeFormatter DUE_EN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final TrackerService tracker;
    private final CycleRepository cycles;
    private final CommitteeRepository committees;
    private final DocumentService documents;
    private final ConfluenceAccess access;
    private final Messages messages;
    private final MacroTemplates templates;
    private final PageBuilderService pageBuilder;
    private final ApplicationProperties application;
    private final MeetingKinds kinds;
    private final MeetingRepository meetings;
    private final MeetingPeople people;
    private final ProcessCalendar calendar;

    public MeetingMacro(TrackerService tracker, CycleRepository cycles, CommitteeRepository committees,
                        DocumentService documents,
                        ConfluenceAccess access, Messages messages, TemplateRenderer renderer,
                        PageBuilderService pageBuilder, ApplicationProperties application, MeetingKinds kinds,
                        MeetingRepository meetings, ConfluenceMeetingPeople people, ProcessCalendar calendar) {
        this.meetings = meetings;
        this.people = people;
        this.calendar = calendar;
        this.tracker = tracker;
        this.cycles = cycles;
        this.committees = committees;
        this.documents = documents;
        this.access = access;
        this.messages = messages;
        this.templates = new MacroTemplates(renderer, messages);
        this.pageBuilder = pageBuilder;
        this.application = application;
        this.kinds = kinds;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Map<String, String> raw = parameters == null ? Map.of() : parameters;
        Map<String, Object> model = new LinkedHashMap<>();
        Optional<Cycle> cycle = cycleOf(raw.getOrDefault("cycle", ""), raw.get("date"));
        if (cycle.isEmpty()) {
            model.put("message", messages.text("planprocess.meeting.error.cycle"));
            return templates.render("templates/meeting/error.vm", model);
        }
        ConfluenceTrackerViewer viewer = new ConfluenceTrackerViewer(access);
        List<Committee> visible = viewer.visibleCommittees(committees.findAll().stream()
                .filter(Committee::active).toList());
        String committeeParameter = raw.getOrDefault("committee", "").strip();
        Optional<Committee> named = visible.stream().filter(c -> names(c, committeeParameter)).findFirst();
        MeetingPlan plan;
        try {
            plan = new MeetingPlanner(kinds).plan(new MeetingRequest(raw.get("kind"), raw.get("title"),
                    raw.get("date"), raw.get("start"), raw.get("end"), raw.get("place"), raw.get("phase"),
                    committeeParameter.isEmpty() ? "" : named.map(c -> String.valueOf(c.id())).orElse("0")),
                    cycle.get(), id -> visible.stream().filter(c -> c.id() == id).map(Committee::name).findFirst());
        } catch (InvalidValueException e) {
            model.put("message", messages.text("planprocess.meeting.error.parameter",
                    messages.text(e.rule().messageKey(), e.messageArguments())));
            return templates.render("templates/meeting/error.vm", model);
        }
        model.put("meeting", VelocityModel.of(view(plan, cycle.get(), named, viewer)));
        model.put("text", text());
        records(context).ifPresent(records -> {
            model.put("records", VelocityModel.of(records));
            pageBuilder.assembler().resources().requireWebResource(PluginKey.module("meeting-resources"));
        });
        pageBuilder.assembler().resources().requireWebResource(PluginKey.module("planprocess-resources"));
        return withBody(templates.render("templates/meeting/view.vm", model), body);
    }

    /**
     * The panel with the body Confluence rendered from the macro's rich-text body (the six fields) in place of the
     * template's marker; every value the template wrote is escaped, so the marker can only be the template's own.
     */
    static String withBody(String panel, String body) {
        int marker = panel.indexOf(BODY_MARKER);
        if (marker < 0) {
            return panel;
        }
        return panel.substring(0, marker) + (body == null ? "" : body) + panel.substring(marker + BODY_MARKER.length());
    }

    private MeetingView view(MeetingPlan plan, Cycle cycle, Optional<Committee> committee,
                             ConfluenceTrackerViewer viewer) {
        Locale locale = messages.locale();
        boolean english = "en".equals(locale.getLanguage());
        String when = (english ? DAY_EN : DAY_SV).format(plan.date())
                + plan.startTime().map(s -> ", " + s + plan.endTime().map(e -> "\u2013" + e).orElse("")).orElse("");
        String phase = plan.phaseKey().flatMap(key -> cycle.phases().stream().filter(p -> p.key().equals(key))
                .findFirst()).map(p -> p.name().in(locale)).orElse("");
        String status = "";
        String title = "";
        String url = "";
        String missing = "";
        if (plan.kind().withCommittee() && committee.isPresent()) {
            Optional<TrackedDocument> report = documents.singletonSlot(DocumentKind.FEEDBACK_REPORT, cycle.id(),
                    committee.get().id()).filter(d -> !viewer.visibleDocuments(List.of(d)).isEmpty());
            if (report.isPresent()) {
                status = documents.kinds().require(DocumentKind.FEEDBACK_REPORT).statusOf(report.get().status())
                        .name().in(locale);
                title = report.get().title();
                String contextPath = application.getBaseUrl(UrlMode.RELATIVE);
                url = viewer.pathOf(report.get().pageId()).map(path -> contextPath + path).orElse("");
            } else {
                missing = messages.text("planprocess.meeting.report.missing");
            }
        }
        return new MeetingView(plan.kind().name().in(locale), when, plan.date().toString(),
                plan.place() == null ? "" : plan.place(), phase, committee.map(Committee::name).orElse(""), status,
                title, url, missing);
    }

    /**
     * The decisions and actions of the page's meeting when the page is a registered meeting the viewer may see: one
     * read each, the names of their people in one answer.
     */
    private Optional<MeetingRecordsView> records(ConversionContext context) {
        ContentEntityObject entity = context == null ? null : context.getEntity();
        if (!(entity instanceof Page page) || access.viewablePage(page.getId()).isEmpty()) {
            return Optional.empty();
        }
        Optional<TrackedDocument> document = documents.byPage(page.getId()).filter(TrackedDocument::isActive)
                .filter(d -> DocumentKind.MEETING.equals(d.kind()));
        Optional<RegisteredMeeting> meeting = document.flatMap(d -> meetings.find(d.id()));
        if (meeting.isEmpty()) {
            return Optional.empty();
        }
        long id = document.get().id();
        List<Decision> decisions = meetings.decisions(List.of(id)).getOrDefault(id, List.of());
        List<MeetingAction> actions = meetings.actions(List.of(id)).getOrDefault(id, List.of());
        List<String> keys = new java.util.ArrayList<>();
        decisions.forEach(d -> keys.add(d.recordedBy()));
        actions.forEach(a -> {
            keys.add(a.ownerKey());
            if (a.doneBy() != null) {
                keys.add(a.doneBy());
            }
        });
        Map<String, String> names = people.displayNames(keys);
        Locale locale = messages.locale();
        boolean english = "en".equals(locale.getLanguage());
        DateTimeFormatter day = english ? DUE_EN : DUE_SV;
        boolean canEdit = access.canEdit(page);
        String user = access.currentUser().map(u -> u.getKey().getStringValue()).orElse(null);
        LocalDate today = calendar.today();
        List<MeetingRecordsView.DecisionRow> decisionRows = decisions.stream().map(d -> {
            java.time.ZonedDateTime at = d.recordedAt().atZone(ProcessCalendar.REGION_ZONE);
            return new MeetingRecordsView.DecisionRow(d.text(), names.getOrDefault(d.recordedBy(), d.recordedBy()),
                    day.format(at), at.toOffsetDateTime().toString());
        }).toList();
        List<MeetingRecordsView.ActionRow> actionRows = actions.stream().map(a -> new MeetingRecordsView.ActionRow(
                a.id(), a.text(), names.getOrDefault(a.ownerKey(), a.ownerKey()),
                a.due() == null ? "" : day.format(a.due()), a.due() == null ? "" : a.due().toString(),
                a.isOverdue(today), a.isDone(), a.doneBy() == null ? "" : names.getOrDefault(a.doneBy(), a.doneBy()),
                canEdit && !a.isDone() && a.mayBeClosedBy(user, meeting.get().organiserKey()))).toList();
        return Optional.of(new MeetingRecordsView("/rest/planprocess/1.0/meetings/" + page.getId(), page.getId(),
                canEdit, decisionRows, actionRows, decisionRows.size(), actionRows.size()));
    }

    private Map<String, String> text() {
        Map<String, String> text = new LinkedHashMap<>();
        for (String key : List.of("kind", "when", "place", "phase", "committee", "report", "fields",
                // decisions and actions
                "decisions", "decisionsNone", "decisionText", "decisionSubmit", "decisionBy",
                "actions", "actionsNone", "actionText", "actionOwner", "actionOwnerHelp", "actionDue",
                "actionDueHelp", "actionSubmit", "actionState", "actionOpen", "actionDone",
                "actionOverdue", "actionMarkDone", "actionRecord", "decisionRecord")) {
            text.put(key, messages.text("planprocess.meeting." + key));
        }
        return text;
    }

    /**
     * The cycle the parameter names; without one, the cycle whose window holds the meeting's day (the earliest to
     * start, as a cycle's preparation overlaps the end of the one before; of two with the same window the newer),
     * else the current one.
     */
    private Optional<Cycle> cycleOf(String parameter, String date) {
        if (parameter != null && !parameter.isBlank()) {
            return tracker.cycle(parameter);
        }
        Optional<LocalDate> day = Optional.empty();
        try {
            day = Optional.ofNullable(date).map(String::strip).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            // the planner names the bad date; the current cycle stands in until then
        }
        return day.flatMap(d -> cycles.findAll().stream().filter(c -> c.span().contains(d))
                        .min(Comparator.comparing((Cycle c) -> c.span().start())
                                .thenComparing(Comparator.comparingLong(Cycle::id).reversed())))
                .or(() -> tracker.cycle(""));
    }

    /** The committee named by its short name, its space key or its id. */
    private static boolean names(Committee committee, String parameter) {
        if (parameter.isEmpty()) {
            return false;
        }
        String upper = parameter.toUpperCase(Locale.ROOT);
        return upper.equals(committee.shortName().toUpperCase(Locale.ROOT))
                || committee.spaceKey() != null && upper.equals(committee.spaceKey().toUpperCase(Locale.ROOT))
                || parameter.equals(String.valueOf(committee.id()));
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
