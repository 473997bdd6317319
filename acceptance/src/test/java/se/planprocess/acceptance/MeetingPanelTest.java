package se.planprocess.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The meeting panel (planprocess-meeting) in Chromium: a styrdialog written in the editor shows its header and its six
 * fields in one panel, a hostile place as text, the committee's report line; the same page for an English reader; no
 * serious axe violation.
 */
class MeetingPanelTest {
    private static final String HOSTILE_PLACE = "Sal A <img src=x onerror=\"window.__pwned=7\"><b id=\"injected-m\">fet</b>";

    @BeforeAll
    static void browser() {
        Browser.assumeAvailable();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String field(String heading, String text) {
        return "<h3>" + heading + "</h3><p>" + text + "</p>";
    }

    @Test
    void aStyrdialog_showsItsHeaderAndSixFields_asText_inSwedishAndEnglish() {
        String title = "Styrdialog HSN " + System.nanoTime();
        String storage = "<ac:structured-macro ac:name=\"planprocess-meeting\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"kind\">styrdialog</ac:parameter>"
                + "<ac:parameter ac:name=\"date\">2026-10-01</ac:parameter>"
                + "<ac:parameter ac:name=\"start\">09:00</ac:parameter>"
                + "<ac:parameter ac:name=\"end\">10:30</ac:parameter>"
                + "<ac:parameter ac:name=\"place\">" + escaped(HOSTILE_PLACE) + "</ac:parameter>"
                + "<ac:parameter ac:name=\"committee\">HSN</ac:parameter>"
                + "<ac:rich-text-body>"
                + field("Deltagare", "Regionstyrelsen samt nämndens presidium och förvaltningschef.")
                + field("Syfte", "Att föra dialog mellan regionstyrelsen och nämnden.")
                + field("Underlag", "Nämndens återkopplingsrapport.")
                + field("Mål", "Säkra informationsöverföring inför fortsatt processarbete.")
                + field("Dokumentation av möte", "Mötesprotokoll.")
                + field("Fortsatt arbete", "Styrdialogen ger inspel till slutlig beredning av regionplanen.")
                + "</ac:rich-text-body></ac:structured-macro>";
        String path = "/display/HSN/" + URLEncoder.encode(title, StandardCharsets.UTF_8);
        try (Session secretary = Session.loginAs("sekreterare.hsn")) {
            secretary.open("/pages/createpage.action?spaceKey=HSN");
            secretary.find("#content-title").sendKeys(title);
            secretary.script("arguments[0].value = arguments[1];", secretary.find("#wysiwygTextarea"), storage);
            secretary.saveEditor();
            assertEquals(title, secretary.text("#title-text"));

            String header = secretary.text(".pp-meeting-header");
            assertTrue(header.contains("Styrdialog"), header);
            assertTrue(header.contains("torsdag 1 oktober 2026, 09:00–10:30"), header);
            assertTrue(header.contains("Hälso- och sjukvårdsnämnden"), header);
            assertTrue(header.contains(HOSTILE_PLACE), header);
            assertTrue(header.contains("Återkopplingsrapport Regionplan 2027–2030 – Hälso- och sjukvårdsnämnden"),
                    "the report of the cycle whose window holds the meeting's day: " + header);
            assertFalse(secretary.all(".pp-meeting-header a").isEmpty(), "the report is linked");
            assertTrue(secretary.all("#injected-m").isEmpty(), "the place is text, not markup");
            assertEquals(null, secretary.script("return window.__pwned;"));
            assertEquals(6, secretary.all(".pp-meeting .pp-meeting-fields h3").size());
            assertFalse(secretary.all(".conf-macro-error").stream().findAny().isPresent());
            Axe.assertNoSeriousViolations(secretary.driver(), "A meeting page with the meeting panel");
            Browser.screenshot(secretary.driver(), "50-mote");
        }
        try (Session reader = Session.loginAs("lasare")) {
            reader.open(path);
            String header = reader.text(".pp-meeting-header");
            assertTrue(header.contains("Kind of meeting") && header.contains("Steering dialogue"), header);
            assertTrue(header.contains("Thursday 1 October 2026"), header);
            Axe.assertNoSeriousViolations(reader.driver(), "The meeting panel for an English reader");
        }
    }
}
