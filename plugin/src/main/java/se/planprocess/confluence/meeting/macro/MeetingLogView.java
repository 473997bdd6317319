package se.planprocess.confluence.meeting.macro;

import java.util.List;

/**
 * The meeting log in the viewer's language: the caption, the count line, and the meetings the viewer may see in date
 * order, each with its decisions and open actions. Only what the viewer may see is in it, the count included.
 */
public record MeetingLogView(String caption, String count, int shown, List<Row> meetings) {
    /** One meeting: its day (as shown and ISO), page title and link, kind, committee, decisions, open actions. */
    public record Row(String date, String isoDate, String title, String url, String kind, String committee,
                      List<String> decisions, List<ActionItem> openActions, int decisionCount, int actionCount) {
        public Row(String date, String isoDate, String title, String url, String kind, String committee,
                   List<String> decisions, List<ActionItem> openActions) {
            this(date, isoDate, title, url, kind, committee, decisions, openActions, decisions.size(),
                    openActions.size());
        }
    }

    /** One open action: text, owner's name, due day (as shown and ISO; empty for none), overdue, its meeting. */
    public record ActionItem(String text, String owner, String due, String isoDue, boolean overdue, String meeting,
                             String meetingUrl) {
    }

    /** The action list: caption, count line and the open actions by due day. */
    public record Actions(String caption, String count, int shown, List<ActionItem> actions) {
    }
}
