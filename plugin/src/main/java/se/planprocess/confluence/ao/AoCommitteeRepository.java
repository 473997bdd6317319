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
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Committees in Active Objects. */
public final class AoCommitteeRepository implements CommitteeRepository {
    /**
     * AO makes a {@code @Unique} column NOT NULL, so a committee without a space stores a unique placeholder that
     * no Confluence space key can equal (space keys never contain '#').
     */
    private static final String NO_SPACE = "#no-space:";

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
        if (spaceKey == null || spaceKey.startsWith(NO_SPACE)) {
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
                values.put("SPACE_KEY", storedSpaceKey(committee.spaceKey()));
                row = ao.create(AoCommittee.class, values);
            } else {
                row = ao.get(AoCommittee.class, (int) committee.id());
                if (row == null) {
                    throw new IllegalArgumentException("No committee " + committee.id());
                }
                row.setName(committee.name());
                row.setShortName(committee.shortName());
            }
            if (!Objects.equals(committee.spaceKey(), toDomain(row).spaceKey())) {
                row.setSpaceKey(storedSpaceKey(committee.spaceKey()));
            }
            row.setActive(committee.active());
            row.save();
            return toDomain(row);
        });
    }

    static Committee toDomain(AoCommittee row) {
        String spaceKey = row.getSpaceKey() == null || row.getSpaceKey().startsWith(NO_SPACE) ? null : row.getSpaceKey();
        return new Committee(row.getID(), row.getName(), row.getShortName(), spaceKey, row.isActive());
    }

    private static String storedSpaceKey(String spaceKey) {
        return spaceKey != null ? spaceKey : NO_SPACE + UUID.randomUUID();
    }
}
