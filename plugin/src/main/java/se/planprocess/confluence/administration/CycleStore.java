package se.planprocess.confluence.administration;

import java.util.List;
import java.util.Optional;

import se.planprocess.confluence.process.Cycle;

/**
 * Cycles with their versions and recorded changes (port). The store enforces the version: of two writers that start
 * from the same version only one can record the next one, whatever node they run on.
 */
public interface CycleStore {
    List<VersionedCycle> findAll();

    Optional<VersionedCycle> find(long id);

    /**
     * Inserts a new cycle (id 0) with its first change, version 1, in one transaction.
     *
     * @throws se.planprocess.confluence.document.DocumentException {@code DUPLICATE} when a cycle has the same key
     */
    VersionedCycle create(Cycle cycle, CycleChange change);

    /**
     * Replaces a stored cycle and records the change as version {@code expectedVersion + 1}, in one transaction.
     *
     * @throws CycleConflictException when the stored version is not {@code expectedVersion} (nothing is written)
     */
    VersionedCycle update(Cycle cycle, long expectedVersion, CycleChange change);

    /** The cycle's recorded changes, newest first. */
    List<CycleChange> history(long cycleId);
}
