package se.planprocess.confluence.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The meetings' part of the index: one row per meeting page, its decisions and its actions. Lists are answered in a
 * bounded number of queries whatever their length (never one per meeting).
 */
public interface MeetingRepository {
    /** Registers the meeting, or replaces the registration of its document (a moved date, a new place). */
    RegisteredMeeting save(RegisteredMeeting meeting);

    Optional<RegisteredMeeting> find(long documentId);

    /** A cycle's meetings, in date and start-time order. */
    List<RegisteredMeeting> byCycle(long cycleId);

    Decision addDecision(long documentId, String text, String recordedBy, Instant at);

    MeetingAction addAction(long documentId, String text, String ownerKey, LocalDate due);

    Optional<MeetingAction> action(long actionId);

    /**
     * Marks an open action done; false when it was done already (by anyone, also by a concurrent request: the
     * database decides, the first one wins).
     */
    boolean close(long actionId, String doneBy, Instant at);

    /** The decisions of these meetings, per document id, oldest first. */
    Map<Long, List<Decision>> decisions(Collection<Long> documentIds);

    /** The actions of these meetings, per document id, in the order they were added. */
    Map<Long, List<MeetingAction>> actions(Collection<Long> documentIds);

    /** The open actions a user owns, by due day (open-ended last). */
    List<MeetingAction> openActionsOf(String ownerKey);
}
