package se.planprocess.confluence.administration;

import se.planprocess.confluence.process.Cycle;

import java.util.Objects;

/** A stored cycle and its version: the number of its changes, which the next change must name. */
public record VersionedCycle(Cycle cycle, long version) {
    public VersionedCycle {
        Objects.requireNonNull(cycle, "cycle");
        if (version < 1) {
            throw new IllegalArgumentException("A stored cycle has version 1 or later");
        }
    }
}
