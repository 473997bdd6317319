package se.planprocess.confluence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A cycle (plan year) of a process. */
@Preload
@Table("CYCLE")
public interface AoCycle extends Entity {
    @NotNull
    @Unique
    String getCycleKey();

    void setCycleKey(String key);

    @NotNull
    String getNameSv();

    void setNameSv(String name);

    String getNameEn();

    void setNameEn(String name);

    int getPlanYear();

    void setPlanYear(int year);

    int getHorizonYears();

    void setHorizonYears(int years);

    @NotNull
    String getTemplateKey();

    void setTemplateKey(String key);

    /**
     * The feedback report's template version: the first column for template versions, still written (the feedback
     * report's version, or the empty mark) and read for rows that have no {@link #getTemplateVersions()}.
     */
    @NotNull
    String getReportTemplate();

    void setReportTemplate(String version);

    /** Template version per kind, {@code kind=version} pairs joined by commas; null in rows from before it. */
    String getTemplateVersions();

    void setTemplateVersions(String versions);

    /** A finished cycle, kept and no longer changed; null (rows from before the column) reads as in use. */
    Boolean getArchived();

    void setArchived(Boolean archived);
}
