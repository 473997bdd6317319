package se.planprocess.confluence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A configured version of a kind's section template (the built-in ones are not stored). {@code templateKey} =
 * "kind:version" is unique, so of two administrators creating the same version only one succeeds; its sections are
 * {@link AoTemplateSection} rows, its changes {@link AoTemplateChange} rows.
 */
@Preload
@Table("SECTION_TEMPLATE")
public interface AoSectionTemplate extends Entity {
    @NotNull
    @Unique
    String getTemplateKey();

    void setTemplateKey(String key);

    @NotNull
    @Indexed
    String getKind();

    void setKind(String kind);

    @NotNull
    String getTemplateVersion();

    void setTemplateVersion(String version);

    /** The version it was copied from. */
    String getBasedOn();

    void setBasedOn(String version);
}
