package se.planprocess.confluence.ao;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.planprocess.confluence.meeting.MeetingActions;
import se.planprocess.confluence.meeting.MeetingActions.Outcome;
import se.planprocess.confluence.meeting.RegisteredMeeting;
import se.planprocess.confluence.testing.AoTestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Only an action's owner or its meeting's organiser marks it done, once; on the real AO ORM. */
class MeetingActionsTest {
    private static final Instant NOW = Instant.parse("2024-10-02T12:00:00Z");

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void anotherUser_cannotMarkAnActionDone_itsOwnerCan_once(AoTestDatabase database) {
        AoMeetingRepository meetings = new AoMeetingRepository(database.activeObjects());
        meetings.save(new RegisteredMeeting(5, 1, "styrdialog", LocalDate.of(2024, 10, 1), null, null, null, null,
                3L, "ekonomi"));
        long action = meetings.addAction(5, "Skicka underlaget", "sekreterare.hsn", null).id();
        MeetingActions target = new MeetingActions(meetings, Clock.fixed(NOW, ZoneId.of("Europe/Stockholm")));

        assertEquals(Outcome.NOT_ALLOWED, target.markDone(action, "sekreterare.kultur"));
        assertNull(meetings.action(action).orElseThrow().doneBy());
        assertEquals(Outcome.DONE, target.markDone(action, "sekreterare.hsn"));
        assertEquals(NOW, meetings.action(action).orElseThrow().doneAt());
        assertEquals(Outcome.ALREADY_DONE, target.markDone(action, "ekonomi"));
        assertEquals(Outcome.UNKNOWN, target.markDone(action + 100, "ekonomi"));
    }

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void theOrganiser_mayMarkSomeoneElsesActionDone(AoTestDatabase database) {
        AoMeetingRepository meetings = new AoMeetingRepository(database.activeObjects());
        meetings.save(new RegisteredMeeting(6, 1, "kickoff", LocalDate.of(2024, 5, 14), null, null, null, null,
                null, "ekonomi"));
        long action = meetings.addAction(6, "Boka lokal", "sekreterare.hsn", LocalDate.of(2024, 5, 1)).id();

        assertEquals(Outcome.DONE, new MeetingActions(meetings, Clock.fixed(NOW, ZoneId.of("UTC")))
                .markDone(action, "ekonomi"));
        assertEquals("ekonomi", meetings.action(action).orElseThrow().doneBy());
    }
}
