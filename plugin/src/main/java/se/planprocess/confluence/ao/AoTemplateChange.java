package se.planprocess.confluence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One recorded change of a configured template version; append-only. {@code changeKey} = "kind:version:revision" is
 * unique, so of two administrators who both save on the same revision only one can record the next: the database
 * refuses the second. {@code details}: one line per changed field, joined by line feeds.
 */
@Preload
@Table("TEMPLATE_CHANGE")
public interface AoTemplateChange extends Entity {
    @NotNull
    @Indexed
    String getTemplateKey();

    void setTemplateKey(String key);

    long getRevision();

    void setRevision(long revision);

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
