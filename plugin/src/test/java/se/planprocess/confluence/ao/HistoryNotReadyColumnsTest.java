package se.planprocess.confluence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.planprocess.confluence.document.ChangeType;
import se.planprocess.confluence.document.DocumentChange;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.AoDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * {@code DOC_CHANGE.NOT_READY_SECTIONS} and {@code SECTION_COUNT} came after the first release: on a database whose
 * history table was made without them, AO's migration adds them, the old rows still read (recording no sections) and
 * new rows carry them.
 */
class HistoryNotReadyColumnsTest {

    /** The history table as the first release made it. */
    @Preload
    @Table("DOC_CHANGE")
    public interface FirstReleaseDocChange extends Entity {
        @Indexed
        int getDocumentId();

        void setDocumentId(int documentId);

        long getSeq();

        void setSeq(long seq);

        @NotNull
        @Unique
        String getChangeKey();

        void setChangeKey(String key);

        @NotNull
        String getChangeType();

        void setChangeType(String type);

        String getFromValue();

        void setFromValue(String value);

        String getToValue();

        void setToValue(String value);

        String getSectionKey();

        void setSectionKey(String key);

        @StringLength(StringLength.UNLIMITED)
        String getComment();

        void setComment(String comment);

        @NotNull
        String getActorKey();

        void setActorKey(String key);

        @NotNull
        String getActorName();

        void setActorName(String name);

        long getChangedAt();

        void setChangedAt(long epochMillis);
    }

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void aHistoryRowFromBeforeTheColumns_stillReads_recordingNoSections(AoTestDatabase database) {
        String user = database == AoTestDatabase.H2 ? "sa" : "postgres";
        String password = database == AoTestDatabase.H2 ? "" : "postgres";
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(
                AoDatabase.entityManager(database.newJdbcUrl(), user, password, AoTestDatabase.NAMESPACE));
        ao.migrate(FirstReleaseDocChange.class);
        Map<String, Object> old = new HashMap<>();
        old.put("DOCUMENT_ID", 7);
        old.put("SEQ", 5L);
        old.put("CHANGE_KEY", "7:5");
        old.put("CHANGE_TYPE", "STATUS");
        old.put("FROM_VALUE", "decided");
        old.put("TO_VALUE", "submitted");
        old.put("ACTOR_KEY", "key-hsn");
        old.put("ACTOR_NAME", "Nämndsekreterare HSN");
        old.put("CHANGED_AT", Instant.parse("2024-09-20T08:00:00Z").toEpochMilli());
        ao.create(FirstReleaseDocChange.class, old);

        ao.migrate(AoCycle.class, AoPhase.class, AoMilestone.class, AoCommittee.class, AoTrackedDoc.class,
                AoDocChange.class);

        AoDocumentRepository target = new AoDocumentRepository(ao, KindCatalogue.builtIn());
        DocumentChange read = target.history(7).get(0);
        assertEquals(ChangeType.STATUS, read.type());
        assertEquals("submitted", read.toValue());
        assertEquals(List.of(), read.notReadySections());
        assertEquals(0, read.sectionCount());
        assertFalse(read.hadNotReadySections());

        Map<String, Object> now = new HashMap<>(old);
        now.put("SEQ", 6L);
        now.put("CHANGE_KEY", "7:6");
        now.put("NOT_READY_SECTIONS", ReportTemplates.GOALS + "," + ReportTemplates.RISK);
        now.put("SECTION_COUNT", 7);
        ao.create(AoDocChange.class, now);
        DocumentChange recorded = target.history(7).get(1);
        assertEquals(List.of(ReportTemplates.GOALS, ReportTemplates.RISK), recorded.notReadySections());
        assertEquals(7, recorded.sectionCount());
    }
}
