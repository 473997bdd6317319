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
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.host.ConfluenceTrackerViewer;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.host.PluginKey;
import se.planprocess.confluence.host.SpaceCategories;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.tracker.LatestChange;
import se.planprocess.confluence.tracker.TrackerMatrix;
import se.planprocess.confluence.tracker.TrackerService;
import se.planprocess.confluence.tracker.TrackerViewer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
        } catch (TrackerMacroParameters.CommitteesAndCategory e) {
            return error(model, messages.text("planprocess.tracker.error.committeesandcategory"));
        } catch (TrackerMacroParameters.InvalidParameter e) {
            return error(model, switch (e.parameter()) {
                case "spaceCategory" -> messages.text("planprocess.tracker.error.spacecategory");
                case "changes" -> messages.text("planprocess.tracker.error.changes", LatestChange.MAX_LIMIT);
                default -> messages.text("planprocess.tracker.error.parameter", e.parameter());
            });
        }
        Optional<Cycle> cycle = tracker.cycle(params.cycle());
        if (cycle.isEmpty()) {
            model.put("message", params.cycle().isEmpty() ? messages.text("planprocess.tracker.empty.nocycle")
                    : messages.text("planprocess.tracker.error.cycle", params.cycle()));
            return templates.render(params.cycle().isEmpty() ? "templates/tracker/empty.vm" : "templates/tracker/error.vm", model);
        }
        Optional<CyclePhase> phase = Optional.empty();
        if (!params.phase().isEmpty()) {
            phase = cycle.get().phase(params.phase());
            if (phase.isEmpty()) {
                String valid = cycle.get().phases().stream().map(CyclePhase::key).collect(Collectors.joining(", "));
                return error(model, messages.text("planprocess.tracker.error.phase", params.phase(),
                        cycle.get().name().in(messages.locale()), valid));
            }
        }
        ConfluenceTrackerViewer viewer = new ConfluenceTrackerViewer(access);
        Set<String> committees = params.spaceCategories().isEmpty() ? params.committees()
                : categories.spaceKeys(params.spaceCategories());
        boolean byCategory = !params.spaceCategories().isEmpty();
        TrackerMatrix matrix = byCategory && committees.isEmpty()
                ? null
                : tracker.matrix(cycle.get(), chosen(viewer, committees, byCategory), phase).onlyKinds(params.kinds());
        if (matrix == null || matrix.deliverables().isEmpty() || matrix.rows().isEmpty()) {
            String message;
            if (matrix != null && matrix.deliverables().isEmpty()) {
                message = phase.isPresent()
                        ? messages.text("planprocess.tracker.empty.phase", phase.get().name().in(messages.locale()))
                        : messages.text("planprocess.tracker.empty.nodeliverables");
            } else if (byCategory) {
                message = messages.text("planprocess.tracker.empty.category",
                        String.join(", ", params.spaceCategories().stream().sorted().toList()));
            } else {
                message = messages.text("planprocess.tracker.empty.nocommittees");
            }
            model.put("message", message);
            return templates.render("templates/tracker/empty.vm", model);
        }
        String contextPath = application.getBaseUrl(UrlMode.RELATIVE);
        TrackerView view = new TrackerViews(messages, kinds).view(matrix,
                params.layout() == TrackerMacroParameters.Layout.LIST, params.changes(),
                pageId -> viewer.pathOf(pageId).map(path -> contextPath + path).orElse(""));
        model.put("view", VelocityModel.map(view));
        String export = contextPath + "/rest/planprocess/1.0/tracker/export?cycle=" + cycle.get().key();
        model.put("exportXlsx", export);
        model.put("exportCsv", export + "&format=csv");
        pageBuilder.assembler().resources().requireWebResource(PluginKey.module("planprocess-resources"));
        return templates.render("templates/tracker/view.vm", model);
    }

    private String error(Map<String, Object> model, String message) throws MacroExecutionException {
        model.put("message", message);
        return templates.render("templates/tracker/error.vm", model);
    }

    /**
     * The viewer, narrowed to the committees the macro names (by short name or space key) or to those whose space is
     * in a chosen category (by space key only), when it names any.
     */
    private static TrackerViewer chosen(TrackerViewer viewer, Set<String> committees, boolean bySpaceOnly) {
        if (committees.isEmpty()) {
            return viewer;
        }
        return new TrackerViewer() {
            @Override
            public List<Committee> visibleCommittees(List<Committee> all) {
                return viewer.visibleCommittees(all.stream().filter(this::named).toList());
            }

            @Override
            public List<TrackedDocument> visibleDocuments(List<TrackedDocument> documents) {
                return viewer.visibleDocuments(documents);
            }

            private boolean named(Committee committee) {
                return committee.spaceKey() != null
                        && committees.contains(committee.spaceKey().toUpperCase(Locale.ROOT))
                        || !bySpaceOnly && committees.contains(committee.shortName().toUpperCase(Locale.ROOT));
            }
        };
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
