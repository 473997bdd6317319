package se.planprocess.confluence.calendar.macro;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import se.planprocess.confluence.calendar.TimePlan;
import se.planprocess.confluence.calendar.TimePlanService;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.macro.VelocityModel;

import java.util.Map;
import java.util.function.LongFunction;

/** {@code planprocess-tidplan}: the detailed time plan of the planning premises' annex as a table generated from the cycle (date, what, who, phase). Rendered on the server; readable without script and in print. */
public class TidplanMacro extends CalendarMacro {
    private final CalendarViews views;

    public TidplanMacro(TimePlanService plans, ConfluenceAccess access, Messages messages, TemplateRenderer renderer,
                PageBuilderService pageBuilder, ApplicationProperties application, KindCatalogue kinds) {
        super(plans, access, messages, renderer, pageBuilder, application, kinds);
        this.views = new CalendarViews(messages, kinds);
    }

    @Override
    String nameKey() {
        return "se.planprocess.confluence.planprocess-tidplan.label";
    }

    @Override
    String view(TimePlan plan, String id, LongFunction<String> pageLink, Map<String, Object> model) {
        model.put("view", VelocityModel.map(views.tidplan(plan, pageLink)));
        return "templates/calendar/tidplan.vm";
    }
}
