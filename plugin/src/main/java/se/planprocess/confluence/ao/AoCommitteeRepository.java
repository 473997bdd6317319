package se.planprocess.confluence.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.process.Committee;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Committees in Active Objects. */
public final class AoCommitteeRepository implements CommitteeRepository {
    private final ActiveObjects ao;

    public AoCommitteeRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Committee> findAll() {
        return Arrays.stream(ao.find(AoCommittee.class, Query.select()))
                .map(AoCommitteeRepository::toDomain)
                .sorted(Comparator.comparing(Committee::name))
                .toList();
    }

    @Override
    public Optional<Committee> findById(long id) {
        return Optional.ofNullable(ao.get(AoCommittee.class, (int) id)).map(AoCommitteeRepository::toDomain);
    }

    @Override
    public Optional<Committee> findBySpaceKey(String spaceKey) {
        if (spaceKey == null) {
            return Optional.empty();
        }
        AoCommittee[] found = ao.find(AoCommittee.class, Query.select().where("SPACE_KEY = ?", spaceKey));
        return found.length == 0 ? Optional.empty() : Optional.of(toDomain(found[0]));
    }

    @Override
    public Committee save(Committee committee) {
        return ao.executeInTransaction(() -> {
            AoCommittee row;
            if (committee.id() == 0) {
                Map<String, Object> values = new HashMap<>();
                values.put("NAME", committee.name());
                values.put("SHORT_NAME", committee.shortName());
                row = ao.create(AoCommittee.class, values);
            } else {
                row = ao.get(AoCommittee.class, (int) committee.id());
                if (row == null) {
                    throw new IllegalArgumentException("No committee " + committee.id());
                }
                row.setName(committee.name());
                row.setShortName(committee.shortName());
            }
            row.setSpaceKey(committee.spaceKey());
            row.setActive(committee.active());
            row.save();
            return toDomain(row);
        });
    }

    static Committee toDomain(AoCommittee row) {
        return new Committee(row.getID(), row.getName(), row.getShortName(), row.getSpaceKey(), row.isActive());
    }
}
