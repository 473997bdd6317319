package se.planprocess.confluence.meeting;

import java.time.Clock;
import java.util.Optional;

/**
 * Marking a meeting's action done: only its owner or the meeting's organiser, once. Whether the user may see the
 * meeting's page at all is the caller's check, before this.
 */
public final class MeetingActions {
    /** What became of a request to mark an action done. */
    public enum Outcome {
        DONE,
        /** It was done already, by this or another user. */
        ALREADY_DONE,
        /** The user is neither its owner nor the meeting's organiser. */
        NOT_ALLOWED,
        /** No such action, or its meeting is not registered. */
        UNKNOWN
    }

    private final MeetingRepository meetings;
    private final Clock clock;

    public MeetingActions(MeetingRepository meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    public Outcome markDone(long actionId, String userKey) {
        Optional<MeetingAction> action = meetings.action(actionId);
        if (action.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        Optional<RegisteredMeeting> meeting = meetings.find(action.get().meetingId());
        if (meeting.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        if (!action.get().mayBeClosedBy(userKey, meeting.get().organiserKey())) {
            return Outcome.NOT_ALLOWED;
        }
        if (action.get().isDone()) {
            return Outcome.ALREADY_DONE;
        }
        return meetings.close(actionId, userKey, clock.instant()) ? Outcome.DONE : Outcome.ALREADY_DONE;
    }
}
