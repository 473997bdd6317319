package se.planprocess.confluence.process;

import se.planprocess.confluence.process.InvalidValueException.Rule;

/**
 * Rules for text people type: names (of committees, cycles, phases, milestones; short names and keys) are one line
 * of printable text; comments may span lines. Refused in both: control characters (Unicode category Cc: NUL, TAB,
 * CR, ESC, DEL, C1 controls …), the line and paragraph separators U+2028 and U+2029, lone surrogates and the
 * replacement character U+FFFD (what a decoder makes of invalid UTF-8). Comments keep their line breaks: CR LF and
 * a lone CR become LF, every other control character is refused.
 */
public final class UserText {
    private UserText() {
    }

    /** Whether a code point may not appear in a name. */
    public static boolean isForbiddenInName(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                || codePoint == '\u2028' || codePoint == '\u2029'
                || codePoint == '\uFFFD'
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
    }

    /** Whether a text holds a code point that may not appear in a name. */
    public static boolean hasForbiddenCharacters(String text) {
        return text != null && text.codePoints().anyMatch(UserText::isForbiddenInName);
    }

    /**
     * A required name: not blank, at most {@code max} characters, no forbidden character; leading and trailing
     * spaces removed.
     *
     * @throws InvalidValueException naming {@code field}
     */
    public static String name(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, Rule.BLANK);
        }
        return optionalName(value, field, max);
    }

    /** Like {@link #name}, but null and blank are allowed (and give null). */
    public static String optionalName(String value, String field, int max) {
        if (value == null) {
            return null;
        }
        if (hasForbiddenCharacters(value)) {
            throw new InvalidValueException(field, Rule.CONTROL_CHARACTERS);
        }
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        if (stripped.length() > max) {
            throw new InvalidValueException(field, Rule.TOO_LONG, max);
        }
        return stripped;
    }

    /**
     * A comment: line breaks normalised to LF, other forbidden characters refused, leading and trailing whitespace
     * removed; null when nothing is left. The length is the caller's rule.
     *
     * @throws InvalidValueException naming {@code field}
     */
    public static String comment(String value, String field) {
        if (value == null) {
            return null;
        }
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        if (lines.codePoints().anyMatch(c -> c != '\n' && isForbiddenInName(c))) {
            throw new InvalidValueException(field, Rule.CONTROL_CHARACTERS);
        }
        String stripped = lines.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Checks a stored or built value against the name rules, for record constructors. */
    static String requireName(String value, String field, int max) {
        if (value == null) {
            throw new NullPointerException(field);
        }
        if (hasForbiddenCharacters(value)) {
            throw new InvalidValueException(field, Rule.CONTROL_CHARACTERS);
        }
        if (value.isBlank()) {
            throw new InvalidValueException(field, Rule.BLANK);
        }
        if (value.length() > max) {
            throw new InvalidValueException(field, Rule.TOO_LONG, max);
        }
        return value;
    }
}
