package se.planprocess.confluence.meeting;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.process.InvalidValueException.Rule;
import se.planprocess.confluence.process.UserText;

/**
 * Recording a meeting's decisions and actions as typed: every value is checked before anything is written, and a
 * refusal names the field as the client sent it ({@code text}, {@code owner}, {@code due}). Whether the user may change
 * the meeting's page is the caller's check, before this.
 */
public final class MeetingRecords {
    /** The longest user name the owner field takes (Confluence's own limit is 255). */
    public static final int MAX_OWNER = 255;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final MeetingRepository meetings;
    private final MeetingPeople people;
    private final Clock clock;

    public MeetingRecords(MeetingRepository meetings, MeetingPeople people, Clock clock) {
        this.meetings = meetings;
        this.people = people;
        this.clock = clock;
    }

    /** The decision, recorded by {@code userKey} now. */
    public Decision recordDecision(long documentId, String text, String userKey) {
        String value = Decision.typedText(text);
        return meetings.addDecision(documentId, value, userKey, clock.instant());
    }

    /**
     * The action with its owner (a user name) and due day ({@code YYYY-MM-DD}, or empty for none).
     *
     * @throws InvalidValueException naming {@code text}, {@code owner} or {@code due}
     */
    public MeetingAction recordAction(long documentId, String text, String owner, String due) {
        String value = MeetingAction.typedText(text);
        String username = UserText.name(owner, "owner", MAX_OWNER);
        LocalDate day = typedDue(due);
        String ownerKey = people.userKeyOf(username)
                .orElseThrow(() -> new InvalidValueException("owner", Rule.UNKNOWN_USER));
        return meetings.addAction(documentId, value, ownerKey, day);
    }

    /** A due day as typed: empty for none, else a day of the calendar within the years the app plans for. */
    public static LocalDate typedDue(String due) {
        return typedDay(due, "due");
    }

    /** A day as typed in the field {@code field}: empty for none, else a day of the calendar within the app's years. */
    public static LocalDate typedDay(String due, String field) {
        if (due == null) {
            return null;
        }
        if (UserText.hasForbiddenCharacters(due)) {
            throw new InvalidValueException(field, Rule.CONTROL_CHARACTERS);
        }
        String value = due.strip();
        if (value.isEmpty()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value, DAY);
        } catch (DateTimeException e) {
            throw new InvalidValueException(field, Rule.NOT_A_DATE);
        }
        if (day.getYear() < Cycle.FIRST_YEAR || day.getYear() > Cycle.LAST_YEAR) {
            throw new InvalidValueException(field, Rule.DATE_OUT_OF_RANGE, Cycle.FIRST_YEAR, Cycle.LAST_YEAR);
        }
        return day;
    }
}
