package se.planprocess.confluence.meeting.macro;

/**
 * What the meeting panel shows, in the viewer's language: the kind, the day and times, place, phase, committee, for
 * a styrdialog the committee's feedback report (status and link, only when the viewer may see it). Empty strings
 * for what the meeting does not have. The body (the six fields) is not part of it: see {@code MeetingMacro}.
 */
public record MeetingView(String kind, String when, String isoDate, String place, String phase, String committee,
                          String reportStatus, String reportTitle, String reportUrl, String reportMissing) {
}
