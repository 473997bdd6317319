package se.planprocess.confluence.administration;

import se.planprocess.confluence.process.UserText;

/**
 * The app's settings, shared by every node (port). The process owner group is the Confluence group whose members
 * own the process (ekonomistaben): they keep the calendar, and alone may mark reports received.
 */
public interface ProcessSettings {
    /** The group an installation has until an administrator names another. */
    String DEFAULT_PROCESS_OWNER_GROUP = "planprocess-ekonomistaben";
    /** Confluence's group names are at most 255 characters. */
    int MAX_GROUP = 255;

    String processOwnerGroup();

    /**
     * Names another group; a group name is one line of printable text.
     *
     * @throws se.planprocess.confluence.process.InvalidValueException naming {@code processOwnerGroup}
     */
    void setProcessOwnerGroup(String group);

    /** The group name as it would be stored. */
    static String checkedGroup(String group) {
        return UserText.name(group, "processOwnerGroup", MAX_GROUP);
    }
}
