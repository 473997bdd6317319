package se.planprocess.confluence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One setting of the app, by key (for example {@code process-owner-group}). */
@Preload
@Table("SETTING")
public interface AoSetting extends Entity {
    @NotNull
    @Unique
    String getSettingKey();

    void setSettingKey(String key);

    String getSettingValue();

    void setSettingValue(String value);
}
