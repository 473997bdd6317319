package se.planprocess.confluence.kind;

import java.util.Objects;
import java.util.Set;

/**
 * How pages of a kind become tracked documents: created from the blueprint {@code blueprintKey} (a
 * {@code <blueprint>} module of atlassian-plugin.xml), whose context provider puts the checked choices into the
 * create request's context under these keys; the page listener reads them back from the blueprint event. The
 * committee key is required for a {@link Scope#COMMITTEE} kind and optional otherwise.
 */
public record PageRegistration(String blueprintKey, String kindKey, String cycleIdKey, String committeeIdKey,
                               String templateVersionKey, String cycleLabelKey) {
    public static final String KIND = "planprocessKind";
    public static final String CYCLE_ID = "planprocessCycleId";
    public static final String COMMITTEE_ID = "planprocessCommitteeId";
    public static final String TEMPLATE_VERSION = "planprocessTemplateVersion";
    public static final String CYCLE_LABEL = "planprocessCycleLabel";

    public PageRegistration {
        Objects.requireNonNull(blueprintKey, "blueprintKey");
        Objects.requireNonNull(kindKey, "kindKey");
        Objects.requireNonNull(cycleIdKey, "cycleIdKey");
        Objects.requireNonNull(committeeIdKey, "committeeIdKey");
        Objects.requireNonNull(templateVersionKey, "templateVersionKey");
        Objects.requireNonNull(cycleLabelKey, "cycleLabelKey");
        if (Set.of(kindKey, cycleIdKey, committeeIdKey, templateVersionKey, cycleLabelKey).size() != 5) {
            throw new IllegalArgumentException("The context keys of a registration are distinct");
        }
    }

    /** The app's usual keys ({@value #KIND}, {@value #CYCLE_ID}, …) for pages of the blueprint {@code blueprintKey}. */
    public static PageRegistration fromBlueprint(String blueprintKey) {
        return new PageRegistration(blueprintKey, KIND, CYCLE_ID, COMMITTEE_ID, TEMPLATE_VERSION, CYCLE_LABEL);
    }
}
