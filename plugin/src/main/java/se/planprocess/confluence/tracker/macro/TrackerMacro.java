package se.planprocess.confluence.tracker.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import se.planprocess.confluence.macro.MacroTemplates;
import se.planprocess.confluence.macro.VelocityModel;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.host.ConfluenceTrackerViewer;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.host.PluginKey;
import se.planprocess.confluence.host.SpaceCategories;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.tracker.TrackerFilter;
import se.planprocess.confluence.tracker.TrackerMatrix;
import se.planprocess.confluence.tracker.TrackerService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code planprocess-tracker}: where every committee stands in a cycle, as a table rendered on the server (caption,
 * header cells; prints, exports, works without script), with the phase bar above, and the next deadlines and the
 * latest status changes below. Only what the viewer may see is there, and the totals count only that.
 */
public class TrackerMacro implements Macro {
    private final TrackerService tracker;
    private final ConfluenceAccess access;
    private final Messages messages;
    private final MacroTemplates templates;
    private final PageBuilderService pageBuilder;
    private final ApplicationProperties application;
    private final KindCatalogue kinds;
    private final SpaceCategories categories;

    public TrackerMacro(TrackerService tracker, ConfluenceAccess access, Messages messages, TemplateRenderer renderer,
                        PageBuilderService pageBuilder, ApplicationProperties application,
                        KindCatalogue kinds, LabelManager labels) {
        this.tracker = tracker;
        this.access = access;
        this.messages = messages;
        this.templates = new MacroTemplates(renderer, messages);
        this.pageBuilder = pageBuilder;
        this.application = application;
        this.kinds = kinds;
        this.categories = new SpaceCategories(labels);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("text", texts());
        TrackerMacroParameters params;
        try {
            params = TrackerMacroParameters.parse(parameters == null ? Map.of() : parameters, kinds);
        } catch (TrackerFilter.Refused e) {
            return error(model, e);
        }
        TrackerFilter filter = params.filter();
        ConfluenceTrackerViewer viewer = new ConfluenceTrackerViewer(access);
        Cycle cycle;
        TrackerMatrix matrix;
        try {
            cycle = tracker.cycle(filter);
            matrix = tracker.matrix(cycle, viewer, filter, categories);
        } catch (TrackerFilter.UnknownCycle e) {
            if (e.noneNamed()) {
                model.put("message", messages.text(e.messageKey(), e.messageArguments(messages.locale())));
                return templates.render("templates/tracker/empty.vm", model);
            }
            return error(model, e);
        } catch (TrackerFilter.Refused e) {
            return error(model, e);
        }
        Optional<CyclePhase> phase = matrix.phase();
        if (matrix.deliverables().isEmpty() || matrix.rows().isEmpty()) {
            String message;
            if (matrix.deliverables().isEmpty()) {
                message = phase.isPresent()
                        ? messages.text("planprocess.tracker.empty.phase", phase.get().name().in(messages.locale()))
                        : messages.text("planprocess.tracker.empty.nodeliverables");
            } else if (filter.byCategory()) {
                message = messages.text("planprocess.tracker.empty.category",
                        String.join(", ", filter.spaceCategories().stream().sorted().toList()));
            } else {
                message = messages.text("planprocess.tracker.empty.nocommittees");
            }
            model.put("message", message);
            return templates.render("templates/tracker/empty.vm", model);
        }
        String contextPath = application.getBaseUrl(UrlMode.RELATIVE);
        TrackerView view = new TrackerViews(messages, kinds, tracker.templates()).view(matrix,
                params.layout() == TrackerMacroParameters.Layout.LIST, params.changes(),
                pageId -> viewer.pathOf(pageId).map(path -> contextPath + path).orElse(""));
        model.put("view", VelocityModel.map(view));
        String export = contextPath + "/rest/planprocess/1.0/tracker/export?" + exportQuery(cycle, filter, phase);
        model.put("exportXlsx", export);
        model.put("exportCsv", export + "&format=csv");
        // the process owner's way to the process calendar (administration page); nobody else sees the link
        model.put("showAdmin", access.currentUserIsProcessOwner());
        model.put("adminUrl", contextPath + "/plugins/servlet/planprocess/admin");
        model.put("adminText", messages.text("planprocess.admin.link"));
        pageBuilder.assembler().resources().requireWebResource(PluginKey.module("planprocess-resources"));
        return templates.render("templates/tracker/view.vm", model);
    }

    private String error(Map<String, Object> model, TrackerFilter.Refused refused) throws MacroExecutionException {
        model.put("message", messages.text(refused.messageKey(), refused.messageArguments(messages.locale())));
        return templates.render("templates/tracker/error.vm", model);
    }

    /**
     * The export's query for what this macro shows: the cycle it resolved (the current one when it names none) and
     * its filter as the REST API reads it back, so the spreadsheet holds the rows of the table.
     */
    static String exportQuery(Cycle cycle, TrackerFilter filter, Optional<CyclePhase> phase) {
        StringBuilder query = new StringBuilder("cycle=").append(encode(cycle.key()));
        append(query, "kinds", filter.kinds().stream().map(DocumentKind::key).sorted().toList());
        append(query, "committees", filter.committees().stream().sorted().toList());
        append(query, "spaceCategory", filter.spaceCategories().stream().sorted().toList());
        phase.ifPresent(p -> append(query, "phase", List.of(p.key())));
        return query.toString();
    }

    private static void append(StringBuilder query, String name, List<String> values) {
        if (!values.isEmpty()) {
            query.append('&').append(name).append('=').append(encode(String.join(",", values)));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : List.of("title", "committee", "phases", "phase.running", "next", "next.none", "totals",
                "readiness.label", "deadline.label", "document", "state", "bar", "export", "export.xlsx", "export.csv",
                "phase.chosen", "changes", "changes.none", "changes.comment")) {
            texts.put(key.replace('.', '_'), messages.text("planprocess.tracker." + key));
        }
        return texts;
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
