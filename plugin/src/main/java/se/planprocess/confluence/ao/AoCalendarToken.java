package se.planprocess.confluence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A personal link to the calendar feed: its owner's user key and the SHA-256 (hex) of its secret, never the secret.
 * Revoking a link deletes its row.
 */
@Preload
@Table("CAL_TOKEN")
public interface AoCalendarToken extends Entity {
    @NotNull
    @Indexed
    @StringLength(255)
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @NotNull
    @Unique
    @StringLength(64)
    String getSecretHash();

    void setSecretHash(String secretHash);

    /** Epoch milliseconds. */
    @NotNull
    Long getCreatedAt();

    void setCreatedAt(Long createdAt);
}
