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

/** {@code planprocess-arshjul}: a cycle as an annual wheel (årshjul): the twelve months around the circle, rings for phases, deadlines and milestones, and meetings, today's hand and a legend; marks close together grouped with their count; the text equivalent below. Rendered on the server; readable without script and in print. */
public class ArshjulMacro extends CalendarMacro {
    private final CalendarViews views;

    public ArshjulMacro(TimePlanService plans, ConfluenceAccess access, Messages messages, TemplateRenderer renderer,
                PageBuilderService pageBuilder, ApplicationProperties application, KindCatalogue kinds) {
        super(plans, access, messages, renderer, pageBuilder, application, kinds);
        this.views = new CalendarViews(messages, kinds);
    }

    @Override
    String nameKey() {
        return "se.planprocess.confluence.planprocess-arshjul.label";
    }

    @Override
    String view(TimePlan plan, String id, LongFunction<String> pageLink, Map<String, Object> model) {
        model.put("view", VelocityModel.map(views.wheel(plan, id, pageLink)));
        return "templates/calendar/arshjul.vm";
    }
}
