package se.planprocess.confluence.document;

import se.planprocess.confluence.process.Cycle;

import java.util.List;
import java.util.Optional;

/** Storage of cycles with their phases and milestones (port). */
public interface CycleRepository {
    List<Cycle> findAll();

    Optional<Cycle> findById(long id);

    Optional<Cycle> findByKey(String key);

    /** Inserts a new cycle (id 0) or replaces a stored one, phases and milestones included. */
    Cycle save(Cycle cycle);
}
