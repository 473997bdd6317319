package se.planprocess.confluence.calendar.macro;

import java.io.Serializable;
import java.util.Map;

/**
 * A time plan macro's one parameter, {@code cycle}: a cycle's key or id, empty for the current cycle. A value with
 * control characters or longer than {@value #MAX_VALUE} characters is refused; a cycle that does not exist is refused
 * quoting the value only when it is letters, digits, spaces and {@code . _ -}.
 */
public record CalendarParameters(String cycle) {
    static final int MAX_VALUE = 200;
    private static final String QUOTABLE = "[\\p{L}\\p{N} ._\\-]{1,100}";

    /** @throws Refused a malformed value */
    public static CalendarParameters parse(Map<String, String> raw) {
        String value = raw == null ? null : raw.get("cycle");
        if (value == null) {
            return new CalendarParameters("");
        }
        if (value.length() > MAX_VALUE || value.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.FORMAT)) {
            throw new Refused("planprocess.calendar.error.cycle.invalid");
        }
        return new CalendarParameters(value.strip());
    }

    /** The refusal of a cycle that does not exist. */
    public Refused unknown() {
        return cycle.matches(QUOTABLE) ? new Refused("planprocess.calendar.error.cycle.unknown", cycle)
                : new Refused("planprocess.calendar.error.cycle.unknown.unquoted");
    }

    /** A refused parameter: a message key of the app's bundles and its arguments (the macro's name comes first). */
    public static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String messageKey;
        private final Serializable[] arguments;

        Refused(String messageKey, Serializable... arguments) {
            super(messageKey);
            this.messageKey = messageKey;
            this.arguments = arguments.clone();
        }

        public String messageKey() {
            return messageKey;
        }

        public Serializable[] arguments(String macroName) {
            Serializable[] all = new Serializable[arguments.length + 1];
            all[0] = macroName;
            System.arraycopy(arguments, 0, all, 1, arguments.length);
            return all;
        }
    }
}
