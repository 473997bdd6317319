package se.planprocess.confluence.document;

import se.planprocess.confluence.process.Committee;

import java.util.List;
import java.util.Optional;

/** Storage of committees (port). */
public interface CommitteeRepository {
    List<Committee> findAll();

    Optional<Committee> findById(long id);

    Optional<Committee> findBySpaceKey(String spaceKey);

    /** Inserts a new committee (id 0) or updates a stored one. */
    Committee save(Committee committee);
}
