package se.planprocess.confluence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A phase of a cycle; dates are ISO-8601 days ("2026-03-01"), which sort as text and carry no time zone. */
@Preload
@Table("PHASE")
public interface AoPhase extends Entity {
    @Indexed
    int getCycleId();

    void setCycleId(int cycleId);

    @NotNull
    String getPhaseKey();

    void setPhaseKey(String key);

    @NotNull
    String getNameSv();

    void setNameSv(String name);

    String getNameEn();

    void setNameEn(String name);

    @NotNull
    String getStartDate();

    void setStartDate(String day);

    @NotNull
    String getEndDate();

    void setEndDate(String day);

    int getPosition();

    void setPosition(int position);

    /**
     * A phase that runs beside the others and is left out of their order; null in rows from before the column, which
     * read as the template's phase of the same key says.
     */
    Boolean getParallel();

    void setParallel(Boolean parallel);
}
