package se.planprocess.confluence.calendar.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import se.planprocess.confluence.calendar.TimePlan;
import se.planprocess.confluence.calendar.TimePlanService;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.host.ConfluenceTrackerViewer;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.host.PluginKey;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.macro.MacroTemplates;
import se.planprocess.confluence.process.Cycle;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;

/**
 * What the three time plan macros share: the parameter ({@link CalendarParameters}), the cycle (the current one when
 * none is named), one call for the viewer's plan, and the states every one of them has: a refused parameter
 * ({@code templates/calendar/error.vm}) and no cycle to show ({@code templates/calendar/empty.vm}). Each macro builds
 * its own view and renders its one view template.
 */
abstract class CalendarMacro implements Macro {
    private final TimePlanService plans;
    private final ConfluenceAccess access;
    final Messages messages;
    private final MacroTemplates templates;
    private final PageBuilderService pageBuilder;
    private final ApplicationProperties application;
    final KindCatalogue kinds;

    CalendarMacro(TimePlanService plans, ConfluenceAccess access, Messages messages, TemplateRenderer renderer,
                  PageBuilderService pageBuilder, ApplicationProperties application, KindCatalogue kinds) {
        this.plans = plans;
        this.access = access;
        this.messages = messages;
        this.templates = new MacroTemplates(renderer, messages);
        this.pageBuilder = pageBuilder;
        this.application = application;
        this.kinds = kinds;
    }

    /** The macro's name in the viewer's language, for its messages. */
    abstract String nameKey();

    /** The view of the plan and the template that renders it, into {@code model}. */
    abstract String view(TimePlan plan, String id, LongFunction<String> pageLink, Map<String, Object> model);

    @Override
    public final String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Map<String, Object> model = new LinkedHashMap<>();
        String name = messages.text(nameKey());
        CalendarParameters params;
        try {
            params = CalendarParameters.parse(parameters);
        } catch (CalendarParameters.Refused e) {
            model.put("message", messages.text(e.messageKey(), e.arguments(name)));
            return templates.render("templates/calendar/error.vm", model);
        }
        Optional<Cycle> cycle = plans.cycle(params.cycle());
        if (cycle.isEmpty()) {
            if (params.cycle().isEmpty()) {
                model.put("message", messages.text("planprocess.calendar.empty.nocycle"));
                return templates.render("templates/calendar/empty.vm", model);
            }
            CalendarParameters.Refused refused = params.unknown();
            model.put("message", messages.text(refused.messageKey(), refused.arguments(name)));
            return templates.render("templates/calendar/error.vm", model);
        }
        ConfluenceTrackerViewer viewer = new ConfluenceTrackerViewer(access);
        TimePlan plan = plans.plan(cycle.get(), viewer);
        String contextPath = application.getBaseUrl(UrlMode.RELATIVE);
        // element ids unique on a page that holds the macro more than once
        String id = "pp-cal-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
        String template = view(plan, id, pageId -> viewer.pathOf(pageId).map(p -> contextPath + p).orElse(""),
                model);
        pageBuilder.assembler().resources().requireWebResource(PluginKey.module("planprocess-calendar-resources"));
        return templates.render(template, model);
    }

    @Override
    public final BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public final OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
