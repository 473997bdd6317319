package se.planprocess.confluence.meeting.macro;

import java.util.List;

/**
 * A registered meeting's decisions and actions on its page, in the viewer's language: the REST path the forms post to,
 * whether the viewer may record (edit permission on the page), the decisions oldest first and the actions in the order
 * they were agreed.
 */
public record MeetingRecordsView(String rest, long pageId, boolean canEdit, List<DecisionRow> decisions,
                                 List<ActionRow> actions, int decisionCount, int actionCount) {
    /** One decision: its text, who recorded it and when ({@code at} as shown, {@code isoAt} for the time element). */
    public record DecisionRow(String text, String recordedBy, String at, String isoAt) {
    }

    /**
     * One action: text, owner's name, due day as shown and as ISO (empty for none), whether it is overdue, done and by
     * whom, and whether the viewer may mark it done (its owner or the meeting's organiser, with edit permission).
     */
    public record ActionRow(long id, String text, String owner, String due, String isoDue, boolean overdue,
                            boolean done, String doneBy, boolean canMarkDone) {
    }
}
