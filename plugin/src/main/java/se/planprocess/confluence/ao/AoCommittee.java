package se.planprocess.confluence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A committee and its Confluence space. */
@Preload
@Table("COMMITTEE")
public interface AoCommittee extends Entity {
    @NotNull
    String getName();

    void setName(String name);

    @NotNull
    String getShortName();

    void setShortName(String shortName);

    @Unique
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    boolean isActive();

    void setActive(boolean active);
}
