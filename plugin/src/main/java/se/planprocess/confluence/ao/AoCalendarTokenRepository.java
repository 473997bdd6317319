package se.planprocess.confluence.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import se.planprocess.confluence.calendar.CalendarToken;
import se.planprocess.confluence.calendar.CalendarTokenRepository;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Calendar feed links in Active Objects ({@link AoCalendarToken}). */
public final class AoCalendarTokenRepository implements CalendarTokenRepository {
    private final ActiveObjects ao;

    public AoCalendarTokenRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public CalendarToken insert(String ownerKey, String secretHash, Instant createdAt) {
        return ao.executeInTransaction(() -> {
            Map<String, Object> values = new HashMap<>();
            values.put("OWNER_KEY", ownerKey);
            values.put("SECRET_HASH", secretHash);
            values.put("CREATED_AT", createdAt.toEpochMilli());
            return toDomain(ao.create(AoCalendarToken.class, values));
        });
    }

    @Override
    public Optional<CalendarToken> findByHash(String secretHash) {
        AoCalendarToken[] found = ao.find(AoCalendarToken.class,
                Query.select().where("SECRET_HASH = ?", secretHash));
        return found.length == 0 ? Optional.empty() : Optional.of(toDomain(found[0]));
    }

    @Override
    public List<CalendarToken> findByOwner(String ownerKey) {
        return Arrays.stream(ao.find(AoCalendarToken.class,
                        Query.select().where("OWNER_KEY = ?", ownerKey).order("ID")))
                .map(AoCalendarTokenRepository::toDomain)
                .toList();
    }

    @Override
    public boolean delete(long id, String ownerKey) {
        return ao.executeInTransaction(() -> {
            AoCalendarToken[] found = ao.find(AoCalendarToken.class,
                    Query.select().where("ID = ? AND OWNER_KEY = ?", (int) id, ownerKey));
            if (found.length == 0) {
                return false;
            }
            ao.delete(found);
            return true;
        });
    }

    @Override
    public int deleteAllOf(String ownerKey) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(AoCalendarToken.class, "OWNER_KEY = ?", ownerKey));
    }

    static CalendarToken toDomain(AoCalendarToken row) {
        return new CalendarToken(row.getID(), row.getOwnerKey(), Instant.ofEpochMilli(row.getCreatedAt()));
    }
}
