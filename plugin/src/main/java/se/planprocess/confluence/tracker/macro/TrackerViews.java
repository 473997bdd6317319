package se.planprocess.confluence.tracker.macro;

import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.DateRange;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.report.Readiness;
import se.planprocess.confluence.tracker.CellState;
import se.planprocess.confluence.tracker.ColumnTotal;
import se.planprocess.confluence.tracker.Deliverable;
import se.planprocess.confluence.tracker.TrackerCell;
import se.planprocess.confluence.tracker.TrackerMatrix;
import se.planprocess.confluence.tracker.TrackerRow;
import se.planprocess.confluence.workflow.Status;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.kind.KindSpecification;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.report.ReportTemplate;
import se.planprocess.confluence.sections.TemplateSet;
import se.planprocess.confluence.tracker.LatestChange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/** Turns a tracker matrix into the text the viewer reads, in the viewer's language. */
public final class TrackerViews {
    /** A status change's comment is listed up to this many characters, then "…". */
    static final int COMMENT_LENGTH = 200;
    /** "2 oktober 2026 14:05": the tracker's day, and the time, in the region's time zone. */
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm")
            .withZone(ProcessCalendar.REGION_ZONE);

    private final Messages messages;
    private final KindCatalogue kinds;
    private final TemplateSet templates;

    /** Views with the kinds' built-in section templates only. */
    public TrackerViews(Messages messages, KindCatalogue kinds) {
        this(messages, kinds, TemplateSet.builtIn(kinds));
    }

    /** Views whose headings and section counts come from {@code templates}, read once for the render. */
    public TrackerViews(Messages messages, KindCatalogue kinds, TemplateSet templates) {
        this.messages = messages;
        this.kinds = kinds;
        this.templates = templates;
    }

    /** The view without the latest status changes. */
    public TrackerView view(TrackerMatrix matrix, boolean listLayout, LongFunction<String> pageLink) {
        return view(matrix, listLayout, 0, pageLink);
    }

    /**
     * @param changes  how many of the latest status changes to list (0 hides the list)
     * @param pageLink the link of a document's page (context path included), or empty when the viewer was not
     *                 given one
     */
    public TrackerView view(TrackerMatrix matrix, boolean listLayout, int changes, LongFunction<String> pageLink) {
        Locale locale = messages.locale();
        List<TrackerView.Column> columns = new ArrayList<>();
        for (Deliverable deliverable : matrix.deliverables()) {
            columns.add(new TrackerView.Column(kinds.require(deliverable.kind()).name().in(locale),
                    requirement(deliverable.finalDeadline(), locale)));
        }
        Texts texts = new Texts(locale);
        List<TrackerView.Row> rows = new ArrayList<>();
        for (TrackerRow row : matrix.rows()) {
            List<TrackerView.Cell> cells = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                cells.add(cell(row.cells().get(i), columns.get(i).name(), pageLink, locale, texts));
            }
            rows.add(new TrackerView.Row(row.committee().name(), row.committee().shortName(), row.isBehind(), cells,
                    rows.size()));
        }
        List<String> totals = new ArrayList<>();
        for (ColumnTotal total : matrix.totals()) {
            String reached = statusName(total.deliverable().finalDeadline(), locale);
            String text = messages.text("planprocess.tracker.total", total.done(), total.rows(), reached);
            if (total.behind() > 0) {
                text += " · " + messages.text("planprocess.tracker.total.behind", total.behind());
            }
            totals.add(text);
        }
        long behind = matrix.committeesBehind();
        String summary = behind == 0 ? messages.text("planprocess.tracker.summary.none")
                : messages.text("planprocess.tracker.summary.behind", behind, matrix.rows().size());
        String today = day(matrix.today(), locale);
        String caption = matrix.phase().isPresent()
                ? messages.text("planprocess.tracker.caption.phase", matrix.cycle().name().in(locale),
                        matrix.phase().get().name().in(locale), today)
                : messages.text("planprocess.tracker.caption", matrix.cycle().name().in(locale), today);
        List<TrackerView.Deadline> next = nextDeadlines(matrix, locale);
        List<TrackerView.Change> latest = matrix.latestChanges(changes).stream()
                .map(c -> change(c, pageLink, locale)).toList();
        // counted here: templates call no methods
        return new TrackerView(caption, summary, messages.text("planprocess.tracker.today", today), listLayout, columns,
                rows, totals, phases(matrix, locale), next, rows.size(), !next.isEmpty(), changes > 0, latest,
                !latest.isEmpty());
    }

    private TrackerView.Change change(LatestChange change, LongFunction<String> pageLink, Locale locale) {
        KindSpecification spec = kinds.require(change.kind());
        String from = spec.workflow().status(change.fromStatus()).map(s -> s.name().in(locale)).orElse(change.fromStatus());
        String to = spec.workflow().status(change.toStatus()).map(s -> s.name().in(locale)).orElse(change.toStatus());
        String step = change.back() ? messages.text("planprocess.tracker.changes.back", from, to)
                : messages.text("planprocess.tracker.changes.forward", from, to);
        String notReady = "";
        if (!change.notReadySections().isEmpty()) {
            Optional<ReportTemplate> template = templates.templateFor(change.kind(),
                    change.document().templateVersion());
            String headings = change.notReadySections().stream()
                    .map(key -> template.flatMap(t -> t.section(key)).map(s -> s.heading().in(locale)).orElse(key))
                    .collect(Collectors.joining("; "));
            notReady = messages.text("planprocess.tracker.changes.notready", change.notReadySections().size(),
                    change.sectionCount(), headings);
        }
        // a page title is never blank in Confluence; an index row without one still gets words for its link
        String title = change.document().title().isBlank() ? spec.name().in(locale) : change.document().title();
        return new TrackerView.Change(AT.withLocale(locale).format(change.at()), change.at().toString(),
                change.committee().name(), title, pageLink.apply(change.document().pageId()),
                step, change.back(), change.by(), notReady, shortened(change.comment()));
    }

    /** At most {@value #COMMENT_LENGTH} characters (whole code points), then "…". */
    static String shortened(String comment) {
        if (comment.codePointCount(0, comment.length()) <= COMMENT_LENGTH) {
            return comment;
        }
        return comment.substring(0, comment.offsetByCodePoints(0, COMMENT_LENGTH)).stripTrailing() + "…";
    }

    private TrackerView.Cell cell(TrackerCell cell, String column, LongFunction<String> pageLink, Locale locale,
                                  Texts texts) {
        String state = cell.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String stateText = texts.text("planprocess.tracker.state." + state);
        String status = "";
        String colour = "";
        String title = "";
        String url = "";
        String readiness = "";
        if (cell.document().isPresent()) {
            TrackedDocument document = cell.document().get();
            Status current = kinds.require(document.kind()).statusOf(document.status());
            status = current.name().in(locale);
            colour = current.colour().name().toLowerCase(Locale.ROOT);
            title = document.title();
            url = pageLink.apply(document.pageId());
            readiness = templates.templateFor(document.kind(), document.templateVersion())
                    .map(template -> new Readiness(template, document.readySections()))
                    .map(r -> texts.text("planprocess.tracker.readiness", r.ready(), r.total())).orElse("");
        }
        String deadline = cell.deadline().map(m -> m.name().in(locale) + ": " + texts.requirement(m)).orElse("");
        List<String> notes = new ArrayList<>();
        if (cell.state().isBehind()) {
            notes.add(texts.count(cell.daysLate(), "planprocess.tracker.late"));
        }
        if (cell.state() == CellState.IN_PROGRESS || cell.state() == CellState.NOT_STARTED) {
            notes.add(cell.daysLeft() == 0 ? texts.text("planprocess.tracker.left.today")
                    : texts.count(cell.daysLeft(), "planprocess.tracker.left"));
        }
        if (cell.daysLateOnArrival() > 0) {
            notes.add(texts.count(cell.daysLateOnArrival(), "planprocess.tracker.arrival"));
        }
        return new TrackerView.Cell(column, state, stateText, status, colour, title, url, readiness, deadline,
                String.join(" · ", notes), cell.state().isBehind(), sortKey(cell));
    }

    /** Severity first (further behind is larger), then days late; days are capped so severity always decides. */
    static long sortKey(TrackerCell cell) {
        int severity = switch (cell.state()) {
            case MISSING -> 5;
            case LATE -> 4;
            case NOT_STARTED -> 3;
            case IN_PROGRESS -> 2;
            case DONE -> 1;
            case NOT_REQUIRED -> 0;
        };
        long days = cell.state() == CellState.DONE ? cell.daysLateOnArrival() : cell.daysLate();
        return severity * 100_000L + Math.max(0, Math.min(days, 99_999L));
    }

    /**
     * What the committee should do next: the first deliverable not done, with the status its deadline requires, e.g.
     * "Nästa: Återkopplingsrapport ska vara Inskickad senast 16 april 2027 (nu Under beredning)".
     */
    public String nextStep(TrackerRow row) {
        Locale locale = messages.locale();
        for (TrackerCell cell : row.cells()) {
            if (cell.state() == CellState.DONE || cell.state() == CellState.NOT_REQUIRED || cell.deadline().isEmpty()) {
                continue;
            }
            Milestone deadline = cell.deadline().get();
            String now = cell.document().map(d -> kinds.require(d.kind()).statusOf(d.status()).name().in(locale)).orElse(messages.text("planprocess.tracker.state.missing").toLowerCase(locale));
            return messages.text("planprocess.committee.next", kinds.require(cell.kind()).name().in(locale),
                    statusName(deadline, locale), day(deadline.date(), locale), now);
        }
        return messages.text("planprocess.committee.alldone");
    }

    private List<TrackerView.Phase> phases(TrackerMatrix matrix, Locale locale) {
        DateRange window = matrix.cycle().window();
        long span = Math.max(1, ChronoUnit.DAYS.between(window.start(), window.end()) + 1);
        List<TrackerView.Phase> phases = new ArrayList<>();
        LocalDate today = matrix.today();
        for (CyclePhase phase : matrix.cycle().phases()) {
            DateRange dates = phase.dates();
            long from = ChronoUnit.DAYS.between(window.start(), dates.start());
            long length = ChronoUnit.DAYS.between(dates.start(), dates.end()) + 1;
            boolean running = !today.isBefore(dates.start()) && !today.isAfter(dates.end());
            boolean chosen = matrix.phase().map(p -> p.key().equals(phase.key())).orElse(false);
            phases.add(new TrackerView.Phase(phase.name().in(locale),
                    messages.text("planprocess.tracker.phase.dates", day(dates.start(), locale), day(dates.end(), locale)),
                    running, (int) (100 * from / span), (int) Math.max(1, 100 * length / span), chosen));
        }
        return phases;
    }

    private List<TrackerView.Deadline> nextDeadlines(TrackerMatrix matrix, Locale locale) {
        List<TrackerView.Deadline> next = new ArrayList<>();
        matrix.cycle().milestones().stream()
                .filter(Milestone::isDeadline)
                .filter(m -> !m.date().isBefore(matrix.today()))
                .sorted(java.util.Comparator.comparing(Milestone::date))
                .limit(5)
                .forEach(m -> {
                    long left = ChronoUnit.DAYS.between(matrix.today(), m.date());
                    next.add(new TrackerView.Deadline(day(m.date(), locale), m.name().in(locale),
                            kinds.require(m.documentKind()).name().in(locale) + ": " + statusName(m, locale),
                            left == 0 ? messages.text("planprocess.tracker.left.today")
                                    : count(left, "planprocess.tracker.left")));
                });
        return next;
    }

    private String requirement(Milestone deadline, Locale locale) {
        return messages.text("planprocess.tracker.requirement", statusName(deadline, locale), day(deadline.date(), locale));
    }

    private String statusName(Milestone deadline, Locale locale) {
        return kinds.require(deadline.documentKind()).workflow().status(deadline.requiredStatus())
                .map(s -> s.name().in(locale)).orElse(deadline.requiredStatus());
    }

    private String count(long n, String key) {
        return n == 1 ? messages.text(key + ".one") : messages.text(key + ".many", n);
    }

    private static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
    }

    /**
     * The words of one view's cells, each text formatted once: the cells of a column share their deadline, state and
     * day counts, so 300 committees need a few dozen texts, not a few thousand.
     */
    private final class Texts {
        private final Locale locale;
        private final Map<List<Object>, String> formatted = new HashMap<>();
        private final Map<Milestone, String> requirements = new HashMap<>();

        Texts(Locale locale) {
            this.locale = locale;
        }

        String text(String key, Serializable... arguments) {
            List<Object> id = new ArrayList<>(arguments.length + 1);
            id.add(key);
            id.addAll(Arrays.asList(arguments));
            return formatted.computeIfAbsent(id, k -> messages.text(key, arguments));
        }

        String count(long n, String key) {
            return n == 1 ? text(key + ".one") : text(key + ".many", n);
        }

        String requirement(Milestone deadline) {
            return requirements.computeIfAbsent(deadline, m -> TrackerViews.this.requirement(m, locale));
        }
    }
}
