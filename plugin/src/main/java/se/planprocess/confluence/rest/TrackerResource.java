package se.planprocess.confluence.rest;

import com.atlassian.confluence.labels.LabelManager;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.host.ConfluenceTrackerViewer;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.host.SpaceCategories;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.report.Readiness;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.tracker.ColumnTotal;
import se.planprocess.confluence.tracker.Deliverable;
import se.planprocess.confluence.tracker.LatestChange;
import se.planprocess.confluence.tracker.TrackerCell;
import se.planprocess.confluence.tracker.TrackerFilter;
import se.planprocess.confluence.tracker.TrackerMatrix;
import se.planprocess.confluence.tracker.TrackerRow;
import se.planprocess.confluence.tracker.TrackerService;
import se.planprocess.confluence.workflow.Status;
import se.planprocess.confluence.workflow.Workflow;
import se.planprocess.confluence.kind.KindCatalogue;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import se.planprocess.confluence.export.CsvExportWriter;
import se.planprocess.confluence.export.ExportTable;
import se.planprocess.confluence.export.TrackerExport;
import se.planprocess.confluence.export.XlsxExportWriter;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.sections.TemplateSet;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tracker of a cycle as JSON, for dashboards and for people who pull figures into their own reports: a row per
 * committee the user may see, a cell per deliverable, and the latest status changes of the documents it shows.
 * Logged-in users; what the user may not see is not there.
 */
@Path("/tracker")
@Produces(MediaType.APPLICATION_JSON)
public class TrackerResource {
    private final TrackerService tracker;
    private final ConfluenceAccess access;
    private final Messages messages;
    private final KindCatalogue kinds;
    private final SpaceCategories categories;

    @Inject
    public TrackerResource(TrackerService tracker, ConfluenceAccess access, Messages messages, KindCatalogue kinds,
                           LabelManager labels) {
        this.tracker = tracker;
        this.access = access;
        this.messages = messages;
        this.kinds = kinds;
        this.categories = new SpaceCategories(labels);
    }

    /**
     * The tracker macro's filter, under the same names and with the same checks ({@link TrackerFilter}): {@code cycle}
     * (a cycle's key or id; without it the current cycle), {@code kinds}, {@code committees} or {@code spaceCategory},
     * {@code phase}. {@code changes}: how many of the latest status changes {@code latestChanges} lists (0 to
     * {@value LatestChange#MAX_LIMIT}, default {@value LatestChange#DEFAULT_LIMIT}). Everything is checked before
     * anything is read; a refusal is a 400 naming the parameter, in the user's language.
     */
    @GET
    public Response matrix(@QueryParam("changes") String changes, @Context UriInfo uri) {
        TrackerFilter filter = filter(uri);
        int latest = LatestChange.limit("changes", changes);
        Cycle cycle = tracker.cycle(filter);
        ConfluenceTrackerViewer viewer = new ConfluenceTrackerViewer(access);
        return Responses.ok(json(tracker.matrix(cycle, viewer, filter, categories), viewer, messages.locale(), latest));
    }

    /**
     * The same matrix as a spreadsheet for ekonomistaben: one row per committee and deliverable the user may see, for
     * the same query parameters as the JSON. {@code format}: {@code xlsx} (default) or {@code csv} (UTF-8 with BOM,
     * {@code ;}, formula-like text neutralised). The file is named after the cycle, and the phase when one is chosen.
     */
    @GET
    @Path("/export")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("format") String format, @Context UriInfo uri) {
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && format != null && !format.isBlank() && !"xlsx".equalsIgnoreCase(format)) {
            throw new DocumentException(Problem.INVALID_INPUT, "format");
        }
        TrackerFilter filter = filter(uri);
        Cycle cycle = tracker.cycle(filter);
        ConfluenceTrackerViewer viewer = new ConfluenceTrackerViewer(access);
        TrackerMatrix matrix = tracker.matrix(cycle, viewer, filter, categories);
        Locale locale = messages.locale();
        String base = confluenceBase(uri);
        TemplateSet templates = tracker.templates();
        List<TrackerExport.Row> rows = new ArrayList<>();
        for (TrackerRow row : matrix.rows()) {
            for (TrackerCell cell : row.cells()) {
                if (cell.state() == se.planprocess.confluence.tracker.CellState.NOT_REQUIRED) {
                    continue;
                }
                Optional<TrackedDocument> document = cell.document();
                Integer daysLate = cell.daysLate() > 0 ? Integer.valueOf((int) cell.daysLate())
                        : cell.daysLateOnArrival() > 0 ? Integer.valueOf((int) cell.daysLateOnArrival()) : null;
                rows.add(new TrackerExport.Row(row.committee().name(), kinds.require(cell.kind()).name().in(locale),
                        document.map(TrackedDocument::title).orElse(null),
                        document.map(d -> status(d, locale)).orElse(messages.text(
                                "planprocess.tracker.state." + cell.state().name().toLowerCase(Locale.ROOT)
                                        .replace('_', '-'))),
                        document.flatMap(d -> readiness(d, templates)).map(r -> messages.text(
                                "planprocess.tracker.readiness", r.ready(), r.total())).orElse(null),
                        cell.deadline().map(Milestone::date).orElse(null), daysLate,
                        cell.reachedAt().map(i -> i.atZone(ProcessCalendar.REGION_ZONE).toLocalDate()).orElse(null),
                        document.map(d -> LocalDateTime.ofInstant(d.updatedAt(), ProcessCalendar.REGION_ZONE))
                                .orElse(null),
                        document.flatMap(d -> viewer.pathOf(d.pageId())).map(path -> URI.create(base + path))
                                .orElse(null)));
            }
        }
        ExportTable table = TrackerExport.table(messages.text("planprocess.tracker.title"),
                col -> messages.text(col.i18nKey("planprocess")), rows);
        String name = "processoversikt-" + cycle.key().replaceAll("[^A-Za-z0-9-]", "")
                + matrix.phase().map(p -> "-" + p.key().replaceAll("[^A-Za-z0-9-]", "")).filter(p -> p.length() > 1)
                        .orElse("")
                + (csv ? ".csv" : ".xlsx");
        StreamingOutput body = out -> {
            if (csv) {
                new CsvExportWriter().write(table, out);
            } else {
                new XlsxExportWriter().write(table, out);
            }
        };
        return Response.ok(body, csv ? "text/csv;charset=UTF-8"
                        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /**
     * The filter from the query, by the macro's parameter names; a parameter given more than once counts as its values
     * joined by commas (so a repeated {@code cycle} or {@code phase} is refused, a repeated list adds up).
     */
    private TrackerFilter filter(UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        Map<String, String> raw = new HashMap<>();
        for (String name : TrackerFilter.PARAMETERS) {
            List<String> values = query.get(name);
            if (values != null && !values.isEmpty()) {
                raw.put(name, String.join(",", values));
            }
        }
        return TrackerFilter.parse(raw, kinds);
    }

    /** Confluence's base URL as this request reached it: the REST base without {@code /rest/planprocess/1.0/}. */
    private static String confluenceBase(UriInfo uri) {
        String rest = uri.getBaseUri().toString();
        int at = rest.indexOf("/rest/");
        return at < 0 ? rest : rest.substring(0, at);
    }

    private String status(TrackedDocument document, Locale locale) {
        return kinds.require(document.kind()).statusOf(document.status()).name().in(locale);
    }

    /** The document's sections ready, by its kind's template; empty for a kind without sections. */
    private static Optional<Readiness> readiness(TrackedDocument document, TemplateSet templates) {
        return templates.templateFor(document.kind(), document.templateVersion())
                .map(template -> new Readiness(template, document.readySections()));
    }

    Map<String, Object> json(TrackerMatrix matrix, ConfluenceTrackerViewer viewer, Locale locale, int latestChanges) {
        Map<String, Object> body = new LinkedHashMap<>();
        TemplateSet templates = tracker.templates();
        Map<String, Object> cycle = new LinkedHashMap<>();
        cycle.put("id", matrix.cycle().id());
        cycle.put("key", matrix.cycle().key());
        cycle.put("name", matrix.cycle().name().in(locale));
        body.put("cycle", cycle);
        body.put("today", matrix.today().toString());
        List<Map<String, Object>> deliverables = new ArrayList<>();
        for (Deliverable deliverable : matrix.deliverables()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("kind", deliverable.kind().key());
            d.put("name", kinds.require(deliverable.kind()).name().in(locale));
            List<Map<String, Object>> deadlines = new ArrayList<>();
            deliverable.deadlines().forEach(m -> deadlines.add(deadline(m, locale)));
            d.put("deadlines", deadlines);
            deliverables.add(d);
        }
        body.put("deliverables", deliverables);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TrackerRow row : matrix.rows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            Map<String, Object> committee = new LinkedHashMap<>();
            committee.put("id", row.committee().id());
            committee.put("name", row.committee().name());
            committee.put("shortName", row.committee().shortName());
            committee.put("spaceKey", row.committee().spaceKey());
            r.put("committee", committee);
            List<Map<String, Object>> cells = new ArrayList<>();
            row.cells().forEach(c -> cells.add(cell(c, viewer, locale, templates)));
            r.put("cells", cells);
            rows.add(r);
        }
        body.put("rows", rows);
        List<Map<String, Object>> totals = new ArrayList<>();
        for (ColumnTotal total : matrix.totals()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("kind", total.deliverable().kind().key());
            t.put("done", total.done());
            t.put("behind", total.behind());
            t.put("rows", total.rows());
            totals.add(t);
        }
        body.put("totals", totals);
        body.put("committeesBehind", matrix.committeesBehind());
        List<Map<String, Object>> changes = new ArrayList<>();
        matrix.latestChanges(latestChanges).forEach(c -> changes.add(change(c, viewer, locale)));
        body.put("latestChanges", changes);
        return body;
    }

    /** A status change: statuses as key and name, {@code by} and {@code comment} null when the history has none. */
    private Map<String, Object> change(LatestChange change, ConfluenceTrackerViewer viewer, Locale locale) {
        Workflow workflow = kinds.require(change.kind()).workflow();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("at", change.at().toString());
        Map<String, Object> committee = new LinkedHashMap<>();
        committee.put("id", change.committee().id());
        committee.put("name", change.committee().name());
        committee.put("shortName", change.committee().shortName());
        c.put("committee", committee);
        c.put("kind", change.kind().key());
        c.put("title", change.document().title());
        c.put("pageId", change.document().pageId());
        c.put("url", viewer.pathOf(change.document().pageId()).orElse(null));
        for (String side : List.of("from", "to")) {
            String key = side.equals("from") ? change.fromStatus() : change.toStatus();
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("key", key);
            status.put("name", workflow.status(key).map(st -> st.name().in(locale)).orElse(key));
            c.put(side, status);
        }
        c.put("back", change.back());
        c.put("by", change.by().isEmpty() ? null : change.by());
        c.put("comment", change.comment().isEmpty() ? null : change.comment());
        c.put("notReadySections", change.notReadySections());
        c.put("sectionCount", change.sectionCount());
        return c;
    }

    private Map<String, Object> cell(TrackerCell cell, ConfluenceTrackerViewer viewer, Locale locale,
                                     TemplateSet templates) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("kind", cell.kind().key());
        c.put("state", cell.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        c.put("deadline", cell.deadline().map(m -> deadline(m, locale)).orElse(null));
        c.put("daysLate", cell.daysLate());
        c.put("daysLateOnArrival", cell.daysLateOnArrival());
        c.put("daysLeft", cell.daysLeft());
        c.put("reachedAt", cell.reachedAt().map(Object::toString).orElse(null));
        if (cell.document().isPresent()) {
            TrackedDocument document = cell.document().get();
            Status status = kinds.require(document.kind()).statusOf(document.status());
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("key", status.key());
            s.put("name", status.name().in(locale));
            s.put("colour", status.colour().name().toLowerCase(Locale.ROOT));
            c.put("status", s);
            c.put("title", document.title());
            c.put("pageId", document.pageId());
            c.put("url", viewer.pathOf(document.pageId()).orElse(null));
            readiness(document, templates).ifPresent(r -> {
                Map<String, Object> readiness = new LinkedHashMap<>();
                readiness.put("ready", r.ready());
                readiness.put("total", r.total());
                c.put("readiness", readiness);
            });
        }
        return c;
    }

    private Map<String, Object> deadline(Milestone milestone, Locale locale) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("key", milestone.key());
        d.put("name", milestone.name().in(locale));
        d.put("date", milestone.date().toString());
        d.put("requiredStatus", milestone.requiredStatus());
        Workflow workflow = kinds.require(milestone.documentKind()).workflow();
        d.put("requiredStatusName", workflow.status(milestone.requiredStatus()).map(s -> s.name().in(locale))
                .orElse(milestone.requiredStatus()));
        return d;
    }
}
