package se.planprocess.confluence.space;

import se.planprocess.confluence.process.Committee;

import java.util.Optional;

/**
 * A checked space-wizard choice: the blueprint, the new space's key and name, and for a committee room the committee
 * as it will be stored (an existing one with the new space's key, or a new one, id 0).
 */
public record SpacePlan(SpaceBlueprintKind kind, String spaceKey, String spaceName, Optional<Committee> committee) {
}
