package se.planprocess.confluence.meeting;

import java.util.Objects;
import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.process.UserText;

/**
 * The six standard fields every meeting of the process is described with (seeds 000 and 001): Deltagare, Syfte,
 * Underlag, Mål, Dokumentation av möte, Fortsatt arbete. Each is text of several lines, possibly empty.
 */
public record MeetingFields(String participants, String purpose, String basis, String goal, String documentation,
                            String followUp) {
    /** The most characters one field holds. */
    public static final int MAX_FIELD = 5_000;

    /** The fields in the order a meeting page shows them, with their headings and the names clients send. */
    public enum Field {
        PARTICIPANTS("participants", Bilingual.of("Deltagare", "Participants")),
        PURPOSE("purpose", Bilingual.of("Syfte", "Purpose")),
        BASIS("basis", Bilingual.of("Underlag", "Basis documents")),
        GOAL("goal", Bilingual.of("Mål", "Goal")),
        DOCUMENTATION("documentation", Bilingual.of("Dokumentation av möte", "Documentation of the meeting")),
        FOLLOW_UP("followUp", Bilingual.of("Fortsatt arbete", "Further work"));

        private final String key;
        private final Bilingual heading;

        Field(String key, Bilingual heading) {
            this.key = key;
            this.heading = heading;
        }

        public String key() {
            return key;
        }

        public Bilingual heading() {
            return heading;
        }
    }

    public MeetingFields {
        participants = text(participants);
        purpose = text(purpose);
        basis = text(basis);
        goal = text(goal);
        documentation = text(documentation);
        followUp = text(followUp);
    }

    public static final MeetingFields EMPTY = new MeetingFields("", "", "", "", "", "");

    /**
     * Fields as a person typed them: line breaks kept, control characters refused, each at most {@value #MAX_FIELD}
     * characters; a refusal names the field ({@code fields.purpose}).
     *
     * @throws InvalidValueException naming the first refused field
     */
    public static MeetingFields typed(String participants, String purpose, String basis, String goal,
                                      String documentation, String followUp) {
        String[] given = {participants, purpose, basis, goal, documentation, followUp};
        String[] clean = new String[given.length];
        for (Field field : Field.values()) {
            String name = "fields." + field.key();
            String value = UserText.comment(given[field.ordinal()], name);
            if (value != null && value.length() > MAX_FIELD) {
                throw new InvalidValueException(name, InvalidValueException.Rule.TOO_LONG, MAX_FIELD);
            }
            clean[field.ordinal()] = value == null ? "" : value;
        }
        return new MeetingFields(clean[0], clean[1], clean[2], clean[3], clean[4], clean[5]);
    }

    /** The text of one field. */
    public String get(Field field) {
        return switch (field) {
            case PARTICIPANTS -> participants;
            case PURPOSE -> purpose;
            case BASIS -> basis;
            case GOAL -> goal;
            case DOCUMENTATION -> documentation;
            case FOLLOW_UP -> followUp;
        };
    }

    private static String text(String value) {
        Objects.requireNonNull(value, "field");
        return value;
    }
}
