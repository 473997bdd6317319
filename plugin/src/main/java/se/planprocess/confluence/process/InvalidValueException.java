package se.planprocess.confluence.process;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A value the process model refuses: which field (named as the caller sent it, e.g. {@code milestones[0].nameSv}),
 * which rule it breaks, and the arguments the rule's message needs. Nothing has been written.
 */
public class InvalidValueException extends IllegalArgumentException {
    /** The rules a value can break; each has a message key {@code planprocess.error.<rule>}. */
    public enum Rule {
        /** Missing, empty or only whitespace. */
        BLANK,
        /** Longer than allowed; argument: the maximum length. */
        TOO_LONG,
        /** Holds a control character, a line or paragraph separator, or a broken character (U+FFFD, a lone surrogate). */
        CONTROL_CHARACTERS,
        /** Not a Confluence space key ({@code A-Z}, {@code a-z}, {@code 0-9}). */
        SPACE_KEY_FORMAT,
        /** No Confluence space has this key. */
        UNKNOWN_SPACE,
        /** A number outside its range; arguments: the smallest and the largest allowed. */
        OUT_OF_RANGE,
        /** A day outside the years the app plans for; arguments: the first and last year. */
        DATE_OUT_OF_RANGE,
        /** A cycle longer than allowed; argument: the maximum number of years. */
        CYCLE_TOO_LONG,
        /** A milestone outside its cycle's window; arguments: the window's first and last day. */
        OUTSIDE_CYCLE,
        /** Not a day of the calendar ({@code 2025-02-30}) or not written as {@code YYYY-MM-DD}. */
        NOT_A_DATE,
        /** Not a time of day written as {@code HH:MM}. */
        NOT_A_TIME,
        /** An end that is not after its start; argument: the start field. */
        END_NOT_AFTER_START,
        /** None of the values the field takes; argument: the values it takes, comma-separated. */
        UNKNOWN_VALUE,
        /** A range that ends before it starts; argument: its start. */
        END_BEFORE_START,
        /** A phase that starts or ends before the phase before it; argument: that phase's name. */
        PHASE_ORDER,
        /** A key used twice in one list; argument: the key. */
        DUPLICATE_KEY,
        /** A milestone in a phase the cycle does not have. */
        UNKNOWN_PHASE,
        /** A kind of document the app does not track. */
        UNKNOWN_KIND,
        /** A deadline with a kind and no status, or a status and no kind. */
        DEADLINE_INCOMPLETE,
        /** A deadline on a status the kind's workflow does not have; argument: the statuses it has. */
        STATUS_NOT_IN_KIND,
        /** A committee id that names no committee. */
        NO_SUCH_COMMITTEE,
        /** A template version the kind does not have; argument: the versions it has. */
        UNKNOWN_TEMPLATE_VERSION,
        /** Another cycle of the same process has this plan period; argument: its name. */
        DUPLICATE_PERIOD,
        /** A process template the app does not have. */
        UNKNOWN_TEMPLATE,
        // Meetings' decisions and actions
        /** No Confluence user has this user name. */
        UNKNOWN_USER,
        // Section templates
        /** Not a template version key (a letter or digit, then letters, digits, '.', '_', '-'; at most 20). */
        TEMPLATE_VERSION_FORMAT,
        /** Sections other than the kind's own, in their order; argument: the section keys. */
        SECTION_KEYS;

        public String messageKey() {
            return "planprocess.error." + code();
        }

        /** For example {@code control-characters}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final String field;
    private final Rule rule;
    private final Serializable[] arguments;

    public InvalidValueException(String field, Rule rule, Serializable... arguments) {
        super(rule.code() + " " + LogText.of(field));
        this.field = Objects.requireNonNull(field, "field");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.arguments = arguments.clone();
    }

    /** The same refusal for a field inside {@code prefix}, e.g. {@code nameSv} within {@code milestones[2]}. */
    public InvalidValueException within(String prefix) {
        return new InvalidValueException(prefix + "." + field, rule, arguments);
    }

    /** The same refusal for another field name. */
    public InvalidValueException renamed(String newField) {
        return new InvalidValueException(newField, rule, arguments);
    }

    public String field() {
        return field;
    }

    public Rule rule() {
        return rule;
    }

    /** The field first, then the rule's own arguments: what the rule's message is formatted with. */
    public Serializable[] messageArguments() {
        Serializable[] all = new Serializable[arguments.length + 1];
        all[0] = field;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return all;
    }
}
