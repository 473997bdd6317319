package se.planprocess.confluence.process;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of a kind of document, e.g. {@code feedback-report}: a short lower-case word as stored and sent. What a
 * kind is (its workflow, scope, sections, deadlines and pages) is its specification in {@code kind}; the constants
 * below only name the region's built-in kinds.
 */
public record DocumentKind(String key) {
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public static final DocumentKind FEEDBACK_REPORT = new DocumentKind("feedback-report");
    public static final DocumentKind MEETING = new DocumentKind("meeting");
    public static final DocumentKind OPERATIONAL_PLAN = new DocumentKind("operational-plan");
    public static final DocumentKind ACTIVITY_PLAN = new DocumentKind("activity-plan");
    public static final DocumentKind PLANNING_PREMISES = new DocumentKind("planning-premises");

    public DocumentKind {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A kind's key is a short lower-case word");
        }
    }

    /**
     * The kind named by a stored or sent key; the upper-case constant names of earlier versions
     * ({@code FEEDBACK_REPORT}) are read as their keys. Empty for anything that is not a kind's name.
     */
    public static Optional<DocumentKind> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String normal = CONSTANT_NAME.matcher(key).matches() ? key.toLowerCase(Locale.ROOT).replace('_', '-') : key;
        return KEY.matcher(normal).matches() ? Optional.of(new DocumentKind(normal)) : Optional.empty();
    }

    @Override
    public String toString() {
        return key;
    }
}
