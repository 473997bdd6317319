package se.planprocess.confluence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One recorded change of a cycle; append-only. {@code changeKey} = "cycleId:version" is unique, so of two
 * administrators who both save on the same version only one can record the next: the database refuses the second.
 * {@code details}: one line per changed field, joined by line feeds.
 */
@Preload
@Table("CYCLE_CHANGE")
public interface AoCycleChange extends Entity {
    @Indexed
    int getCycleId();

    void setCycleId(int cycleId);

    long getCycleVersion();

    void setCycleVersion(long version);

    @NotNull
    @Unique
    String getChangeKey();

    void setChangeKey(String key);

    @NotNull
    String getChangeAction();

    void setChangeAction(String action);

    @NotNull
    String getActorKey();

    void setActorKey(String key);

    @NotNull
    String getActorName();

    void setActorName(String name);

    long getChangedAt();

    void setChangedAt(long epochMillis);

    @StringLength(StringLength.UNLIMITED)
    String getDetails();

    void setDetails(String details);
}
