package se.planprocess.confluence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A page registered as a process document. {@code slotKey} is unique: it holds "kind:cycle:committee" for kinds with
 * one document per committee, so the database itself refuses a second feedback report for the same pair; documents
 * without such a slot (unassigned, or kinds with many per committee) hold "page:pageId", because AO makes unique
 * columns NOT NULL.
 * {@code docVersion} is the optimistic-locking version.
 *
 * <p>The index {@code cycleKind} on ({@code CYCLE_ID}, {@code KIND}) came after the first release, for a tracker
 * that reads only its columns' kinds of a cycle. AO's migration creates it on an existing table (an index is no
 * column; nothing to upgrade), see {@code TrackedDocCycleKindIndexTest}.
 */
@Preload
@Table("TRACKED_DOC")
@Indexes(@Index(name = "cycleKind", methodNames = {"getCycleId", "getKind"}))
public interface AoTrackedDoc extends Entity {
    @NotNull
    @Unique
    long getPageId();

    void setPageId(long pageId);

    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    String getTitle();

    void setTitle(String title);

    @NotNull
    String getKind();

    void setKind(String kind);

    @Indexed
    int getCycleId();

    void setCycleId(int cycleId);

    @Indexed
    Integer getCommitteeId();

    void setCommitteeId(Integer committeeId);

    @NotNull
    String getStatus();

    void setStatus(String status);

    String getReadySections();

    void setReadySections(String sections);

    long getDocVersion();

    void setDocVersion(long version);

    @NotNull
    String getState();

    void setState(String state);

    String getTemplateVersion();

    void setTemplateVersion(String version);

    @Unique
    String getSlotKey();

    void setSlotKey(String slotKey);

    long getUpdatedAt();

    void setUpdatedAt(long epochMillis);

    String getUpdatedBy();

    void setUpdatedBy(String displayName);
}
