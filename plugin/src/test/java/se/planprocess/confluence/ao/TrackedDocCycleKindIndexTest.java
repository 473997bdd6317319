package se.planprocess.confluence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.AoDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index on {@code TRACKED_DOC (CYCLE_ID, KIND)} came after the first release: on a database whose table was made
 * without it, AO's migration creates it (no upgrade task: an index is no column), keeps the table's rows and its other
 * indexes, and the kind-filtered read finds the old rows.
 */
class TrackedDocCycleKindIndexTest {

    /** The tracked-document table as releases before the index made it. */
    @Preload
    @Table("TRACKED_DOC")
    public interface TrackedDocBeforeTheIndex extends Entity {
        @NotNull
        @Unique
        long getPageId();

        void setPageId(long pageId);

        @Indexed
        String getSpaceKey();

        void setSpaceKey(String spaceKey);

        String getTitle();

        void setTitle(String title);

        @NotNull
        String getKind();

        void setKind(String kind);

        @Indexed
        int getCycleId();

        void setCycleId(int cycleId);

        @Indexed
        Integer getCommitteeId();

        void setCommitteeId(Integer committeeId);

        @NotNull
        String getStatus();

        void setStatus(String status);

        String getReadySections();

        void setReadySections(String sections);

        long getDocVersion();

        void setDocVersion(long version);

        @NotNull
        String getState();

        void setState(String state);

        String getTemplateVersion();

        void setTemplateVersion(String version);

        @Unique
        String getSlotKey();

        void setSlotKey(String slotKey);

        long getUpdatedAt();

        void setUpdatedAt(long epochMillis);

        String getUpdatedBy();

        void setUpdatedBy(String displayName);
    }

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void aTableFromBeforeTheIndex_getsIt_byMigration_andKeepsItsRows(AoTestDatabase database) throws Exception {
        String user = database == AoTestDatabase.H2 ? "sa" : "postgres";
        String password = database == AoTestDatabase.H2 ? "" : "postgres";
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(
                AoDatabase.entityManager(database.newJdbcUrl(), user, password, AoTestDatabase.NAMESPACE));
        ao.migrate(TrackedDocBeforeTheIndex.class);
        Map<String, List<String>> before = indexes(ao);
        assertTrue(before.values().stream().noneMatch(columns -> columns.equals(List.of("CYCLE_ID", "KIND"))),
                "no (CYCLE_ID, KIND) index before: " + before);
        Map<String, Object> old = new HashMap<>();
        old.put("PAGE_ID", 4711L);
        old.put("SPACE_KEY", "HSN");
        old.put("TITLE", "Återkopplingsrapport HSN");
        old.put("KIND", "FEEDBACK_REPORT");
        old.put("CYCLE_ID", 3);
        old.put("COMMITTEE_ID", 2);
        old.put("STATUS", "submitted");
        old.put("STATE", TrackedDocument.State.ACTIVE.name());
        old.put("SLOT_KEY", "feedback-report:3:2");
        old.put("DOC_VERSION", 6L);
        int id = ao.create(TrackedDocBeforeTheIndex.class, old).getID();

        ao.migrate(AoCycle.class, AoPhase.class, AoMilestone.class, AoCommittee.class, AoTrackedDoc.class,
                AoDocChange.class);

        Map<String, List<String>> after = indexes(ao);
        assertTrue(after.values().stream().anyMatch(columns -> columns.equals(List.of("CYCLE_ID", "KIND"))),
                "a (CYCLE_ID, KIND) index after the migration: " + after);
        for (String column : List.of("SPACE_KEY", "CYCLE_ID", "COMMITTEE_ID")) {
            assertTrue(after.values().stream().anyMatch(columns -> columns.equals(List.of(column))),
                    "the index on " + column + " is kept: " + after);
        }
        List<TrackedDocument> found = new AoDocumentRepository(ao, KindCatalogue.builtIn())
                .findActiveByCycle(3, java.util.Set.of(DocumentKind.FEEDBACK_REPORT));
        assertEquals(List.of((long) id), found.stream().map(TrackedDocument::id).toList());
        assertEquals(6, found.get(0).version());
    }

    /** The tracked-document table's indexes: name → columns in index order (primary key and unique ones left out). */
    private static Map<String, List<String>> indexes(EntityManagerActiveObjects ao) throws Exception {
        Map<String, TreeMap<Short, String>> byName = new TreeMap<>();
        try (Connection connection = ao.entityManager().getProvider().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String table = null;
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    if (rs.getString("TABLE_NAME").equalsIgnoreCase("AO_097607_TRACKED_DOC")) {
                        table = rs.getString("TABLE_NAME");
                    }
                }
            }
            try (ResultSet rs = meta.getIndexInfo(null, null, table, false, false)) {
                while (rs.next()) {
                    String name = rs.getString("INDEX_NAME");
                    String column = rs.getString("COLUMN_NAME");
                    if (name == null || column == null || !rs.getBoolean("NON_UNIQUE")) {
                        continue;
                    }
                    byName.computeIfAbsent(name, n -> new TreeMap<>())
                            .put(rs.getShort("ORDINAL_POSITION"), column.toUpperCase(Locale.ROOT));
                }
            }
        }
        Map<String, List<String>> result = new TreeMap<>();
        byName.forEach((name, columns) -> result.put(name, new ArrayList<>(columns.values())));
        return result;
    }
}
