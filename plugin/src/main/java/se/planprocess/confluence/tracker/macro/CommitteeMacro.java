package se.planprocess.confluence.tracker.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import se.planprocess.confluence.macro.MacroTemplates;
import se.planprocess.confluence.macro.VelocityModel;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.host.ConfluenceTrackerViewer;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.host.PluginKey;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.tracker.TrackerFilter;
import se.planprocess.confluence.tracker.TrackerMatrix;
import se.planprocess.confluence.tracker.TrackerService;
import se.planprocess.confluence.tracker.TrackerViewer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code planprocess-committee}: on a committee space's home page, the committee's deliverables in the current cycle
 * with status, deadline and what to do next. The committee is the space's own unless the {@code committee}
 * parameter names one (short name or space key); the viewer must be allowed to see it.
 */
public class CommitteeMacro implements Macro {
    private final TrackerService tracker;
    private final CommitteeRepository committees;
    private final ConfluenceAccess access;
    private final Messages messages;
    private final MacroTemplates templates;
    private final PageBuilderService pageBuilder;
    private final ApplicationProperties application;
    private final KindCatalogue kinds;

    public CommitteeMacro(TrackerService tracker, CommitteeRepository committees, ConfluenceAccess access,
                          Messages messages, TemplateRenderer renderer, PageBuilderService pageBuilder,
                          ApplicationProperties application, KindCatalogue kinds) {
        this.tracker = tracker;
        this.committees = committees;
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
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, String> raw = parameters == null ? Map.of() : parameters;
        String named;
        String cycleParameter;
        try {
            TrackerFilter params = TrackerFilter.parse(Map.of(
                    "cycle", raw.getOrDefault("cycle", ""), "committees", raw.getOrDefault("committee", "")), kinds);
            named = params.committees().stream().findFirst().orElse("");
            cycleParameter = params.cycle();
        } catch (TrackerFilter.Refused e) {
            model.put("message", messages.text("planprocess.tracker.error.parameter",
                    "committees".equals(e.parameter()) ? "committee" : e.parameter()));
            return templates.render("templates/tracker/error.vm", model);
        }
        ConfluenceTrackerViewer viewer = new ConfluenceTrackerViewer(access);
        Optional<Committee> committee = named.isEmpty()
                ? Optional.ofNullable(context.getSpaceKey()).flatMap(committees::findBySpaceKey)
                : committees.findAll().stream().filter(c -> named.equals(c.shortName().toUpperCase(Locale.ROOT))
                        || c.spaceKey() != null && named.equals(c.spaceKey().toUpperCase(Locale.ROOT))).findFirst();
        committee = committee.filter(Committee::active).filter(c -> !viewer.visibleCommittees(List.of(c)).isEmpty());
        if (committee.isEmpty()) {
            model.put("message", messages.text("planprocess.committee.none"));
            return templates.render("templates/tracker/empty.vm", model);
        }
        Optional<Cycle> cycle = tracker.cycle(cycleParameter);
        if (cycle.isEmpty()) {
            model.put("message", messages.text("planprocess.tracker.empty.nocycle"));
            return templates.render("templates/tracker/empty.vm", model);
        }
        long committeeId = committee.get().id();
        TrackerMatrix matrix = tracker.matrix(cycle.get(), new TrackerViewer() {
            @Override
            public List<Committee> visibleCommittees(List<Committee> all) {
                return all.stream().filter(c -> c.id() == committeeId).toList();
            }

            @Override
            public List<TrackedDocument> visibleDocuments(List<TrackedDocument> documents) {
                return viewer.visibleDocuments(documents);
            }
        });
        if (matrix.deliverables().isEmpty() || matrix.rows().isEmpty()) {
            model.put("message", messages.text("planprocess.tracker.empty.nodeliverables"));
            return templates.render("templates/tracker/empty.vm", model);
        }
        String contextPath = application.getBaseUrl(UrlMode.RELATIVE);
        TrackerViews views = new TrackerViews(messages, kinds, tracker.templates());
        TrackerView view = views.view(matrix, true,
                pageId -> viewer.pathOf(pageId).map(path -> contextPath + path).orElse(""));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("committee", committee.get().name());
        summary.put("cycle", cycle.get().name().in(messages.locale()));
        summary.put("next", views.nextStep(matrix.rows().get(0)));
        summary.put("cells", VelocityModel.of(view.rows().get(0).cells()));
        model.put("summary", summary);
        model.put("text", Map.of(
                "title", messages.text("planprocess.committee.title"),
                "document", messages.text("planprocess.tracker.document"),
                "state", messages.text("planprocess.tracker.state"),
                "deadline_label", messages.text("planprocess.tracker.deadline.label"),
                "readiness_label", messages.text("planprocess.tracker.readiness.label")));
        pageBuilder.assembler().resources().requireWebResource(PluginKey.module("planprocess-resources"));
        return templates.render("templates/tracker/committee.vm", model);
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
