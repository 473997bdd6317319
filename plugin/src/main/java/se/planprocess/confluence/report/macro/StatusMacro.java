package se.planprocess.confluence.report.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.templaterenderer.TemplateRenderer;
import se.planprocess.confluence.macro.MacroTemplates;
import se.planprocess.confluence.macro.VelocityModel;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.host.PluginKey;
import se.planprocess.confluence.view.StatusView;
import se.planprocess.confluence.view.StatusViewService;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Shows a tracked document's status, deadline, lateness, readiness and history. Users who may edit the page get
 * controls (added by script); everyone else, exports and readers without JavaScript get the same facts as text.
 */
public class StatusMacro implements Macro {
    static final String RESOURCES = PluginKey.module("planprocess-resources");
    private static final Set<String> STATIC_OUTPUTS = Set.of("pdf", "word", "email", "feed", "html_export", "diff");

    private final DocumentService documents;
    private final StatusViewService views;
    private final ConfluenceAccess access;
    private final Messages messages;
    private final MacroTemplates templates;
    private final PageBuilderService pageBuilder;

    public StatusMacro(DocumentService documents, StatusViewService views, ConfluenceAccess access,
                       Messages messages, TemplateRenderer renderer, PageBuilderService pageBuilder) {
        this.documents = documents;
        this.views = views;
        this.access = access;
        this.messages = messages;
        this.templates = new MacroTemplates(renderer, messages);
        this.pageBuilder = pageBuilder;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Map<String, Object> model = new HashMap<>();
        model.put("text", texts());
        StatusMacroParameters params;
        try {
            params = StatusMacroParameters.parse(parameters == null ? Map.of() : parameters);
        } catch (IllegalArgumentException e) {
            model.put("message", messages.text("planprocess.status.error.parameter", e.getMessage()));
            return templates.render("templates/status/error.vm", model);
        }
        ContentEntityObject entity = context.getEntity();
        if (!(entity instanceof AbstractPage) || entity.getId() == 0) {
            model.put("message", messages.text("planprocess.status.error.nopage"));
            return templates.render("templates/status/error.vm", model);
        }
        Optional<TrackedDocument> document = documents.byPage(entity.getId())
                .filter(TrackedDocument::isActive);
        if (document.isEmpty()) {
            return templates.render("templates/status/untracked.vm", model);
        }
        boolean interactive = !STATIC_OUTPUTS.contains(String.valueOf(context.getOutputType()).toLowerCase(Locale.ROOT));
        boolean canEdit = interactive && access.canEdit(entity);
        StatusView view = views.view(document.get(), messages.locale(), canEdit, access.currentUserIsProcessOwner());
        model.put("view", VelocityModel.map(view));
        model.put("interactive", interactive);
        model.put("showHistory", params.showHistory());
        model.put("showReadiness", params.showReadiness());
        model.put("readinessSummary", readinessSummary(view));
        model.put("notReadySummary", notReadySummary(view));
        model.put("confirmTitle", view.next() == null ? "" : messages.text("planprocess.status.confirm.title",
                view.next().name()));
        model.put("confirmOk", view.next() == null ? "" : messages.text("planprocess.status.confirm.ok",
                view.next().name()));
        model.put("restBase", "/rest/planprocess/1.0/documents/" + document.get().pageId());
        if (interactive) {
            pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        }
        return templates.render(interactive ? "templates/status/view.vm" : "templates/status/static.vm", model);
    }

    private String readinessSummary(StatusView view) {
        if (view.readiness() == null) {
            return "";
        }
        return messages.text("planprocess.status.readiness.summary", view.readiness().ready(),
                view.readiness().total());
    }

    /** "6 av 7 avsnitt är inte klara inför Inskickad:" when the next step needs a confirmation; else "". */
    private String notReadySummary(StatusView view) {
        if (view.notReadyForNextCount() == 0 || view.readiness() == null || view.next() == null) {
            return "";
        }
        return messages.text("planprocess.status.notready.summary", view.notReadyForNextCount(),
                view.readiness().total(), view.next().name());
    }

    private Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : List.of("title", "late", "deadline", "daysleft", "dayleft", "lastday", "passed", "readiness", "history",
                "history.empty", "history.when", "history.who", "history.what", "history.comment", "forward", "back",
                "comment.label", "comment.help", "comment.submit", "comment.cancel", "section.ready",
                "section.notready", "section.mark.ready", "section.mark.notready", "untracked", "unassigned",
                "steps", "current", "status", "committee", "cycle", "phase", "readonly", "saving", "history.registered",
                "history.title", "history.moved", "history.trashed", "history.restored", "phase.deadline",
                "phase.now", "phase.none", "confirm.question", "confirm.cancel", "history.notready.with",
                "history.notready.of", "history.notready.after")) {
            texts.put(key.replace('.', '_'), messages.text("planprocess.status." + key));
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
