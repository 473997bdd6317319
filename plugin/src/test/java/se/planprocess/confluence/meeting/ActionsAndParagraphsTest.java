package se.planprocess.confluence.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.process.InvalidValueException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may close an action, when it is overdue, and how minutes number their paragraphs. */
class ActionsAndParagraphsTest {
    private static final MeetingAction OPEN = new MeetingAction(1, 10, "Ta fram underlag", "owner", LocalDate.of(
            2024, 10, 15), null, null);

    @Test
    void theOwnerAndTheOrganiser_mayCloseAnAction_nobodyElse() {
        assertTrue(OPEN.mayBeClosedBy("owner", "organiser"));
        assertTrue(OPEN.mayBeClosedBy("organiser", "organiser"));
        assertFalse(OPEN.mayBeClosedBy("someone", "organiser"));
        assertFalse(OPEN.mayBeClosedBy(null, null));
    }

    @Test
    void anOpenAction_isOverdueTheDayAfterItsDueDay_notOnIt() {
        assertFalse(OPEN.isOverdue(LocalDate.of(2024, 10, 15)));
        assertTrue(OPEN.isOverdue(LocalDate.of(2024, 10, 16)));
        assertFalse(OPEN.doneBy("owner", Instant.EPOCH).isOverdue(LocalDate.of(2024, 10, 16)));
        assertFalse(new MeetingAction(2, 10, "x", "owner", null, null, null).isOverdue(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void anActionsText_isRequired_andAtMostTwoThousandCharacters() {
        assertEquals("BLANK", assertThrows(InvalidValueException.class, () -> MeetingAction.typedText("  "))
                .rule().name());
        assertEquals("TOO_LONG", assertThrows(InvalidValueException.class,
                () -> MeetingAction.typedText("a".repeat(2_001))).rule().name());
        assertEquals("Rad 1\nRad 2", MeetingAction.typedText(" Rad 1\r\nRad 2 "));
    }

    @Test
    void aDecisionsText_refusesControlCharacters() {
        assertEquals("CONTROL_CHARACTERS", assertThrows(InvalidValueException.class,
                () -> Decision.typedText("Beslut\u001b[31m")).rule().name());
    }

    @Test
    void theSteeringGroupOf19August_continuesAtParagraph8_afterSevenEarlierParagraphs() {
        int first = Paragraphs.firstOfNextMeeting(List.of(1, 2, 3, 4, 5, 6, 7));
        assertEquals(8, first);
        assertEquals(List.of(8, 9), Paragraphs.numbers(first, 2));
        assertEquals("8\u20139", Paragraphs.range(Paragraphs.numbers(first, 2)));
    }

    @Test
    void theFirstMeetingOfTheYear_startsAtParagraph1() {
        assertEquals(1, Paragraphs.firstOfNextMeeting(List.of()));
        assertEquals("1", Paragraphs.range(List.of(1)));
        assertEquals("", Paragraphs.range(List.of()));
    }
}
