package se.planprocess.confluence.space;

import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.process.UserText;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of the app's space wizards, and the committee registered with its new space in one step. The wizard asks
 * {@link #check} before it submits (the space must not exist yet); the listener of Confluence's space-blueprint event
 * calls {@link #register} once the space exists, with the same rules, so that a request that did not come through the
 * wizard is held to them as well. Only the process owner (ekonomistaben, Confluence administrators) registers a
 * committee, and the wizards are theirs (the planning space shows every committee's progress); whether someone may
 * create spaces at all is Confluence's own check, made before the space exists.
 */
public class CommitteeSpaces {
    private final CommitteeRepository committees;
    private final SpaceDirectory spaces;

    public CommitteeSpaces(CommitteeRepository committees, SpaceDirectory spaces) {
        this.committees = committees;
        this.spaces = spaces;
    }

    /** Active committees that have no space yet, by name: what the wizard offers. */
    public List<Committee> withoutSpace() {
        return committees.findAll().stream().filter(Committee::active).filter(c -> c.spaceKey() == null)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    /**
     * Checks a wizard's fields for a space that does not exist yet; writes nothing. A value that breaks a text rule
     * is refused with the rule's wizard message ({@code planprocess.space.error.<rule>}), which does not name the
     * field: the wizard shows it next to the field.
     *
     * @throws SpaceRefusal naming the field
     */
    public SpacePlan check(Map<String, ?> wizard, boolean processOwner) {
        try {
            return plan(wizard, processOwner);
        } catch (InvalidValueException e) {
            Serializable[] arguments = e.messageArguments();
            throw new SpaceRefusal(e.field(), "planprocess.space.error." + e.rule().code(), 400,
                    Arrays.copyOfRange(arguments, 1, arguments.length));
        }
    }

    private SpacePlan plan(Map<String, ?> wizard, boolean processOwner) {
        SpaceBlueprintKind kind = SpaceBlueprintKind.byCode(wizard.get(SpaceWizard.BLUEPRINT))
                .orElseThrow(() -> new SpaceRefusal(SpaceWizard.BLUEPRINT, "planprocess.space.error.blueprint", 400));
        if (!processOwner) {
            // Both spaces are the process owner's to make: the planning space shows every committee's progress.
            throw kind.registersCommittee() ? notAllowed()
                    : new SpaceRefusal(SpaceWizard.BLUEPRINT, "planprocess.space.error.not-allowed.planning", 403);
        }
        String name = UserText.name(text(wizard, SpaceWizard.SPACE_NAME), SpaceWizard.SPACE_NAME,
                SpaceWizard.MAX_SPACE_NAME);
        String key = spaceKey(text(wizard, SpaceWizard.SPACE_KEY));
        if (spaces.exists(key)) {
            throw new SpaceRefusal(SpaceWizard.SPACE_KEY, "planprocess.space.error.key-taken", 409);
        }
        Optional<Committee> committee = kind.registersCommittee() ? Optional.of(choose(wizard, key))
                : Optional.empty();
        return new SpacePlan(kind, key, name, committee);
    }

    /**
     * Registers the committee of a committee room that now exists, from the create request's context; empty for a
     * space of another blueprint. Nothing is written when a rule is broken.
     *
     * @throws SpaceRefusal or {@link InvalidValueException}, naming the field
     */
    public Optional<Committee> register(String spaceKey, Map<String, ?> context, boolean processOwner) {
        Optional<SpaceBlueprintKind> kind = SpaceBlueprintKind.byCode(context.get(SpaceWizard.BLUEPRINT));
        if (kind.isEmpty() || !kind.get().registersCommittee()) {
            return Optional.empty();
        }
        if (!processOwner) {
            throw notAllowed();
        }
        String key = Committee.requireSpaceKey(spaceKey, SpaceWizard.SPACE_KEY);
        if (committees.findBySpaceKey(key).isPresent()) {
            throw new SpaceRefusal(SpaceWizard.SPACE_KEY, "planprocess.space.error.space-has-committee", 409);
        }
        return Optional.of(committees.save(choose(context, key)));
    }

    private Committee choose(Map<String, ?> wizard, String spaceKey) {
        String choice = text(wizard, SpaceWizard.COMMITTEE);
        if (SpaceWizard.EXISTING.equals(choice)) {
            String id = text(wizard, SpaceWizard.COMMITTEE_ID);
            if (id == null || id.isBlank()) {
                throw new SpaceRefusal(SpaceWizard.COMMITTEE_ID, "planprocess.space.error.committee-required", 400);
            }
            Committee existing = parseId(id).flatMap(committees::findById).filter(Committee::active)
                    .orElseThrow(() -> new SpaceRefusal(SpaceWizard.COMMITTEE_ID,
                            "planprocess.space.error.committee-unknown", 400));
            if (existing.spaceKey() != null) {
                throw new SpaceRefusal(SpaceWizard.COMMITTEE_ID, "planprocess.space.error.committee-has-space", 409,
                        existing.spaceKey());
            }
            return new Committee(existing.id(), existing.name(), existing.shortName(), spaceKey, existing.active());
        }
        if (SpaceWizard.NEW.equals(choice)) {
            String name = UserText.name(text(wizard, SpaceWizard.COMMITTEE_NAME), SpaceWizard.COMMITTEE_NAME,
                    Committee.MAX_NAME);
            String shortName = UserText.name(text(wizard, SpaceWizard.COMMITTEE_SHORT_NAME),
                    SpaceWizard.COMMITTEE_SHORT_NAME, Committee.MAX_SHORT_NAME);
            for (Committee other : committees.findAll()) {
                if (same(other.name(), name)) {
                    throw new SpaceRefusal(SpaceWizard.COMMITTEE_NAME, "planprocess.space.error.name-taken", 409);
                }
                if (same(other.shortName(), shortName)) {
                    throw new SpaceRefusal(SpaceWizard.COMMITTEE_SHORT_NAME,
                            "planprocess.space.error.short-name-taken", 409);
                }
            }
            return new Committee(0, name, shortName, spaceKey, true);
        }
        throw new SpaceRefusal(SpaceWizard.COMMITTEE, "planprocess.space.error.committee-required", 400);
    }

    private static String spaceKey(String value) {
        if (value != null && !value.isBlank() && value.strip().length() > SpaceWizard.MAX_SPACE_KEY) {
            throw new InvalidValueException(SpaceWizard.SPACE_KEY, InvalidValueException.Rule.TOO_LONG,
                    SpaceWizard.MAX_SPACE_KEY);
        }
        return Committee.requireSpaceKey(value == null ? null : value.strip(), SpaceWizard.SPACE_KEY);
    }

    private static SpaceRefusal notAllowed() {
        return new SpaceRefusal(SpaceWizard.COMMITTEE, "planprocess.space.error.not-allowed", 403);
    }

    private static boolean same(String a, String b) {
        return a != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    private static Optional<Long> parseId(String id) {
        try {
            long value = Long.parseLong(id.strip());
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A wizard field as text: strings and numbers as they are; anything else is refused naming the field. */
    private static String text(Map<String, ?> wizard, String field) {
        Object value = wizard.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new SpaceRefusal(field, "planprocess.space.error.field", 400);
    }
}
