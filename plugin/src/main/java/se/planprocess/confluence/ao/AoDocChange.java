package se.planprocess.confluence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One history entry of a tracked document; append-only. {@code changeKey} = "documentId:seq" is unique, so two
 * writers that both start from the same version cannot both record version seq: the database refuses the second.
 *
 * <p>{@code NOT_READY_SECTIONS} (section keys, comma-separated) and {@code SECTION_COUNT} were added later, for a step
 * into "Inskickad" confirmed with sections not ready. AO's migration adds them as nullable columns; rows from before
 * hold null there and read as "no sections recorded".
 */
@Preload
@Table("DOC_CHANGE")
public interface AoDocChange extends Entity {
    @Indexed
    int getDocumentId();

    void setDocumentId(int documentId);

    long getSeq();

    void setSeq(long seq);

    @NotNull
    @Unique
    String getChangeKey();

    void setChangeKey(String key);

    @NotNull
    String getChangeType();

    void setChangeType(String type);

    String getFromValue();

    void setFromValue(String value);

    String getToValue();

    void setToValue(String value);

    String getSectionKey();

    void setSectionKey(String key);

    @StringLength(StringLength.UNLIMITED)
    String getComment();

    void setComment(String comment);

    @NotNull
    String getActorKey();

    void setActorKey(String key);

    @NotNull
    String getActorName();

    void setActorName(String name);

    long getChangedAt();

    void setChangedAt(long epochMillis);

    @StringLength(StringLength.UNLIMITED)
    String getNotReadySections();

    void setNotReadySections(String keys);

    Integer getSectionCount();

    void setSectionCount(Integer count);
}
