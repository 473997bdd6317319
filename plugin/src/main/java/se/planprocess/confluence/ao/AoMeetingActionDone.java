package se.planprocess.confluence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * That an action was marked done: one row per action ({@code actionId} is unique), so when two people mark the same
 * action done at once the database keeps the first and refuses the second.
 */
@Preload
@Table("MEETING_ACTION_DONE")
public interface AoMeetingActionDone extends Entity {
    @Unique
    @NotNull
    int getActionId();

    void setActionId(int actionId);

    @NotNull
    String getDoneBy();

    void setDoneBy(String userKey);

    @NotNull
    long getDoneAt();

    void setDoneAt(long epochMillis);
}
