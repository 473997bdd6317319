package se.planprocess.confluence.workflow;

/** Why a status change is refused; each reason has a message in the user's language (i18n key suffix). */
public enum TransitionRefusal {
    UNKNOWN_STATUS,
    SAME_STATUS,
    NOT_ALLOWED,
    COMMENT_REQUIRED,
    PROCESS_OWNER_ONLY
}
