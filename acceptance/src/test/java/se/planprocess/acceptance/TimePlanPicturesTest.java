package se.planprocess.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo page "Tidplan" in Chromium: this year's process as a timeline and an annual wheel (inline SVG images
 * named by their title and description, each with its text equivalent in date order) and as the detailed time plan's
 * table; the seeds' 2024 and 2021 calendars as cycles of their own; the committees' steering dialogues as meetings,
 * Krisledningsnämnden's only for those who may see its space; a hostile milestone name as text in the picture, the
 * list and the table; no serious axe violation.
 */
class TimePlanPicturesTest {
    private static final String PAGE = "/display/EKONOMI/Tidplan";
    private static final String HOSTILE = "Möte <img src=x onerror=\"window.__pwned=5\"><b id=\"injected-tl\">fet</b> &";
    private static final int YEAR = Instant.parse(Devhost.CLOCK).atZone(ZoneOffset.UTC).getYear();

    @BeforeAll
    static void browser() {
        Browser.assumeAvailable();
    }

    @Test
    void financeStaff_seeTheYearsTimeline_withItsTextEquivalentInDateOrder_andTheSteeringDialogues() {
        try (Session finance = Session.loginAs("ekonomi")) {
            finance.open(PAGE);
            WebElement timeline = finance.all(".pp-timeline").get(0);
            WebElement svg = timeline.findElement(By.cssSelector("svg[role=img]"));
            String[] labels = svg.getAttribute("aria-labelledby").split(" ");
            assertEquals("Tidslinje för Regionplan " + (YEAR + 1) + "–" + (YEAR + 4),
                    finance.driver().findElement(By.id(labels[0])).getAttribute("textContent"));
            assertTrue(finance.driver().findElement(By.id(labels[1])).getAttribute("textContent")
                    .contains("Samma innehåll finns som lista under bilden"));
            assertTrue(svg.findElements(By.cssSelector(".pp-timeline__bar")).size() >= 6, "a bar per phase");
            assertEquals(1, svg.findElements(By.cssSelector(".pp-timeline__today line")).size(), "today's line");

            List<WebElement> items = timeline.findElements(By.cssSelector("ol.pp-calendar__list > li"));
            List<String> days = items.stream().map(li -> li.findElement(By.tagName("time")).getAttribute("datetime"))
                    .toList();
            assertEquals(days.stream().sorted().toList(), days, "the text equivalent is in date order");
            String list = timeline.findElement(By.cssSelector("ol.pp-calendar__list")).getText();
            assertTrue(list.contains("14 maj " + YEAR + " · Milstolpe: Kickoff"), list);
            assertTrue(list.contains("26 september " + YEAR + " · Deadline: Återkopplingsrapport RSAU tillhanda"),
                    list);
            assertTrue(list.contains("1 oktober " + YEAR + " · Möte: Styrdialog HSN " + YEAR), list);
            assertTrue(list.contains("Styrdialog KRIS " + YEAR), "ekonomistaben may see Krisledningsnämnden's space");
            assertTrue(list.contains("23 november " + YEAR + " · Dagens datum: I dag"), list);
            // the eight dialogues of 1 October are one grouped mark with their count
            WebElement meetings = svg.findElement(By.cssSelector(".pp-timeline__meetings .pp-mark--group"));
            assertEquals("8", meetings.findElement(By.cssSelector(".pp-mark__count")).getAttribute("textContent"));

            finance.script("arguments[0].scrollIntoView()", timeline);
            Browser.screenshot(finance.driver(), "40-tidslinje");
            finance.script("arguments[0].scrollIntoView()", finance.find(".pp-arshjul"));
            Browser.screenshot(finance.driver(), "41-arshjul");
            finance.script("arguments[0].scrollIntoView()", finance.find(".pp-tidplan"));
            Browser.screenshot(finance.driver(), "42-tidplan");
            Axe.assertNoSeriousViolations(finance.driver(), "The time plan page");
        }
    }

    @Test
    void inPrint_thePicturesAndTheirTextEquivalentsAreThere() throws IOException {
        try (Session finance = Session.loginAs("ekonomi")) {
            finance.open(PAGE);
            ((org.openqa.selenium.chromium.ChromiumDriver) finance.driver()).executeCdpCommand(
                    "Emulation.setEmulatedMedia", Map.of("media", "print"));
            WebElement timeline = finance.all(".pp-timeline").get(0);
            assertTrue(timeline.findElement(By.cssSelector("svg[role=img]")).isDisplayed());
            WebElement list = timeline.findElement(By.cssSelector("ol.pp-calendar__list"));
            assertTrue(list.isDisplayed(), "the text equivalent prints");
            assertEquals("avoid", finance.script("return getComputedStyle(arguments[0]).breakInside;",
                    timeline.findElement(By.cssSelector(".pp-calendar__picture"))), "a picture is not cut in two");
            assertTrue(finance.find(".pp-tidplan table").isDisplayed());
            org.openqa.selenium.Pdf pdf = ((org.openqa.selenium.PrintsPage) finance.driver())
                    .print(new org.openqa.selenium.print.PrintOptions());
            java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("planprocess.screenshots",
                    "target/screenshots"));
            java.nio.file.Files.createDirectories(dir);
            byte[] bytes = java.util.Base64.getDecoder().decode(pdf.getContent());
            java.nio.file.Files.write(dir.resolve("44-tidplan-utskrift.pdf"), bytes);
            assertTrue(bytes.length > 10_000, "a printed page of some size: " + bytes.length);
        }
    }

    @Test
    void theWheel_andTheTable_showTheSameYear() {
        try (Session finance = Session.loginAs("ekonomi")) {
            finance.open(PAGE);
            WebElement wheel = finance.find(".pp-arshjul");
            WebElement svg = wheel.findElement(By.cssSelector("svg[role=img]"));
            assertEquals(12, svg.findElements(By.cssSelector(".pp-arshjul__month-label")).size());
            assertTrue(svg.findElements(By.cssSelector(".pp-arshjul__phase")).size() >= 6);
            assertEquals(1, svg.findElements(By.cssSelector(".pp-arshjul__today line")).size());
            assertTrue(wheel.findElement(By.cssSelector(".pp-arshjul__legend")).getText().contains("Milstolpe"));

            WebElement table = finance.find(".pp-tidplan table");
            assertEquals("Detaljerad tidplan för Regionplan " + (YEAR + 1) + "–" + (YEAR + 4),
                    table.findElement(By.tagName("caption")).getText());
            assertEquals(List.of("Datum", "Vad", "Vem", "Fas"), table.findElements(By.cssSelector("thead th[scope=col]"))
                    .stream().map(WebElement::getText).toList());
            List<String> rows = table.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText)
                    .toList();
            assertTrue(rows.get(0).startsWith("14 maj " + YEAR + " Kickoff"), rows.get(0));
            assertTrue(rows.stream().anyMatch(r -> r.contains("Styrdialog TAND " + YEAR)
                    && r.contains("Tandvårdsnämnden")), rows.toString());

            List<String> headings = finance.all("h2").stream().map(WebElement::getText).toList();
            assertTrue(headings.contains("Kalendern 2024 (Regionplan 2025)"), headings.toString());
            assertTrue(headings.contains("Tidplanen 2021 (Regionplan 2022)"), headings.toString());
            String all = finance.text("#main-content");
            assertTrue(all.contains("1 oktober 2024 · Milstolpe: Styrdialoger"), "the 2024 calendar of seed 000");
            assertTrue(all.contains("10 februari 2021 · Milstolpe: Kickoff"), "the 2021 time plan of seed 002");
            assertTrue(all.contains("16 april 2021"), "committees 16 April 2021");
            assertFalse(all.contains("finns inte"), "every cycle the page names exists");
        }
    }

    @Test
    void aReaderOfTheCommittees_seesNoMeetingOfASpaceTheyMayNotSee_inEnglish() {
        try (Session reader = Session.loginAs("lasare")) {
            reader.open(PAGE);
            WebElement timeline = reader.all(".pp-timeline").get(0);
            String list = timeline.findElement(By.cssSelector("ol.pp-calendar__list")).getText();
            assertTrue(list.contains("Meeting: Styrdialog HSN " + YEAR), list);
            assertFalse(list.contains("KRIS"), list);
            WebElement group = timeline.findElement(By.cssSelector(".pp-timeline__meetings .pp-mark--group"));
            assertEquals("7", group.findElement(By.cssSelector(".pp-mark__count")).getAttribute("textContent"),
                    "Krisledningsnämnden's dialogue is not counted either");
            assertTrue(timeline.getText().contains("Timeline of"), timeline.getText());
            Axe.assertNoSeriousViolations(reader.driver(), "The time plan page in English");
        }
    }

    @Test
    void aHostileMilestoneName_isTextInThePicture_theListAndTheTable() {
        Map<String, Object> milestone = new LinkedHashMap<>();
        milestone.put("key", "hostile");
        milestone.put("nameSv", HOSTILE);
        milestone.put("nameEn", HOSTILE);
        milestone.put("date", "2062-03-10");
        milestone.put("phase", "committee-feedback");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("template", "regionplan");
        body.put("planYear", 2063);
        body.put("milestones", List.of(milestone));
        JsonNode cycle = TrackerTable.createCycle(write(body));
        String key = cycle.get("key").asText();
        try (Session finance = Session.loginAs("ekonomi")) {
            String title = "Fientlig tidplan " + key;
            finance.open("/pages/createpage.action?spaceKey=EKONOMI");
            finance.find("#content-title").sendKeys(title);
            String macros = macro("planprocess-timeline", key) + macro("planprocess-arshjul", key)
                    + macro("planprocess-tidplan", key);
            finance.script("arguments[0].value = arguments[1];", finance.find("#wysiwygTextarea"), macros);
            finance.saveEditor();
            finance.open("/display/EKONOMI/" + URLEncoder.encode(title, StandardCharsets.UTF_8));

            String label = finance.find(".pp-timeline .pp-mark__label").getAttribute("textContent");
            assertEquals(HOSTILE.substring(0, 29).strip() + "…", label, "the label, shortened, as text");
            String tooltip = finance.all(".pp-timeline__marks .pp-mark title").get(0).getAttribute("textContent");
            assertTrue(tooltip.contains(HOSTILE), tooltip);
            assertTrue(finance.find(".pp-timeline ol.pp-calendar__list").getText().contains(HOSTILE));
            assertTrue(finance.find(".pp-arshjul ol.pp-calendar__list").getText().contains(HOSTILE));
            assertTrue(finance.find(".pp-tidplan table").getText().contains(HOSTILE));
            assertTrue(finance.all("#injected-tl").isEmpty(), "no element was injected");
            assertEquals(null, finance.script("return window.__pwned;"), "no script ran");
            Browser.screenshot(finance.driver(), "43-tidslinje-fientligt-namn");
        }
    }

    private static String macro(String name, String cycle) {
        return "<ac:structured-macro ac:name=\"" + name + "\" ac:schema-version=\"1\"><ac:parameter ac:name=\"cycle\">"
                + cycle + "</ac:parameter></ac:structured-macro>";
    }

    private static String write(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
