package se.planprocess.confluence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A milestone or deadline of a cycle. {@code committeeIds}: comma-separated ids, empty for all committees. */
@Preload
@Table("MILESTONE")
public interface AoMilestone extends Entity {
    @Indexed
    int getCycleId();

    void setCycleId(int cycleId);

    @NotNull
    String getMilestoneKey();

    void setMilestoneKey(String key);

    @NotNull
    String getNameSv();

    void setNameSv(String name);

    String getNameEn();

    void setNameEn(String name);

    @NotNull
    String getDueDate();

    void setDueDate(String day);

    @NotNull
    String getPhaseKey();

    void setPhaseKey(String key);

    String getCommitteeIds();

    void setCommitteeIds(String ids);

    String getDocKind();

    void setDocKind(String kind);

    String getRequiredStatus();

    void setRequiredStatus(String status);
}
