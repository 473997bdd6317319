package se.planprocess.confluence.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The revision of one event of the calendar feed, by its UID: the fingerprint it was last seen with (its dates), how
 * often that changed (the event's SEQUENCE) and when. Column names avoid {@code UID} and {@code SEQUENCE}, reserved in
 * some of Confluence's databases. Shared by every feed, so every subscriber sees the same SEQUENCE and LAST-MODIFIED.
 */
@Table("CAL_ITEM")
public interface AoCalendarItem extends Entity {
    @NotNull
    @Unique
    @StringLength(255)
    String getEventUid();

    void setEventUid(String uid);

    @NotNull
    @StringLength(100)
    String getFingerprint();

    void setFingerprint(String fingerprint);

    @NotNull
    Integer getRevision();

    void setRevision(Integer revision);

    /** Epoch milliseconds. */
    @NotNull
    Long getModifiedAt();

    void setModifiedAt(Long modifiedAt);
}
