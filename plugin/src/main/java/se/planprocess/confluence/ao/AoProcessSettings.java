package se.planprocess.confluence.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import se.planprocess.confluence.administration.ProcessSettings;

import java.util.Map;

/**
 * The app's settings in Active Objects, read from the database on every call: a setting changed on one node holds on
 * every node at once (no node-local copy).
 */
public final class AoProcessSettings implements ProcessSettings {
    static final String PROCESS_OWNER_GROUP = "process-owner-group";

    private final ActiveObjects ao;

    public AoProcessSettings(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public String processOwnerGroup() {
        AoSetting[] rows = ao.find(AoSetting.class, Query.select().where("SETTING_KEY = ?", PROCESS_OWNER_GROUP));
        return rows.length == 0 || rows[0].getSettingValue() == null ? DEFAULT_PROCESS_OWNER_GROUP
                : rows[0].getSettingValue();
    }

    @Override
    public void setProcessOwnerGroup(String group) {
        String checked = ProcessSettings.checkedGroup(group);
        ao.executeInTransaction(() -> {
            AoSetting[] rows = ao.find(AoSetting.class, Query.select().where("SETTING_KEY = ?", PROCESS_OWNER_GROUP));
            if (rows.length == 0) {
                ao.create(AoSetting.class, Map.of("SETTING_KEY", PROCESS_OWNER_GROUP, "SETTING_VALUE", checked));
            } else {
                rows[0].setSettingValue(checked);
                rows[0].save();
            }
            return null;
        });
    }
}
