package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.render.AutoEscape;
import se.planprocess.devhost.render.VelocityTemplateRenderer;

class VelocityEscapingTest {
    private final VelocityTemplateRenderer target = new VelocityTemplateRenderer(getClass().getClassLoader());

    @Test
    void references_areEscaped_unlessTheirNameEndsWithHtml() throws Exception {
        Map<String, Object> context = new HashMap<>();
        context.put("title", "<b>Rubrik</b>");
        context.put("titleHtml", "<b>Rubrik</b>");
        StringWriter out = new StringWriter();
        target.render("velocity/escaping.vm", context, out);
        assertEquals("&lt;b&gt;Rubrik&lt;/b&gt;|<b>Rubrik</b>", out.toString().trim());
    }

    @Test
    void disableAntiXss_turnsEscapingOff() {
        assertEquals("<i>x</i>", target.renderFragment("#disableAntiXss()$v", Map.of("v", "<i>x</i>")).trim());
    }

    @Test
    void nestedNamesAndMethodCalls_followTheLastSegment() {
        Map<String, Object> row = Map.of("labelHtml", "<i>ok</i>", "label", "<i>no</i>");
        String html = target.renderFragment("$row.labelHtml $row.label $!{row.labelHtml} $body",
                Map.of("row", row, "body", "<p>b</p>"));
        assertEquals("<i>ok</i> &lt;i&gt;no&lt;/i&gt; <i>ok</i> <p>b</p>", html);
        assertTrue(AutoEscape.isHtmlSafe("$item.getDescriptionHtml()"));
        assertTrue(AutoEscape.isHtmlSafe("$!{xHtmlContent}"));
    }
}
