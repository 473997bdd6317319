package se.planprocess.confluence.report.macro;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.macro.VelocityModel;
import se.planprocess.confluence.view.StatusView;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The status macro's words about the deadline and the reader's line, rendered by Velocity 1.7 from the real template:
 * "1 dag kvar", "sista dagen i dag", nothing once the requirement is met, and one line saying why there are no
 * buttons.
 */
class StatusTemplateTest {
    @Test
    void oneDayLeft_isSingular() {
        assertTrue(render(deadline(1, false), false).contains("(1 dag kvar)"));
    }

    @Test
    void theDeadlineDay_saysTheLastDayIsToday() {
        assertTrue(render(deadline(0, false), false).contains("(sista dagen i dag)"));
    }

    @Test
    void severalDaysLeft_arePlural() {
        assertTrue(render(deadline(12, false), false).contains("(12 dagar kvar)"));
    }

    @Test
    void onceTheRequiredStatusIsReached_noDaysAreCounted() {
        String html = render(deadline(12, true), false);
        assertFalse(html.contains("kvar"), html);
    }

    @Test
    void aReaderWithoutEditPermission_seesWhyThereAreNoButtons() {
        assertTrue(render(deadline(12, false), false).contains("Du kan se statusen men inte ändra den."));
        assertFalse(render(deadline(12, false), true).contains("Du kan se statusen men inte ändra den."));
    }

    private static StatusView.Deadline deadline(long daysLeft, boolean met) {
        return new StatusView.Deadline("Återkopplingsrapport RSAU tillhanda", "16 april 2027", "2027-04-16", daysLeft,
                false, met);
    }

    private static String render(StatusView.Deadline deadline, boolean canEdit) {
        StatusView.Step draft = new StatusView.Step("draft", "Utkast", "", "grey", true, true);
        StatusView view = new StatusView(1, 1, 1, "Rapport", "feedback-report", "Återkopplingsrapport", "Regionplan",
                "", List.of(), "HSN", true, true, draft, List.of(draft), null, null, canEdit, false, deadline, null,
                List.of(), 0, List.of(), 0);
        Map<String, Object> text = new HashMap<>();
        text.put("daysleft", "dagar kvar");
        text.put("dayleft", "1 dag kvar");
        text.put("lastday", "sista dagen i dag");
        text.put("readonly", "Du kan se statusen men inte ändra den.");
        VelocityContext context = new VelocityContext();
        context.put("view", VelocityModel.map(view));
        context.put("text", text);
        context.put("showHistory", false);
        context.put("showReadiness", false);
        context.put("readinessSummary", "");
        context.put("restBase", "/rest");
        Properties config = new Properties();
        config.setProperty("resource.loader", "class");
        config.setProperty("class.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        config.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        VelocityEngine engine = new VelocityEngine(config);
        Template template = engine.getTemplate("templates/status/view.vm", "UTF-8");
        StringWriter out = new StringWriter();
        template.merge(context, out);
        return out.toString();
    }
}
