package se.planprocess.confluence.space;

/**
 * The fields of the app's space wizards, as they arrive in the create request's context (Confluence sends the
 * wizard's form fields under their names, {@code name} and {@code spaceKey} as its own space wizards do), and their
 * limits.
 */
public final class SpaceWizard {
    /** Hidden field: the {@link SpaceBlueprintKind#code()} of the blueprint. */
    public static final String BLUEPRINT = "planprocessSpaceBlueprint";
    /** The new space's name (Confluence's own field name). */
    public static final String SPACE_NAME = "name";
    /** The new space's key (Confluence's own field name). */
    public static final String SPACE_KEY = "spaceKey";
    /** {@value #EXISTING} or {@value #NEW}. */
    public static final String COMMITTEE = "planprocessCommittee";
    public static final String COMMITTEE_ID = "planprocessCommitteeId";
    public static final String COMMITTEE_NAME = "planprocessCommitteeName";
    public static final String COMMITTEE_SHORT_NAME = "planprocessCommitteeShortName";
    public static final String EXISTING = "existing";
    public static final String NEW = "new";

    /** Confluence's limit for a space name (the host refuses longer names too). */
    public static final int MAX_SPACE_NAME = 200;
    /** Confluence's global space keys are at most 255 letters and digits; the app keeps them short. */
    public static final int MAX_SPACE_KEY = 30;

    private SpaceWizard() {
    }
}
