package se.planprocess.confluence.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import se.planprocess.confluence.administration.CycleChange;
import se.planprocess.confluence.administration.CycleConflictException;
import se.planprocess.confluence.administration.CycleStore;
import se.planprocess.confluence.administration.VersionedCycle;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.process.Cycle;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cycles with their versions and recorded changes in Active Objects. The version is enforced by the database: a change
 * inserts row "cycleId:version" into the unique {@code CHANGE_KEY} column before the cycle is rewritten, in the same
 * transaction, so of two writers starting from the same version only one commits (on any node). A cycle without
 * recorded changes (stored before they were recorded) is at version 1.
 */
public final class AoCycleStore implements CycleStore {
    /** AO refuses '' in a NOT NULL column: the empty key of {@code Actor.SYSTEM} is stored as this instead. */
    private static final String EMPTY_ACTOR_KEY = "#none";

    private final ActiveObjects ao;
    private final AoCycleRepository cycles;

    public AoCycleStore(ActiveObjects ao, AoCycleRepository cycles) {
        this.ao = ao;
        this.cycles = cycles;
    }

    /** Every cycle with its version: the cycles' three queries and one for the versions. */
    @Override
    public List<VersionedCycle> findAll() {
        Map<Integer, Long> versions = new HashMap<>();
        for (AoCycleChange change : ao.find(AoCycleChange.class, Query.select("ID, CYCLE_ID, CYCLE_VERSION"))) {
            versions.merge(change.getCycleId(), change.getCycleVersion(), Math::max);
        }
        return cycles.findAll().stream()
                .map(c -> new VersionedCycle(c, versions.getOrDefault((int) c.id(), 1L)))
                .toList();
    }

    @Override
    public Optional<VersionedCycle> find(long id) {
        return cycles.findById(id).map(c -> new VersionedCycle(c, version(id)));
    }

    @Override
    public VersionedCycle create(Cycle cycle, CycleChange change) {
        try {
            return ao.executeInTransaction(() -> {
                Cycle saved = cycles.save(cycle);
                record(change.of(saved.id(), 1));
                return new VersionedCycle(saved, 1);
            });
        } catch (RuntimeException e) {
            if (cycles.findByKey(cycle.key()).isPresent()) {
                throw new DocumentException(Problem.DUPLICATE, cycle.key());
            }
            throw e;
        }
    }

    @Override
    public VersionedCycle update(Cycle cycle, long expectedVersion, CycleChange change) {
        long next = expectedVersion + 1;
        try {
            return ao.executeInTransaction(() -> {
                if (version(cycle.id()) != expectedVersion) {
                    throw new CycleConflictException(latest(cycle.id()).orElse(null));
                }
                record(change.of(cycle.id(), next));
                return new VersionedCycle(cycles.save(cycle), next);
            });
        } catch (DocumentException e) {
            throw e;
        } catch (RuntimeException e) {
            if (version(cycle.id()) != expectedVersion) {
                throw new CycleConflictException(latest(cycle.id()).orElse(null));
            }
            throw e;
        }
    }

    @Override
    public List<CycleChange> history(long cycleId) {
        return Arrays.stream(ao.find(AoCycleChange.class, Query.select()
                        .where("CYCLE_ID = ?", (int) cycleId).order("CYCLE_VERSION DESC")))
                .map(AoCycleStore::toDomain)
                .toList();
    }

    private Optional<CycleChange> latest(long cycleId) {
        AoCycleChange[] rows = ao.find(AoCycleChange.class, Query.select()
                .where("CYCLE_ID = ?", (int) cycleId).order("CYCLE_VERSION DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(toDomain(rows[0]));
    }

    private long version(long cycleId) {
        AoCycleChange[] rows = ao.find(AoCycleChange.class, Query.select("ID, CYCLE_VERSION")
                .where("CYCLE_ID = ?", (int) cycleId).order("CYCLE_VERSION DESC").limit(1));
        return rows.length == 0 ? 1 : rows[0].getCycleVersion();
    }

    private void record(CycleChange change) {
        Map<String, Object> values = new HashMap<>();
        values.put("CYCLE_ID", (int) change.cycleId());
        values.put("CYCLE_VERSION", change.version());
        values.put("CHANGE_KEY", change.cycleId() + ":" + change.version());
        values.put("CHANGE_ACTION", change.action().name());
        values.put("ACTOR_KEY", change.actorKey().isEmpty() ? EMPTY_ACTOR_KEY : change.actorKey());
        values.put("ACTOR_NAME", change.actorName());
        values.put("CHANGED_AT", change.at().toEpochMilli());
        values.put("DETAILS", change.details().isEmpty() ? null : String.join("\n", change.details()));
        ao.create(AoCycleChange.class, values);
    }

    private static CycleChange toDomain(AoCycleChange row) {
        String details = row.getDetails();
        return new CycleChange(row.getCycleId(), row.getCycleVersion(), Instant.ofEpochMilli(row.getChangedAt()),
                EMPTY_ACTOR_KEY.equals(row.getActorKey()) ? "" : row.getActorKey(), row.getActorName(),
                CycleChange.Action.valueOf(row.getChangeAction()),
                details == null || details.isEmpty() ? List.of() : List.of(details.split("\n")));
    }
}
