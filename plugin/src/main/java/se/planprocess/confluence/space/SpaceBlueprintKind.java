package se.planprocess.confluence.space;

import java.util.Arrays;
import java.util.Optional;

/**
 * The app's space blueprints. The wizard puts the kind's code into the context under {@link SpaceWizard#BLUEPRINT}
 * (a hidden field), so that the listener knows which of the app's blueprints made a space without Confluence's
 * internal {@code SpaceBlueprint} type.
 */
public enum SpaceBlueprintKind {
    /** Ekonomistaben's process space: the tracker, the timeline, the next deadlines and the latest changes. */
    PLANNING_PROCESS("planeringsprocess", false),
    /** A committee's space (nämndrum), registered as the committee's when it is created. */
    COMMITTEE_ROOM("namndrum", true);

    private final String code;
    private final boolean registersCommittee;

    SpaceBlueprintKind(String code, boolean registersCommittee) {
        this.code = code;
        this.registersCommittee = registersCommittee;
    }

    public String code() {
        return code;
    }

    public boolean registersCommittee() {
        return registersCommittee;
    }

    public static Optional<SpaceBlueprintKind> byCode(Object code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
