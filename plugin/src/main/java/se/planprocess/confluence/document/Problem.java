package se.planprocess.confluence.document;

/** What went wrong with a request about a document; each has a message key in the app's i18n bundles. */
public enum Problem {
    NOT_TRACKED(404),
    UNKNOWN_COMMITTEE(404),
    UNKNOWN_STATUS(400),
    SAME_STATUS(400),
    NOT_ALLOWED(400),
    COMMENT_REQUIRED(400),
    COMMENT_TOO_LONG(400),
    PROCESS_OWNER_ONLY(403),
    UNKNOWN_SECTION(400),
    NO_SECTIONS(400),
    STALE_VERSION(409),
    DUPLICATE(409),
    NOT_READY_SECTIONS(409),
    INVALID_INPUT(400),
    FORBIDDEN(403),
    /** Another index rebuild runs (on this or another node). */
    REBUILD_RUNNING(409),
    /** A cycle changed by someone else since the version a save was based on. */
    CYCLE_CONFLICT(409),
    /** An archived cycle is no longer changed. */
    CYCLE_ARCHIVED(409),
    /** No cycle has this id. */
    UNKNOWN_CYCLE(404),
    /** The calendar feed's link is unknown or revoked, its owner gone, or the cycle or committee not visible. */
    CALENDAR_NOT_FOUND(404),
    /** The user has as many calendar links as allowed. */
    TOO_MANY_CALENDAR_LINKS(409),
    /** The user has no calendar link with this id. */
    UNKNOWN_CALENDAR_LINK(404),
    // Meetings' decisions and actions
    /** Only an action's owner or its meeting's organiser marks it done. */
    NOT_ACTION_OWNER(403),
    /** The action was marked done already (by anyone). */
    ACTION_DONE(409),
    // Section templates
    /** A template version changed by someone else since the revision a save was based on. */
    TEMPLATE_CONFLICT(409),
    /** A built-in template version (the kind's own wording) is never changed; copy it instead. */
    BUILT_IN_TEMPLATE(409),
    /** The kind has no template version of this key (or no sections at all). */
    UNKNOWN_SECTION_TEMPLATE(404);

    private final int httpStatus;

    Problem(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** For example {@code planprocess.error.stale-version}. */
    public String messageKey() {
        return "planprocess.error." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
