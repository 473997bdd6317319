package se.planprocess.confluence.process;

import se.planprocess.confluence.process.InvalidValueException.Rule;

import java.util.regex.Pattern;

/**
 * A committee (nämnd): its name, short name and the key of its Confluence space (null when it has none). Names are
 * one line of printable text ({@link UserText}); a space key is letters and digits, as Confluence's global space
 * keys are.
 */
public record Committee(long id, String name, String shortName, String spaceKey, boolean active) {
    public static final int MAX_NAME = 200;
    public static final int MAX_SHORT_NAME = 40;
    private static final Pattern SPACE_KEY = Pattern.compile("[A-Za-z0-9]{1,255}");

    public Committee {
        UserText.requireName(name, "name", MAX_NAME);
        UserText.requireName(shortName, "shortName", MAX_SHORT_NAME);
        if (spaceKey != null) {
            requireSpaceKey(spaceKey, "spaceKey");
        }
    }

    /**
     * A space key in Confluence's form for global spaces.
     *
     * @throws InvalidValueException naming {@code field}
     */
    public static String requireSpaceKey(String spaceKey, String field) {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new InvalidValueException(field, Rule.BLANK);
        }
        if (UserText.hasForbiddenCharacters(spaceKey)) {
            throw new InvalidValueException(field, Rule.CONTROL_CHARACTERS);
        }
        if (!SPACE_KEY.matcher(spaceKey).matches()) {
            throw new InvalidValueException(field, Rule.SPACE_KEY_FORMAT);
        }
        return spaceKey;
    }
}
