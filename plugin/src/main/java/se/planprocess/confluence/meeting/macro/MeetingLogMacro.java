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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.host.ConfluenceMeetingPeople;
import se.planprocess.confluence.host.ConfluenceTrackerViewer;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.host.PluginKey;
import se.planprocess.confluence.macro.MacroTemplates;
import se.planprocess.confluence.macro.VelocityModel;
import se.planprocess.confluence.meeting.MeetingAction;
import se.planprocess.confluence.meeting.MeetingKind;
import se.planprocess.confluence.meeting.MeetingKinds;
import se.planprocess.confluence.meeting.MeetingLog;
import se.planprocess.confluence.meeting.MeetingRecords;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.process.InvalidValueException.Rule;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.tracker.TrackerService;

/**
 * {@code planprocess-meetings}: a cycle's meetings (parameters {@code cycle}, default the current one, {@code kind},
 * {@code phase}, {@code committee}, {@code from}, {@code to}) in date order with their decisions and open actions
 * ({@code layout=log}); or the open actions of those meetings with owner and due day, overdue ones marked
 * ({@code layout=actions}, per committee with {@code committee}), or only the viewer's own ({@code layout=mine},
 * "Mina åtgärder"). Only meetings on pages the viewer may see count, asked in one permission call for all of them. A
 * refused parameter is one message naming it; a committee the viewer may not see is unknown.
 */
public class MeetingLogMacro implements Macro {
    private static final DateTimeFormatter DAY_SV = DateTimeFormatter.ofPattern("d MMMM uuuu",
            Locale.forLanguageTag("sv-SE"));
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    static final List<String> LAYOUTS = List.of("log", "actions", "mine");

    private final TrackerService tracker;
    private final CommitteeRepository committees;
    private final MeetingLog log;
    private final ConfluenceMeetingPeople people;
    private final ConfluenceAccess access;
    private final ProcessCalendar calendar;
    private final Messages messages;
    private final MacroTemplates templates;
    private final PageBuilderService pageBuilder;
    private final ApplicationProperties application;
    private final MeetingKinds kinds;

    public MeetingLogMacro(TrackerService tracker, CommitteeRepository committees, MeetingLog log,
                           ConfluenceMeetingPeople people, ConfluenceAccess access, ProcessCalendar calendar,
                           Messages messages, TemplateRenderer renderer, PageBuilderService pageBuilder,
                           ApplicationProperties application, MeetingKinds kinds) {
        this.tracker = tracker;
        this.committees = committees;
        this.log = log;
        this.people = people;
        this.access = access;
        this.calendar = calendar;
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
        Optional<Cycle> cycle = tracker.cycle(raw.getOrDefault("cycle", ""));
        if (cycle.isEmpty()) {
            model.put("message", messages.text("planprocess.meetings.error.cycle"));
            return templates.render("templates/meeting/error.vm", model);
        }
        ConfluenceTrackerViewer viewer = new ConfluenceTrackerViewer(access);
        String layout;
        MeetingLog.Filter filter;
        try {
            layout = layout(raw.get("layout"));
            filter = filter(raw, cycle.get(), viewer);
        } catch (InvalidValueException e) {
            model.put("message", messages.text("planprocess.meetings.error",
                    messages.text(e.rule().messageKey(), e.messageArguments())));
            return templates.render("templates/meeting/error.vm", model);
        }
        Locale locale = messages.locale();
        List<MeetingLog.Entry> entries = log.entries(cycle.get(), filter, viewer);
        Map<Long, Committee> committeeById = viewer.visibleCommittees(committees.findAll()).stream()
                .collect(Collectors.toMap(Committee::id, c -> c, (a, b) -> a));
        String contextPath = application.getBaseUrl(UrlMode.RELATIVE);
        String cycleName = cycle.get().name().in(locale);
        model.put("text", text());
        pageBuilder.assembler().resources().requireWebResource(PluginKey.module("planprocess-resources"));
        if (layout.equals("log")) {
            List<MeetingLog.OpenAction> open = MeetingLog.openActions(entries, null);
            Map<String, String> names = people.displayNames(open.stream().map(o -> o.action().ownerKey()).toList());
            List<MeetingLogView.Row> rows = new ArrayList<>();
            for (MeetingLog.Entry entry : entries) {
                rows.add(new MeetingLogView.Row(day(entry.meeting().date(), locale), entry.meeting().date().toString(),
                        title(entry), url(entry, viewer, contextPath), kindName(entry.meeting().kind(), locale),
                        committeeName(entry, committeeById),
                        entry.decisions().stream().map(d -> d.text()).toList(),
                        entry.openActions().stream().map(a -> item(a, entry, names, locale, viewer, contextPath))
                                .toList()));
            }
            model.put("log", VelocityModel.of(new MeetingLogView(
                    messages.text("planprocess.meetings.caption", cycleName),
                    rows.isEmpty() ? messages.text("planprocess.meetings.empty")
                            : messages.text("planprocess.meetings.count", String.valueOf(rows.size())), rows.size(), rows)));
            return templates.render("templates/meeting/log.vm", model);
        }
        String owner = layout.equals("mine")
                ? access.currentUser().map(u -> u.getKey().getStringValue()).orElse("") : null;
        List<MeetingLog.OpenAction> open = MeetingLog.openActions(entries, owner);
        Map<String, String> names = people.displayNames(open.stream().map(o -> o.action().ownerKey()).toList());
        List<MeetingLogView.ActionItem> items = open.stream()
                .map(o -> item(o.action(), o.meeting(), names, locale, viewer, contextPath)).toList();
        long overdue = items.stream().filter(MeetingLogView.ActionItem::overdue).count();
        model.put("actions", VelocityModel.of(new MeetingLogView.Actions(
                messages.text(layout.equals("mine") ? "planprocess.meetings.mine.caption"
                        : "planprocess.meetings.actions.caption", cycleName),
                items.isEmpty() ? messages.text("planprocess.meetings.actions.empty")
                        : messages.text("planprocess.meetings.actions.count", String.valueOf(items.size()),
                        String.valueOf(overdue)), items.size(), items)));
        return templates.render("templates/meeting/actions.vm", model);
    }

    private MeetingLogView.ActionItem item(MeetingAction action, MeetingLog.Entry entry, Map<String, String> names,
                                           Locale locale, ConfluenceTrackerViewer viewer, String contextPath) {
        return new MeetingLogView.ActionItem(action.text(), names.getOrDefault(action.ownerKey(), action.ownerKey()),
                action.due() == null ? "" : day(action.due(), locale), action.due() == null ? "" : action.due().toString(),
                action.isOverdue(calendar.today()), title(entry), url(entry, viewer, contextPath));
    }

    private static String title(MeetingLog.Entry entry) {
        return entry.document().title().isBlank() ? "–" : entry.document().title();
    }

    private static String url(MeetingLog.Entry entry, ConfluenceTrackerViewer viewer, String contextPath) {
        return viewer.pathOf(entry.document().pageId()).map(p -> contextPath + p).orElse("");
    }

    private String kindName(String key, Locale locale) {
        return kinds.byKey(key).map(k -> k.name().in(locale)).orElse(key);
    }

    private static String committeeName(MeetingLog.Entry entry, Map<Long, Committee> visible) {
        Long id = entry.meeting().committeeId() != null ? entry.meeting().committeeId() : entry.document().committeeId();
        Committee committee = id == null ? null : visible.get(id);
        return committee == null ? "" : committee.name();
    }

    private static String day(LocalDate day, Locale locale) {
        return ("en".equals(locale.getLanguage()) ? DAY_EN : DAY_SV).format(day);
    }

    private static String layout(String parameter) {
        String value = parameter == null || parameter.isBlank() ? "log" : parameter.strip();
        if (!LAYOUTS.contains(value)) {
            throw new InvalidValueException("layout", Rule.UNKNOWN_VALUE, String.join(", ", LAYOUTS));
        }
        return value;
    }

    private MeetingLog.Filter filter(Map<String, String> raw, Cycle cycle, ConfluenceTrackerViewer viewer) {
        String kind = blankToNull(raw.get("kind"));
        if (kind != null && kinds.byKey(kind).isEmpty()) {
            throw new InvalidValueException("kind", Rule.UNKNOWN_VALUE,
                    kinds.all().stream().map(MeetingKind::key).collect(Collectors.joining(", ")));
        }
        String phase = blankToNull(raw.get("phase"));
        if (phase != null && cycle.phases().stream().noneMatch(p -> p.key().equals(phase))) {
            throw new InvalidValueException("phase", Rule.UNKNOWN_VALUE,
                    cycle.phases().stream().map(CyclePhase::key).collect(Collectors.joining(", ")));
        }
        String committee = blankToNull(raw.get("committee"));
        Long committeeId = null;
        if (committee != null) {
            List<Committee> visible = viewer.visibleCommittees(committees.findAll());
            committeeId = visible.stream().filter(c -> names(c, committee)).findFirst().map(Committee::id)
                    .orElseThrow(() -> new InvalidValueException("committee", Rule.UNKNOWN_VALUE,
                            visible.stream().map(Committee::shortName).collect(Collectors.joining(", "))));
        }
        LocalDate from = MeetingRecords.typedDay(raw.get("from"), "from");
        LocalDate to = MeetingRecords.typedDay(raw.get("to"), "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValueException("to", Rule.END_BEFORE_START, "from");
        }
        return new MeetingLog.Filter(kind, phase, committeeId, from, to);
    }

    private static boolean names(Committee committee, String parameter) {
        String upper = parameter.toUpperCase(Locale.ROOT);
        return upper.equals(committee.shortName().toUpperCase(Locale.ROOT))
                || committee.spaceKey() != null && upper.equals(committee.spaceKey().toUpperCase(Locale.ROOT))
                || parameter.equals(String.valueOf(committee.id()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Map<String, String> text() {
        Map<String, String> text = new LinkedHashMap<>();
        Stream.of("date", "meeting", "kind", "committee", "decisions", "actions", "action", "owner", "due")
                .forEach(key -> text.put(key, messages.text("planprocess.meetings.col." + key)));
        text.put("overdue", messages.text("planprocess.meetings.overdue"));
        text.put("none", messages.text("planprocess.meetings.none"));
        return text;
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
