package se.planprocess.confluence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One section of a configured template version, in its place ({@code sectionOrder}): the kind's section key and the
 * version's wording. Headings are at most 200 characters; guidance up to 2,000 is unlimited text.
 */
@Preload
@Table("TEMPLATE_SECTION")
public interface AoTemplateSection extends Entity {
    @NotNull
    @Indexed
    String getTemplateKey();

    void setTemplateKey(String key);

    int getSectionOrder();

    void setSectionOrder(int order);

    @NotNull
    String getSectionKey();

    void setSectionKey(String key);

    @NotNull
    String getHeadingSv();

    void setHeadingSv(String heading);

    @NotNull
    String getHeadingEn();

    void setHeadingEn(String heading);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getGuidanceSv();

    void setGuidanceSv(String guidance);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getGuidanceEn();

    void setGuidanceEn(String guidance);
}
