package se.planprocess.confluence.meeting;

import java.time.Instant;
import java.util.Objects;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.process.InvalidValueException.Rule;
import se.planprocess.confluence.process.UserText;

/** A decision recorded at a meeting: its text, who recorded it and when. */
public record Decision(long id, long meetingId, String text, String recordedBy, Instant recordedAt) {
    public static final int MAX_TEXT = 4_000;

    public Decision {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** A decision's text as typed: required, several lines allowed, at most {@value #MAX_TEXT} characters. */
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
}
