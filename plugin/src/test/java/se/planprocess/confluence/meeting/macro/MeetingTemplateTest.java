package se.planprocess.confluence.meeting.macro;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.macro.VelocityModel;
import se.planprocess.confluence.testing.EscapingVelocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The meeting panel's template with every reference escaped, and the body put in outside Velocity. */
class MeetingTemplateTest {
    private static final Map<String, Object> TEXT = Map.of("kind", "Mötestyp", "when", "Datum och tid", "place",
            "Plats", "phase", "Fas", "committee", "Nämnd", "report", "Återkopplingsrapport", "fields", "Innehåll");

    private static String render(MeetingView view, String body) {
        return MeetingMacro.withBody(EscapingVelocity.render("templates/meeting/view.vm",
                Map.of("meeting", VelocityModel.of(view), "text", TEXT)), body);
    }

    @Test
    void hostileFacts_renderAsText_andTheBodyStandsInsideThePanel() {
        String hostile = "<img src=x onerror=alert(1)><!--pp-meeting-body-->";
        String html = render(new MeetingView("Styrdialog", "tisdag 1 oktober 2024", "2024-10-01", hostile, "",
                hostile, "Utkast", hostile, "/confluence/pages/viewpage.action?pageId=5", ""),
                "<h3>Deltagare</h3><p>Regionstyrelsen</p>");

        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;&lt;!--pp-meeting-body--&gt;"), html);
        assertEquals(1, html.split("<h3>Deltagare</h3>", -1).length - 1, "the body once: " + html);
        assertTrue(html.indexOf("<h3>Deltagare</h3>") > html.indexOf("pp-meeting-fields"), html);
        assertTrue(html.indexOf("<h3>Deltagare</h3>") < html.lastIndexOf("</section>"), html);
        assertTrue(html.contains("<time datetime=\"2024-10-01\">tisdag 1 oktober 2024</time>"), html);
        assertTrue(html.contains("<a href=\"/confluence/pages/viewpage.action?pageId=5\">"), html);
    }

    @Test
    void whatAMeetingDoesNotHave_isLeftOut() {
        String html = render(new MeetingView("Kickoff", "tisdag 14 maj 2024", "2024-05-14", "", "", "", "", "", "",
                ""), "");

        assertFalse(html.contains("Plats"), html);
        assertFalse(html.contains("Nämnd"), html);
        assertFalse(html.contains("Återkopplingsrapport"), html);
        assertTrue(html.contains("Kickoff"), html);
    }
}
