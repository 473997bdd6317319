package se.planprocess.acceptance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sorting and filtering the tracker on ekonomistaben's dashboard (this year's cycle, whose reports were due on 26
 * September): by mouse and by keyboard, announced in the status line, axe-clean with the controls in use, and the
 * page without script still holds the whole table in committee order. Then a tracker of one space category and one
 * phase, on a page this test writes.
 */
class TrackerSortAndFilterTest {
    private static final String DASHBOARD = "/display/EKONOMI/"
            + URLEncoder.encode("Processöversikt", StandardCharsets.UTF_8);
    private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

    @BeforeAll
    static void browser() {
        Browser.assumeAvailable();
    }

    private static String thisYearsCycle() {
        return "Regionplan " + (Instant.parse(Devhost.CLOCK).atZone(ZoneOffset.UTC).getYear() + 1);
    }

    @Test
    void sortingByTheReportColumn_putsThoseFurthestBehindFirst_setsAriaSort_andSaysSo() {
        try (Session finance = Session.loginAs("ekonomi")) {
            finance.open(DASHBOARD);
            WebElement table = table(finance);
            List<WebElement> headers = table.findElements(By.cssSelector("thead th"));
            WebElement reportButton = headers.get(1).findElement(By.tagName("button"));

            reportButton.click();
            assertEquals("descending", headers.get(1).getAttribute("aria-sort"));
            assertNull(headers.get(0).getAttribute("aria-sort"), "only the sorted column has aria-sort");
            List<Row> worstFirst = rows(table);
            assertEquals(expected(worstFirst, true), worstFirst, "by severity and days late, then committee order");
            assertTrue(worstFirst.get(0).sort() >= 400_000, "a late or missing report first: " + worstFirst);
            assertEquals("Sorterat efter Återkopplingsrapport: de som ligger mest efter först. Visar alla "
                    + worstFirst.size() + " nämnder. Summorna räknar alla " + worstFirst.size() + ".", status(table));

            reportButton.click();
            assertEquals("ascending", headers.get(1).getAttribute("aria-sort"));
            assertEquals(expected(rows(table), false), rows(table));
            assertTrue(status(table).startsWith("Sorterat efter Återkopplingsrapport: de som ligger minst efter först."));

            headers.get(0).findElement(By.tagName("button")).click();
            assertEquals("ascending", headers.get(0).getAttribute("aria-sort"));
            assertNull(headers.get(1).getAttribute("aria-sort"));
            List<String> names = rows(table).stream().map(Row::committee).toList();
            assertEquals(names.stream().sorted(SWEDISH).toList(), names, "back to committee order, Swedish collation");
            assertTrue(status(table).startsWith("Sorterat efter nämnd, A till Ö."), status(table));
        }
    }

    @Test
    void theFilterAndTheBehindToggle_hideRows_andTheStatusLineCountsThem_whileTheTotalsCountAll() {
        try (Session finance = Session.loginAs("ekonomi")) {
            finance.open(DASHBOARD);
            WebElement table = table(finance);
            int all = rows(table).size();
            String totals = table.findElement(By.cssSelector("tfoot td")).getText();
            WebElement filter = controls(table).findElement(By.cssSelector("input[type=search]"));
            WebElement label = controls(table).findElement(By.cssSelector("label[for='" + filter.getAttribute("id") + "']"));
            assertEquals("Filtrera nämnder", label.getText());

            filter.sendKeys("KULTUR");
            assertEquals(List.of("Kulturnämnden"), visible(table));
            assertEquals("Visar 1 av " + all + " nämnder. Summorna räknar alla " + all + ".", status(table));
            assertEquals(totals, table.findElement(By.cssSelector("tfoot td")).getText(), "totals count every row");

            filter.clear();
            filter.sendKeys("ktn");
            assertEquals(List.of("Kollektivtrafiknämnden"), visible(table), "the short name matches too");

            filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            WebElement behind = controls(table).findElement(By.cssSelector("input[type=checkbox]"));
            assertEquals("Visa bara de som ligger efter", controls(table)
                    .findElement(By.cssSelector("label[for='" + behind.getAttribute("id") + "']")).getText());
            behind.click();
            List<String> shown = visible(table);
            long behindRows = rows(table).stream().filter(Row::behind).count();
            assertEquals(behindRows, shown.size());
            assertTrue(rows(table).stream().filter(r -> shown.contains(r.committee())).allMatch(Row::behind));
            assertTrue(shown.contains("Kollektivtrafiknämnden"), shown.toString());
            assertEquals("Visar " + shown.size() + " av " + all + " nämnder. Summorna räknar alla " + all + ".",
                    status(table));
            Axe.assertNoSeriousViolations(finance.driver(), "the tracker filtered to those behind");
        }
    }

    @Test
    void everything_worksByKeyboardAlone_inTabOrder_andAxeFindsNothingWithTheControlsInUse() {
        try (Session finance = Session.loginAs("ekonomi")) {
            finance.open(DASHBOARD);
            WebElement table = table(finance);
            WebElement filter = controls(table).findElement(By.cssSelector("input[type=search]"));
            WebElement behind = controls(table).findElement(By.cssSelector("input[type=checkbox]"));
            List<WebElement> buttons = table.findElements(By.cssSelector("thead th button"));

            finance.script("arguments[0].focus()", filter);
            filter.sendKeys("nämnden");
            filter.sendKeys(Keys.TAB);
            assertEquals(behind, finance.driver().switchTo().activeElement(), "Tab: filter → toggle");
            finance.driver().switchTo().activeElement().sendKeys(Keys.SPACE);
            assertTrue(behind.isSelected());
            finance.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            assertEquals(buttons.get(0), finance.driver().switchTo().activeElement(), "Tab: toggle → first header");
            finance.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            assertEquals(buttons.get(1), finance.driver().switchTo().activeElement());
            finance.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            WebElement reportHeader = table.findElements(By.cssSelector("thead th")).get(1);
            assertEquals("descending", reportHeader.getAttribute("aria-sort"));
            finance.driver().switchTo().activeElement().sendKeys(Keys.SPACE);
            assertEquals("ascending", reportHeader.getAttribute("aria-sort"));
            assertTrue(rows(table).stream().filter(r -> !r.hidden()).allMatch(Row::behind));
            finance.script("arguments[0].scrollIntoView()", controls(table));
            Browser.screenshot(finance.driver(), "21-tracker-sort-filter");
            Axe.assertNoSeriousViolations(finance.driver(), "the tracker sorted and filtered by keyboard");
        }
    }

    @Test
    void withoutScript_thePageHasTheWholeTable_inCommitteeOrder_andNoControls() {
        HttpResponse<String> page = Rest.get("ekonomi", DASHBOARD);
        assertEquals(200, page.statusCode());
        String html = page.body();
        int caption = html.indexOf(thisYearsCycle() + "\u2013");
        assertTrue(caption > 0, "this year's tracker is on the page");
        String table = html.substring(html.lastIndexOf("<table", caption), html.indexOf("</table>", caption));
        List<String> committees = new ArrayList<>();
        Matcher row = Pattern.compile("<tr[^>]* data-committee=\"([^\"]*)\"").matcher(table);
        while (row.find()) {
            committees.add(row.group(1));
        }
        assertEquals(8, committees.size(), table);
        assertEquals(committees.stream().sorted(SWEDISH).toList(), committees);
        assertEquals(8, count(table, "<th scope=\"row\">") - 1, "a row header per committee, and the totals");
        assertEquals(8, count(table, " data-sort-committee=\""));
        assertTrue(table.contains("<tfoot>"));
        assertFalse(html.contains("pp-tracker__controls"), "the controls exist only with script");
        assertTrue(table.contains("aria-sort=\"ascending\""), "the server's order is stated");
    }

    @Test
    void aTrackerOfOneSpaceCategoryAndOnePhase_showsThoseCommitteesAndThatPhase_andABadPhaseIsOneError() {
        int year = Instant.parse(Devhost.CLOCK).atZone(ZoneOffset.UTC).getYear();
        try (Session finance = Session.loginAs("ekonomi")) {
            finance.open("/pages/createpage.action?spaceKey=EKONOMI");
            finance.find("#content-title").sendKeys("Vårdens nämnder i återkopplingen " + System.nanoTime());
            finance.script("arguments[0].value = arguments[1];", finance.find("#wysiwygTextarea"),
                    "<ac:structured-macro ac:name=\"planprocess-tracker\" ac:schema-version=\"1\">"
                            + "<ac:parameter ac:name=\"cycle\">regionplan-" + (year + 1) + "</ac:parameter>"
                            + "<ac:parameter ac:name=\"spaceCategory\">Vard</ac:parameter>"
                            + "<ac:parameter ac:name=\"phase\">committee-feedback</ac:parameter>"
                            + "</ac:structured-macro>"
                            + "<ac:structured-macro ac:name=\"planprocess-tracker\" ac:schema-version=\"1\">"
                            + "<ac:parameter ac:name=\"cycle\">regionplan-" + (year + 1) + "</ac:parameter>"
                            + "<ac:parameter ac:name=\"phase\">skörd</ac:parameter>"
                            + "</ac:structured-macro>");
            finance.saveEditor();

            WebElement table = finance.find("table.pp-tracker__table");
            assertEquals(List.of("Hälso- och sjukvårdsnämnden", "Patientnämnden", "Tandvårdsnämnden"),
                    rows(table).stream().map(Row::committee).toList());
            assertEquals(2, table.findElements(By.cssSelector("thead th")).size(), "committee and the report only");
            assertTrue(table.findElement(By.tagName("caption")).getText().contains("fasen Nämnderna behandlar PF"),
                    table.findElement(By.tagName("caption")).getText());
            String chosen = finance.text(".pp-phase--chosen");
            assertTrue(chosen.startsWith("Nämnderna behandlar PF och återkopplar (vald fas)"), chosen);
            String error = finance.text(".pp-error");
            assertTrue(error.startsWith("Fasen skörd finns inte i planperioden"), error);
            assertTrue(error.contains("Giltiga faser: preparation, planning-premises, committee-feedback,"), error);
            assertEquals(1, finance.all("table.pp-tracker__table").size(), "the bad macro renders nothing else");
        }
    }

    record Row(String committee, long sort, int index, boolean behind, boolean hidden) {
    }

    private static WebElement table(Session session) {
        session.find("table.pp-tracker__table");
        WebElement table = session.all("table.pp-tracker__table").stream()
                .filter(t -> t.findElement(By.tagName("caption")).getText().contains(thisYearsCycle()))
                .findFirst().orElseThrow(() -> new AssertionError("no tracker for " + thisYearsCycle()));
        session.waiting().until(d -> "true".equals(table.getAttribute("data-pp-enhanced")));
        return table;
    }

    private static WebElement controls(WebElement table) {
        return table.findElement(By.xpath("preceding-sibling::div[contains(@class,'pp-tracker__controls')][1]"));
    }

    private static String status(WebElement table) {
        return table.findElement(By.xpath("following-sibling::p[@role='status'][1]")).getText();
    }

    /** The rows in page order, read from the attributes the server wrote for the report column. */
    private static List<Row> rows(WebElement table) {
        List<Row> rows = new ArrayList<>();
        for (WebElement tr : table.findElements(By.cssSelector("tbody tr"))) {
            rows.add(new Row(tr.getAttribute("data-committee"),
                    Long.parseLong(tr.findElements(By.tagName("td")).get(0).getAttribute("data-sort")),
                    Integer.parseInt(tr.getAttribute("data-sort-committee")),
                    "true".equals(tr.getAttribute("data-behind")), tr.getAttribute("hidden") != null));
        }
        return rows;
    }

    private static List<String> visible(WebElement table) {
        return rows(table).stream().filter(r -> !r.hidden()).map(Row::committee).toList();
    }

    private static List<Row> expected(List<Row> rows, boolean worstFirst) {
        Comparator<Row> bySort = Comparator.comparingLong(Row::sort);
        return rows.stream().sorted((worstFirst ? bySort.reversed() : bySort).thenComparingInt(Row::index)).toList();
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }
}
