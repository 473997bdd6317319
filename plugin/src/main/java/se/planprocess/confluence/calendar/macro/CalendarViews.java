package se.planprocess.confluence.calendar.macro;

import se.planprocess.confluence.calendar.MonthAxis;
import se.planprocess.confluence.calendar.PlanEvent;
import se.planprocess.confluence.calendar.Point;
import se.planprocess.confluence.calendar.Span;
import se.planprocess.confluence.calendar.TimePlan;
import se.planprocess.confluence.calendar.TimelineLayout;
import se.planprocess.confluence.calendar.WheelLayout;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.kind.KindSpecification;
import se.planprocess.confluence.process.CyclePhase;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The time plan's views in the viewer's language: the layouts' numbers written with one decimal, every name as plain
 * text (the templates escape it), each picture with its text equivalent in date order.
 */
public final class CalendarViews {
    /** How many colours the phases take in turn (css/calendar.css). */
    static final int COLOURS = 7;

    private final Messages messages;
    private final KindCatalogue kinds;
    private final Locale locale;
    private final DateTimeFormatter dayFormat;

    public CalendarViews(Messages messages, KindCatalogue kinds) {
        this.messages = messages;
        this.kinds = kinds;
        this.locale = messages.locale();
        this.dayFormat = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    }

    /**
     * @param id       a prefix for the picture's element ids, unique on the page
     * @param pageLink the link of a page the viewer may see (context path included), empty otherwise
     */
    public CalendarView.Timeline timeline(TimePlan plan, String id, LongFunction<String> pageLink) {
        Map<String, PlanEvent> events = byId(plan);
        List<Span> spans = spans(plan);
        TimelineLayout.Timeline layout = TimelineLayout.layout(spans, points(plan, false), points(plan, true),
                plan.today(), n -> messages.text("planprocess.calendar.group", n),
                n -> messages.text("planprocess.calendar.group.meetings", n));
        List<CalendarView.AxisMonth> months = new ArrayList<>();
        boolean first = true;
        for (MonthAxis.Month month : layout.months()) {
            String year = month.labelled() && (first || month.month().getMonthValue() == 1)
                    ? String.valueOf(month.month().getYear()) : "";
            months.add(new CalendarView.AxisMonth(n(month.x()), n(month.width()), n(month.x() + 3),
                    month.labelled() ? monthName(month.month().getMonthValue()) : "", year,
                    month.month().getMonthValue() % 2 == 0));
            first = false;
        }
        List<CalendarView.Bar> bars = new ArrayList<>();
        for (int i = 0; i < layout.bars().size(); i++) {
            TimelineLayout.Bar bar = layout.bars().get(i);
            CyclePhase phase = plan.phases().get(i);
            String name = phase.name().in(locale);
            bars.add(new CalendarView.Bar(n(bar.x()), n(bar.y()), n(bar.width()), n(bar.height()), colour(i),
                    id + "-clip-" + i, n(bar.x() + 4), n(bar.y() + bar.height() / 2 + 4), name,
                    name + ": " + range(phase)));
        }
        List<CalendarView.Mark> marks = layout.marks().stream().map(g -> mark(g, events, pageLink)).toList();
        List<CalendarView.Mark> meetings = layout.meetings().stream().map(g -> mark(g, events, pageLink)).toList();
        double top = TimelineLayout.HEADER - 6;
        double todayX = layout.todayX().orElse(0.0);
        boolean todayAtEnd = todayX > layout.width() - 120;
        String cycleName = plan.cycle().name().in(locale);
        return new CalendarView.Timeline(id, messages.text("planprocess.calendar.timeline.heading", cycleName),
                messages.text("planprocess.calendar.timeline.title", cycleName),
                messages.text("planprocess.calendar.timeline.desc", plan.phases().size(),
                        plan.events(PlanEvent.Type.MILESTONE).size(), plan.events(PlanEvent.Type.DEADLINE).size(),
                        plan.events(PlanEvent.Type.MEETING).size()),
                n(layout.width()), n(layout.height()), months, n(TimelineLayout.HEADER), bars, marks, meetings,
                n(layout.marksTop() + TimelineLayout.GLYPH_ROW / 2 + 4), n(layout.meetingsTop()
                        + TimelineLayout.GLYPH_ROW / 2 + 4),
                messages.text("planprocess.calendar.band.marks"), messages.text("planprocess.calendar.band.meetings"),
                !meetings.isEmpty(), layout.todayX().isPresent(), n(todayX), n(top), n(layout.todayLabelY() - 12),
                n(layout.todayLabelY()), messages.text("planprocess.calendar.today", day(plan.today())),
                todayAtEnd ? "end" : "start", legend(plan, true),
                messages.text("planprocess.calendar.list.heading", cycleName), items(plan, pageLink),
                undated(plan, pageLink), !plan.undatedMeetings().isEmpty(),
                messages.text("planprocess.calendar.undated.heading"));
    }

    /** The annual wheel. */
    public CalendarView.Wheel wheel(TimePlan plan, String id, LongFunction<String> pageLink) {
        Map<String, PlanEvent> events = byId(plan);
        WheelLayout.Wheel layout = WheelLayout.layout(spans(plan), points(plan, false), points(plan, true),
                plan.today());
        List<CalendarView.WheelMonth> months = layout.months().stream()
                .map(m -> new CalendarView.WheelMonth(m.path(), n(m.labelX()), n(m.labelY() + 4),
                        monthName(m.month()), m.month() % 2 == 0))
                .toList();
        List<CalendarView.Sector> sectors = new ArrayList<>();
        for (int i = 0; i < layout.phases().size(); i++) {
            CyclePhase phase = plan.phases().get(i);
            sectors.add(new CalendarView.Sector(layout.phases().get(i).path(), colour(i),
                    phase.name().in(locale) + ": " + range(phase), ""));
        }
        List<CalendarView.Mark> marks = layout.marks().stream().map(b -> badge(b, events, pageLink)).toList();
        List<CalendarView.Mark> meetings = layout.meetings().stream().map(b -> badge(b, events, pageLink)).toList();
        List<CalendarView.Callout> callouts = new ArrayList<>();
        for (WheelLayout.Callout callout : layout.callouts()) {
            List<PlanEvent> members = callout.ids().stream().map(events::get).toList();
            boolean onlyMeetings = members.stream().allMatch(e -> e.type() == PlanEvent.Type.MEETING);
            String text = members.size() == 1 ? TimelineLayout.shortened(members.get(0).name().in(locale))
                    : messages.text(onlyMeetings ? "planprocess.calendar.group.meetings" : "planprocess.calendar.group",
                            members.size());
            callouts.add(new CalendarView.Callout(n(callout.x()), n(callout.y()), callout.left() ? "end" : "start",
                    text, n(callout.lineX1()), n(callout.lineY1()), n(callout.lineX2()), n(callout.lineY2())));
        }
        double left = -WheelLayout.LABEL_COLUMN;
        double width = layout.size() + 2 * WheelLayout.LABEL_COLUMN;
        String cycleName = plan.cycle().name().in(locale);
        return new CalendarView.Wheel(id, messages.text("planprocess.calendar.wheel.heading", cycleName),
                messages.text("planprocess.calendar.wheel.title", cycleName),
                messages.text("planprocess.calendar.timeline.desc", plan.phases().size(),
                        plan.events(PlanEvent.Type.MILESTONE).size(), plan.events(PlanEvent.Type.DEADLINE).size(),
                        plan.events(PlanEvent.Type.MEETING).size()),
                n(layout.size()), n(WheelLayout.CENTRE), n(left) + " 0 " + n(width) + " " + n(layout.height()),
                n(width), n(layout.height()), callouts, months, sectors, marks, meetings, n(layout.handX()),
                n(layout.handY()), messages.text("planprocess.calendar.today", day(plan.today())),
                n(WheelLayout.MARK_RING), n(WheelLayout.MEETING_RING), n(WheelLayout.MEETING_RING - 22),
                legend(plan, false), messages.text("planprocess.calendar.list.heading", cycleName),
                items(plan, pageLink), undated(plan, pageLink), !plan.undatedMeetings().isEmpty(),
                messages.text("planprocess.calendar.undated.heading"));
    }

    /** The detailed time plan: every milestone, deadline and meeting, in date order, undated meetings last. */
    public CalendarView.Tidplan tidplan(TimePlan plan, LongFunction<String> pageLink) {
        List<CalendarView.Row> rows = new ArrayList<>();
        List<PlanEvent> all = new ArrayList<>(plan.events());
        all.addAll(plan.undatedMeetings());
        for (PlanEvent event : all) {
            String phase = plan.phase(event.phaseKey()).map(p -> p.name().in(locale)).orElse("");
            rows.add(new CalendarView.Row(event.isDated() ? event.date().toString() : "",
                    event.isDated() ? day(event.date()) : messages.text("planprocess.calendar.undated"),
                    event.name().in(locale), detail(event), who(event), phase, url(event, pageLink),
                    kind(event)));
        }
        String cycleName = plan.cycle().name().in(locale);
        return new CalendarView.Tidplan(messages.text("planprocess.calendar.tidplan.caption", cycleName),
                messages.text("planprocess.calendar.tidplan.date"), messages.text("planprocess.calendar.tidplan.what"),
                messages.text("planprocess.calendar.tidplan.who"), messages.text("planprocess.calendar.tidplan.phase"),
                rows, !rows.isEmpty(), messages.text("planprocess.calendar.tidplan.none", cycleName));
    }

    private CalendarView.Mark mark(TimelineLayout.Group group, Map<String, PlanEvent> events,
                                   LongFunction<String> pageLink) {
        List<PlanEvent> members = group.ids().stream().map(events::get).toList();
        PlanEvent single = members.get(0);
        String glyph = group.count() > 1 ? "group" : kind(single);
        return new CalendarView.Mark(n(group.x()), n(group.y()), n(group.labelX()), n(group.labelY()),
                group.endAnchored() ? "end" : "start", group.label(), glyph, group.count(), group.count() > 1,
                title(members), group.count() == 1 ? url(single, pageLink) : "", "");
    }

    private CalendarView.Mark badge(WheelLayout.Badge badge, Map<String, PlanEvent> events,
                                    LongFunction<String> pageLink) {
        List<PlanEvent> members = badge.ids().stream().map(events::get).toList();
        PlanEvent single = members.get(0);
        boolean group = badge.count() > 1;
        return new CalendarView.Mark(n(badge.x()), n(badge.y()), n(badge.x()), n(badge.y() + 3.5), "middle",
                group ? (badge.count() > 99 ? "99+" : String.valueOf(badge.count())) : "",
                group ? "group" : kind(single), badge.count(), group, title(members),
                group ? "" : url(single, pageLink), n(group ? badge.radius() : badge.radius() - 3));
    }

    private String title(List<PlanEvent> members) {
        return members.stream().map(e -> day(e.date()) + ": " + e.name().in(locale))
                .collect(Collectors.joining("; "));
    }

    private List<CalendarView.TextItem> items(TimePlan plan, LongFunction<String> pageLink) {
        record Entry(LocalDate date, int order, CalendarView.TextItem item) {
        }
        List<Entry> entries = new ArrayList<>();
        for (CyclePhase phase : plan.phases()) {
            entries.add(new Entry(phase.dates().start(), 0, new CalendarView.TextItem(phase.dates().start().toString(),
                    range(phase), "phase", messages.text("planprocess.calendar.kind.phase"), phase.name().in(locale),
                    "")));
        }
        for (PlanEvent event : plan.events()) {
            String text = event.name().in(locale);
            String detail = detail(event);
            String who = who(event);
            if (!detail.isEmpty()) {
                text += " – " + detail;
            }
            if (!who.isEmpty()) {
                text += " (" + who + ")";
            }
            entries.add(new Entry(event.date(), 1 + event.type().ordinal(), new CalendarView.TextItem(
                    event.date().toString(), day(event.date()), kind(event), kindText(event), text,
                    url(event, pageLink))));
        }
        entries.add(new Entry(plan.today(), 9, new CalendarView.TextItem(plan.today().toString(), day(plan.today()),
                "today", messages.text("planprocess.calendar.kind.today"),
                messages.text("planprocess.calendar.today.item"), "")));
        return entries.stream().sorted(Comparator.comparing(Entry::date).thenComparingInt(Entry::order))
                .map(Entry::item).toList();
    }

    private List<CalendarView.TextItem> undated(TimePlan plan, LongFunction<String> pageLink) {
        return plan.undatedMeetings().stream().map(e -> new CalendarView.TextItem("",
                messages.text("planprocess.calendar.undated"), "meeting", kindText(e),
                e.name().in(locale) + (who(e).isEmpty() ? "" : " (" + who(e) + ")"), url(e, pageLink))).toList();
    }

    private List<CalendarView.Legend> legend(TimePlan plan, boolean timeline) {
        List<CalendarView.Legend> legend = new ArrayList<>();
        for (int i = 0; i < plan.phases().size(); i++) {
            legend.add(new CalendarView.Legend("phase pp-colour-" + (i % COLOURS),
                    plan.phases().get(i).name().in(locale)));
        }
        for (String glyph : List.of("milestone", "deadline", "meeting", "group", "today")) {
            legend.add(new CalendarView.Legend(glyph, messages.text("planprocess.calendar.legend." + glyph
                    + (timeline ? "" : ".wheel"))));
        }
        return legend;
    }

    private String detail(PlanEvent event) {
        if (event.type() != PlanEvent.Type.DEADLINE) {
            return "";
        }
        KindSpecification spec = kinds.require(event.documentKind());
        String status = spec.workflow().status(event.requiredStatus()).map(s -> s.name().in(locale))
                .orElse(event.requiredStatus());
        return messages.text("planprocess.calendar.deadline.requires", spec.name().in(locale), status);
    }

    private String who(PlanEvent event) {
        if (!event.committees().isEmpty()) {
            return String.join(", ", event.committees());
        }
        return event.type() == PlanEvent.Type.DEADLINE && event.allCommittees()
                ? messages.text("planprocess.calendar.who.all") : "";
    }

    private static String url(PlanEvent event, LongFunction<String> pageLink) {
        return event.pageId() == 0 ? "" : pageLink.apply(event.pageId());
    }

    private static String kind(PlanEvent event) {
        return event.type().name().toLowerCase(Locale.ROOT);
    }

    private String kindText(PlanEvent event) {
        return messages.text("planprocess.calendar.kind." + kind(event));
    }

    private String range(CyclePhase phase) {
        return messages.text("planprocess.calendar.range", day(phase.dates().start()), day(phase.dates().end()));
    }

    private static Map<String, PlanEvent> byId(TimePlan plan) {
        Map<String, PlanEvent> byId = new LinkedHashMap<>();
        plan.events().forEach(e -> byId.put(e.id(), e));
        return byId;
    }

    private static List<Span> spans(TimePlan plan) {
        return plan.phases().stream().map(p -> new Span("phase-" + p.key(), p.dates().start(), p.dates().end()))
                .toList();
    }

    private List<Point> points(TimePlan plan, boolean meetings) {
        return plan.events().stream()
                .filter(e -> meetings == (e.type() == PlanEvent.Type.MEETING))
                .map(e -> new Point(e.id(), e.date(), e.name().in(locale)))
                .toList();
    }

    private String monthName(int month) {
        String name = java.time.Month.of(month).getDisplayName(TextStyle.SHORT_STANDALONE, locale);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    private String day(LocalDate day) {
        return dayFormat.format(day);
    }

    private static String colour(int index) {
        return "pp-colour-" + (index % COLOURS);
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
