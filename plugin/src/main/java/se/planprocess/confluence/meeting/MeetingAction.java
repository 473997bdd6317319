package se.planprocess.confluence.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.process.InvalidValueException.Rule;
import se.planprocess.confluence.process.UserText;

/**
 * An action agreed at a meeting: what, who owns it (a user key), by when (may be open), and once done, who marked it
 * done and when. Its owner or the meeting's organiser may mark it done; nobody else.
 */
public record MeetingAction(long id, long meetingId, String text, String ownerKey, LocalDate due, String doneBy,
                            Instant doneAt) {
    public static final int MAX_TEXT = 2_000;

    public MeetingAction {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ownerKey, "ownerKey");
        if ((doneBy == null) != (doneAt == null)) {
            throw new IllegalArgumentException("A done action says who marked it done and when");
        }
    }

    /** The text of a new action as typed: required, several lines allowed, at most {@value #MAX_TEXT} characters. */
    public static String typedText(String text) {
        String value = UserText.comment(text, "text");
        if (value == null) {
            throw new InvalidValueException("text", Rule.BLANK);
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidValueException("text", Rule.TOO_LONG, MAX_TEXT);
        }
        return value;
    }

    public boolean isDone() {
        return doneBy != null;
    }

    /** Open after its due day. */
    public boolean isOverdue(LocalDate today) {
        return !isDone() && due != null && today.isAfter(due);
    }

    public Optional<LocalDate> dueDate() {
        return Optional.ofNullable(due);
    }

    /** Whether {@code userKey} may mark it done: its owner, or the organiser of its meeting. */
    public boolean mayBeClosedBy(String userKey, String organiserKey) {
        return userKey != null && (userKey.equals(ownerKey) || userKey.equals(organiserKey));
    }

    /** The same action, done by {@code userKey} at {@code at}. */
    public MeetingAction doneBy(String userKey, Instant at) {
        return new MeetingAction(id, meetingId, text, ownerKey, due, Objects.requireNonNull(userKey),
                Objects.requireNonNull(at));
    }
}
