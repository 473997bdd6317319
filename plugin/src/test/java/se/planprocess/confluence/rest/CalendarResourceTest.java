package se.planprocess.confluence.rest;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.ao.AoCalendarTokenRepository;
import se.planprocess.confluence.ao.AoEventRevisions;
import se.planprocess.confluence.calendar.CalendarFeedService;
import se.planprocess.confluence.calendar.CalendarTokens;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.host.ConfluenceFeedOwners;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.Clocks.fixedAt;

/**
 * The calendar resource in a real Jersey over real AO: the feed is text/calendar; its refusals and bad token requests
 * are the one JSON error in the user's language, naming the field, and change nothing.
 */
class CalendarResourceTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.concurrent.atomic.AtomicInteger USERS = new java.util.concurrent.atomic.AtomicInteger();

    private final FakeUser owner = new FakeUser("berit" + USERS.incrementAndGet(), "Berit Berg");
    private AoFixture db;
    private CalendarTokens tokens;
    private InMemoryJersey target;

    @BeforeEach
    void setUp() {
        db = AoFixture.on(AoTestDatabase.H2, DATABASES);
        FakeConfluence confluence = new FakeConfluence();
        confluence.space(db.hsnSpace);
        confluence.canView(db.hsnSpace, owner.name());
        Clock clock = fixedAt("2026-09-01T10:00:00+02:00");
        tokens = new CalendarTokens(new AoCalendarTokenRepository(db.ao), clock);
        UserAccessor users = new UserAccessor() {
            @Override
            public ConfluenceUser getUserByKey(UserKey key) {
                return owner.getKey().equals(key) ? owner : null;
            }

            @Override
            public ConfluenceUser getUserByName(String name) {
                return owner.getName().equals(name) ? owner : null;
            }

            @Override
            public boolean isDeactivated(User user) {
                return false;
            }
        };
        CalendarFeedService feeds = new CalendarFeedService(tokens, db.cycles, db.committees,
                new ConfluenceFeedOwners(users, confluence.access()), new AoEventRevisions(db.ao),
                KindCatalogue.builtIn(), clock,
                db.documents, new se.planprocess.confluence.ao.AoMeetingRepository(db.ao));
        ApplicationProperties application = mode -> mode == UrlMode.CANONICAL ? "https://wiki.example.se/confluence"
                : "/confluence";
        Messages messages = new Messages(new BundleI18nResolver(Locale.forLanguageTag("sv-SE")));
        target = new InMemoryJersey(messages, new CalendarResource(feeds, tokens, confluence.access(), application,
                clock));
        FakeConfluence.loginAs(owner);
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void aNewLink_isTheCanonicalFeedUrl_andOpensTheFeed() throws Exception {
        InMemoryJersey.Answer made = target.post("calendar/tokens", "{\"replace\": false}");
        assertEquals(200, made.status(), made.body());
        JsonNode link = JSON.readTree(made.body());
        String url = link.get("url").asText();
        assertTrue(url.matches("https://wiki\\.example\\.se/confluence/rest/planprocess/1\\.0/calendar/feed/"
                + "[A-Za-z0-9_-]{43}\\.ics"), url);
        assertEquals(1, link.get("tokens").size());
        String path = url.substring(url.indexOf("calendar/feed/")) + "?cycle=" + db.cycle.key();
        InMemoryJersey.Download feed = target.download(path, "text/calendar");
        assertEquals(200, feed.status());
        assertEquals("text/calendar;charset=UTF-8", feed.contentType().replace(" ", ""));
        assertTrue(new String(feed.bytes(), StandardCharsets.UTF_8).startsWith("BEGIN:VCALENDAR\r\n"));
    }

    @Test
    void anUnknownLink_isOneJsonError_inSwedish() throws Exception {
        InMemoryJersey.Download feed = target.download("calendar/feed/" + "A".repeat(43) + ".ics", "text/calendar");
        assertEquals(404, feed.status());
        JsonNode error = JSON.readTree(feed.bytes());
        assertEquals("calendar-not-found", error.get("error").asText());
        assertTrue(error.get("message").asText().startsWith("Kalendern finns inte"), error.toString());
    }

    @Test
    void aBadTokenRequest_namesTheField_andMakesNoLink() throws Exception {
        InMemoryJersey.Answer bad = target.post("calendar/tokens", "{\"replace\": \"ja\"}");
        assertEquals(400, bad.status(), bad.body());
        JsonNode error = JSON.readTree(bad.body());
        assertEquals("replace", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("replace"), error.toString());
        assertEquals(0, tokens.of(owner.getKey().getStringValue()).size());
        InMemoryJersey.Answer badId = target.call("DELETE", "calendar/tokens/abc", null, null, "application/json");
        assertEquals(400, badId.status());
        assertEquals("id", JSON.readTree(badId.body()).get("field").asText());
    }
}
