package se.planprocess.confluence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A meeting page's registration beside its tracked document ({@code docId}, unique): cycle, meeting kind, day
 * ({@code MEETING_DAY}, {@code YYYY-MM-DD}, so the text orders as the days), times ({@code HH:MM}, or null), place, phase key, committee
 * (0: none) and organiser's user key.
 */
@Preload
@Table("MEETING")
public interface AoMeeting extends Entity {
    @Unique
    @NotNull
    int getDocId();

    void setDocId(int docId);

    @Indexed
    int getCycleId();

    void setCycleId(int cycleId);

    @NotNull
    String getMeetingKind();

    void setMeetingKind(String kind);

    @NotNull
    String getMeetingDay();

    void setMeetingDay(String day);

    String getStartTime();

    void setStartTime(String time);

    String getEndTime();

    void setEndTime(String time);

    String getPlace();

    void setPlace(String place);

    String getPhaseKey();

    void setPhaseKey(String phase);

    int getCommitteeId();

    void setCommitteeId(int committeeId);

    @NotNull
    String getOrganiserKey();

    void setOrganiserKey(String userKey);
}
