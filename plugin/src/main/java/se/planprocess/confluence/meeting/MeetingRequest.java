package se.planprocess.confluence.meeting;

/**
 * A meeting as a wizard or a client sends it, every value as typed: kind key, title (empty: made from the kind and
 * the date), date {@code YYYY-MM-DD}, start and end {@code HH:MM} (both may be empty; an end needs a start), place,
 * the phase key within the cycle (may be empty) and the committee's id (required for a kind held with one committee).
 */
public record MeetingRequest(String kind, String title, String date, String start, String end, String place,
                             String phase, String committee) {
}
