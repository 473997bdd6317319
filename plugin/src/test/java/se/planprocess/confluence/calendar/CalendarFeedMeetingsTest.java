package se.planprocess.confluence.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.Actors.anEditor;
import static se.planprocess.confluence.testing.Clocks.fixedAt;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.ao.AoCalendarTokenRepository;
import se.planprocess.confluence.ao.AoEventRevisions;
import se.planprocess.confluence.ao.AoMeetingRepository;
import se.planprocess.confluence.calendar.ical.IcsWriter;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.host.ConfluenceFeedOwners;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.meeting.RegisteredMeeting;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

/**
 * Registered meetings in the calendar feed as a calendar client reads it (the feed written by {@link IcsWriter} and
 * parsed back with biweekly, the library that writes it): a meeting on a page the link's owner may see is one event
 * whose summary is its page title exactly as typed, hostile text included, and no property of its own; a meeting on a
 * page the owner may not see is no event; decisions and actions are never in the feed.
 */
class CalendarFeedMeetingsTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    private static final FakeUser OWNER = new FakeUser("anna", "Anna Andersson");
    private static final String HOSTILE_TITLE = "Styrdialog;X-INJECT:1\r\nBEGIN:VEVENT\r\nATTENDEE:mailto:evil@example.com"
            + "\r\nEND:VEVENT, \\ <b>";
    private static final String HIDDEN_TITLE = "Krisledningens hemliga möte";

    private AoFixture db;
    private CalendarTokens tokens;
    private CalendarFeedService target;
    private AoMeetingRepository meetings;

    @BeforeEach
    void setUp() {
        db = AoFixture.on(AoTestDatabase.H2, DATABASES);
        FakeConfluence confluence = new FakeConfluence();
        confluence.space(db.hsnSpace);
        confluence.space(db.knSpace);
        confluence.canView(db.hsnSpace, OWNER.name());
        long visiblePage = 9_000_000_000L + System.nanoTime() % 1_000_000_000L;
        long hiddenPage = visiblePage + 1_000_000_000L;
        confluence.page(visiblePage, db.hsnSpace, HOSTILE_TITLE);
        confluence.page(hiddenPage, db.knSpace, HIDDEN_TITLE);
        CalendarFeedServiceTest.Users users = new CalendarFeedServiceTest.Users();
        users.byKey.put(OWNER.getKey().getStringValue(), OWNER);
        tokens = new CalendarTokens(new AoCalendarTokenRepository(db.ao), fixedAt("2026-09-01T10:00:00+02:00"));
        meetings = new AoMeetingRepository(db.ao);
        target = new CalendarFeedService(tokens, db.cycles, db.committees,
                new ConfluenceFeedOwners(users, confluence.access()), new AoEventRevisions(db.ao), KindCatalogue.builtIn(),
                fixedAt("2026-09-01T10:00:00+02:00"), db.documents, meetings);

        DocumentService documents = new DocumentService(db.documents, db.committees, KindCatalogue.builtIn(),
                fixedAt("2026-09-01T10:00:00+02:00"));
        TrackedDocument visible = documents.register(visiblePage, db.hsnSpace, HOSTILE_TITLE, DocumentKind.MEETING,
                db.cycle.id(), null, anEditor());
        meetings.save(new RegisteredMeeting(visible.id(), db.cycle.id(), "styrdialog", LocalDate.of(2026, 10, 1),
                null, null, null, null, db.hsn.id(), "organiser"));
        meetings.addDecision(visible.id(), "Mötesbeslut-q1\r\nX-DECISION:1", "organiser", Instant.parse("2026-09-01T08:00:00Z"));
        meetings.addAction(visible.id(), "Mötesåtgärd-q1\r\nX-ACTION:1", "organiser", LocalDate.of(2026, 10, 5));
        TrackedDocument hidden = documents.register(hiddenPage, db.knSpace, HIDDEN_TITLE, DocumentKind.MEETING,
                db.cycle.id(), null, anEditor());
        meetings.save(new RegisteredMeeting(hidden.id(), db.cycle.id(), "presidium", LocalDate.of(2026, 10, 2),
                null, null, null, null, null, "organiser"));
    }

    @Test
    void aHostileMeetingTitle_isOneEventsSummary_asText_andAHiddenMeeting_isNoEvent() {
        String secret = tokens.issue(OWNER.getKey().getStringValue(), false).secret();
        CalendarFeed feed = target.feed(secret, db.cycle.key(), null, SV);
        List<CalendarEvent> meetingEvents = feed.events().stream().filter(e -> e.kind() == EventKind.MEETING).toList();
        assertEquals(1, meetingEvents.size(), meetingEvents.toString());
        assertEquals(LocalDate.of(2026, 10, 1), meetingEvents.get(0).start());

        String ics = new String(new IcsWriter().write(feed, Instant.parse("2026-09-01T08:00:00Z")),
                StandardCharsets.UTF_8);
        ICalendar back = Biweekly.parse(ics).first();
        assertEquals(feed.events().size(), back.getEvents().size(), "no event injected");
        List<VEvent> parsed = back.getEvents().stream()
                .filter(e -> e.getSummary().getValue().replace("\r\n", "\n").equals(HOSTILE_TITLE.replace("\r\n", "\n")))
                .toList();
        assertEquals(1, parsed.size(), ics);
        VEvent meeting = parsed.get(0);
        assertTrue(meeting.getExperimentalProperties().isEmpty(), "no X- property: " + meeting.getExperimentalProperties());
        assertTrue(meeting.getAttendees().isEmpty(), "no ATTENDEE");
        for (VEvent event : back.getEvents()) {
            assertTrue(event.getExperimentalProperties().isEmpty(), event.getSummary().getValue());
            assertTrue(event.getAttendees().isEmpty(), event.getSummary().getValue());
        }
        assertFalse(ics.contains(HIDDEN_TITLE), "a meeting the owner may not see is no event");
        assertFalse(ics.contains("X-DECISION") || ics.contains("X-ACTION") || ics.contains("\r\nX-INJECT"), ics);
        assertFalse(ics.contains("Mötesbeslut-q1") || ics.contains("Mötesåtgärd-q1"), "decisions and actions are not in the feed");
    }
}
