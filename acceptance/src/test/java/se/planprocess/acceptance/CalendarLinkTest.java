package se.planprocess.acceptance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calendar link macro ("Prenumerera på processkalendern") in a committee space: a secretary makes a link, copies
 * it, Outlook's fetch (no session) gets the committee's calendar, and after revoking the link the same fetch gets
 * 404; the macro is accessible in each state and speaks English to an English user.
 */
class CalendarLinkTest {
    private static final HttpClient OUTLOOK = HttpClient.newHttpClient();

    @BeforeAll
    static void browser() {
        Browser.assumeAvailable();
    }

    private static String writePage(Session session, String spaceKey, String title, String committee) {
        String macro = "<ac:structured-macro ac:name=\"planprocess-calendar-link\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"committee\">" + committee + "</ac:parameter></ac:structured-macro>";
        session.open("/pages/createpage.action?spaceKey=" + spaceKey);
        session.find("#content-title").sendKeys(title);
        session.script("arguments[0].value = arguments[1];", session.find("#wysiwygTextarea"), macro);
        session.saveEditor();
        assertEquals(title, session.text("#title-text"));
        return "/display/" + spaceKey + "/" + URLEncoder.encode(title, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> fetchAnonymously(String url) throws Exception {
        return OUTLOOK.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aSecretary_makesCopiesAndRevokesALink_andOutlooksFetchFollows() throws Exception {
        String page;
        try (Session secretary = Session.loginAs("sekreterare.hsn")) {
            page = writePage(secretary, "HSN", "Processkalendern i Outlook", "HSN");
            secretary.open(page);
            assertEquals("Prenumerera på processkalendern", secretary.text(".pp-calendar__title"));
            assertTrue(secretary.text(".pp-calendar__none").contains("inga kalenderlänkar"));
            Axe.assertNoSeriousViolations(secretary.driver(), "the calendar link macro before a link is made");

            secretary.find(".pp-calendar__create-button").click();
            WebElement field = secretary.find(".pp-calendar__url");
            secretary.waiting().until(d -> !field.getAttribute("value").isEmpty());
            String url = field.getAttribute("value");
            assertTrue(url.contains("/confluence/rest/planprocess/1.0/calendar/feed/"), url);
            assertTrue(url.matches(".*/feed/[A-Za-z0-9_-]{43}\\.ics\\?committee=\\d+&lang=sv"), url);
            assertEquals("Länken är skapad. Kopiera den till Outlook.", secretary.text(".pp-calendar__status"));
            assertEquals(1, secretary.all(".pp-calendar__link").size());
            assertFalse(secretary.find(".pp-calendar__result").getAttribute("hidden") != null);

            secretary.find(".pp-calendar__copy").click();
            secretary.waiting().until(d -> secretary.text(".pp-calendar__status").startsWith("Länken är"));
            String copied = secretary.text(".pp-calendar__status");
            assertTrue(copied.equals("Länken är kopierad.") || copied.startsWith("Länken är markerad."), copied);
            assertEquals((long) url.length(), secretary.script(
                    "return arguments[0].selectionEnd - arguments[0].selectionStart;", field), "the link is selected");
            secretary.script("arguments[0].scrollIntoView()", secretary.find(".pp-calendar__title"));
            Browser.screenshot(secretary.driver(), "40-calendar-link");
            Axe.assertNoSeriousViolations(secretary.driver(), "the calendar link macro with a new link");

            HttpResponse<String> feed = fetchAnonymously(url);
            assertEquals(200, feed.statusCode(), feed.body());
            assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
            assertTrue(feed.body().replace("\r\n ", "").contains("Hälso- och sjukvårdsnämnden"));

            secretary.find(".pp-calendar__revoke").click();
            secretary.waiting().until(d -> secretary.all(".pp-calendar__link").isEmpty());
            assertEquals("Länken är återkallad. Kalendrar som använder den får inga fler händelser.",
                    secretary.text(".pp-calendar__status"));
            assertTrue(secretary.text(".pp-calendar__none").contains("inga kalenderlänkar"));
            assertEquals("", field.getAttribute("value"), "the revoked link is no longer shown");
            Axe.assertNoSeriousViolations(secretary.driver(), "the calendar link macro after revoking");
            assertEquals(404, fetchAnonymously(url).statusCode());
        }
        try (Session reader = Session.loginAs("lasare")) {
            reader.open(page);
            assertEquals("Subscribe to the process calendar", reader.text(".pp-calendar__title"));
            assertEquals("Make a link", reader.text(".pp-calendar__create-button"));
        }
    }
}
