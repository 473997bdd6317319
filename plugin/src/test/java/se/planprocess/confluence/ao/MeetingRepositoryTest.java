package se.planprocess.confluence.ao;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.planprocess.confluence.meeting.Decision;
import se.planprocess.confluence.meeting.MeetingAction;
import se.planprocess.confluence.meeting.RegisteredMeeting;
import se.planprocess.confluence.testing.AoTestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Meetings, decisions and actions through the real AO ORM on H2 and PostgreSQL. */
class MeetingRepositoryTest {
    private static final Instant T0 = Instant.parse("2024-10-01T08:00:00Z");

    private static RegisteredMeeting meeting(long doc, long cycle, String day, String start) {
        return new RegisteredMeeting(doc, cycle, "styrdialog", LocalDate.parse(day),
                start == null ? null : LocalTime.parse(start), null, "Sal A", "feedback", 3L, "organiser");
    }

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void aMovedMeeting_keepsOneRegistration_withTheNewDay(AoTestDatabase database) {
        AoMeetingRepository target = new AoMeetingRepository(database.activeObjects());
        target.save(meeting(11, 1, "2024-10-01", "09:00"));

        target.save(new RegisteredMeeting(11, 1, "styrdialog", LocalDate.parse("2024-10-03"), LocalTime.of(13, 0),
                LocalTime.of(14, 30), "Digitalt", null, null, "organiser"));

        List<RegisteredMeeting> all = target.byCycle(1);
        assertEquals(1, all.size());
        RegisteredMeeting moved = all.get(0);
        assertEquals(LocalDate.of(2024, 10, 3), moved.date());
        assertEquals(LocalTime.of(14, 30), moved.end());
        assertEquals("Digitalt", moved.place());
        assertEquals(null, moved.committeeId());
        assertEquals(null, moved.phase());
    }

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void aCyclesMeetings_comeInDayAndTimeOrder_withoutOtherCycles(AoTestDatabase database) {
        AoMeetingRepository target = new AoMeetingRepository(database.activeObjects());
        target.save(meeting(1, 1, "2024-10-01", "13:00"));
        target.save(meeting(2, 1, "2024-05-14", null));
        target.save(meeting(3, 2, "2024-01-01", "08:00"));
        target.save(meeting(4, 1, "2024-10-01", "09:00"));

        assertEquals(List.of(2L, 4L, 1L), target.byCycle(1).stream().map(RegisteredMeeting::documentId).toList());
        assertEquals("organiser", target.find(3).orElseThrow().organiserKey());
        assertTrue(target.find(99).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void decisionsAndActions_areListedPerMeeting_forMoreMeetingsThanOneQueryBinds(AoTestDatabase database) {
        AoMeetingRepository target = new AoMeetingRepository(database.activeObjects());
        target.addDecision(7, "Styrgruppen noterar informationen.", "sekreterare", T0);
        target.addDecision(7, "Styrgruppen ställer sig bakom inriktningen.", "sekreterare", T0.plusSeconds(60));
        target.addDecision(8, "<b>Beslut</b> & mer", "sekreterare", T0);
        target.addDecision(1_250, "Beslut i det sista mötet", "sekreterare", T0);
        target.addAction(7, "Granska resekostnaderna", "ekonomi", LocalDate.of(2024, 11, 1));
        target.addAction(1_200, "Sista mötet", "ekonomi", null);
        List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1, 1_300).boxed().toList());

        Map<Long, List<Decision>> decisions = target.decisions(ids);
        Map<Long, List<MeetingAction>> actions = target.actions(ids);

        assertEquals(List.of("Styrgruppen noterar informationen.", "Styrgruppen ställer sig bakom inriktningen."),
                decisions.get(7L).stream().map(Decision::text).toList());
        assertEquals("<b>Beslut</b> & mer", decisions.get(8L).get(0).text());
        assertEquals("Beslut i det sista mötet", decisions.get(1_250L).get(0).text());
        assertEquals(3, decisions.size());
        assertEquals(LocalDate.of(2024, 11, 1), actions.get(7L).get(0).due());
        assertEquals("Sista mötet", actions.get(1_200L).get(0).text());
        assertEquals(2, actions.size());
    }

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void anAction_isClosedOnce_andLeavesTheOwnersOpenList(AoTestDatabase database) {
        AoMeetingRepository target = new AoMeetingRepository(database.activeObjects());
        MeetingAction later = target.addAction(7, "Senare", "ekonomi", LocalDate.of(2024, 12, 1));
        MeetingAction open = target.addAction(7, "Utan datum", "ekonomi", null);
        MeetingAction sooner = target.addAction(8, "Tidigare", "ekonomi", LocalDate.of(2024, 11, 1));
        target.addAction(8, "Någon annans", "kultur", LocalDate.of(2024, 10, 1));

        assertEquals(List.of(sooner.id(), later.id(), open.id()), target.openActionsOf("ekonomi").stream()
                .map(MeetingAction::id).toList());
        assertTrue(target.close(sooner.id(), "ekonomi", T0));
        assertFalse(target.close(sooner.id(), "organiser", T0.plusSeconds(5)));

        MeetingAction closed = target.action(sooner.id()).orElseThrow();
        assertEquals("ekonomi", closed.doneBy());
        assertEquals(T0, closed.doneAt());
        assertEquals(List.of(later.id(), open.id()), target.openActionsOf("ekonomi").stream()
                .map(MeetingAction::id).toList());
        assertFalse(target.close(9_999, "ekonomi", T0));
    }

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void twoPeopleClosingOneActionAtOnce_oneOfThemWins(AoTestDatabase database) throws Exception {
        AoMeetingRepository target = new AoMeetingRepository(database.activeObjects());
        for (int round = 0; round < 10; round++) {
            long id = target.addAction(7, "Åtgärd " + round, "ekonomi", null).id();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Callable<Boolean> owner = () -> {
                    start.await();
                    return target.close(id, "ekonomi", T0);
                };
                Callable<Boolean> organiser = () -> {
                    start.await();
                    return target.close(id, "organiser", T0);
                };
                Future<Boolean> a = pool.submit(owner);
                Future<Boolean> b = pool.submit(organiser);
                start.countDown();
                assertEquals(1, (a.get() ? 1 : 0) + (b.get() ? 1 : 0), "round " + round);
            } finally {
                pool.shutdownNow();
            }
            String doneBy = target.action(id).orElseThrow().doneBy();
            assertTrue("ekonomi".equals(doneBy) || "organiser".equals(doneBy), doneBy);
        }
    }
}
