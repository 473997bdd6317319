package se.planprocess.confluence.testing;

import se.planprocess.confluence.ao.AoCommittee;
import se.planprocess.confluence.ao.AoCalendarItem;
import se.planprocess.confluence.ao.AoCalendarToken;
import se.planprocess.confluence.ao.AoCycle;
import se.planprocess.confluence.ao.AoCycleChange;
import se.planprocess.confluence.ao.AoSetting;
import se.planprocess.confluence.ao.AoDocChange;
import se.planprocess.confluence.ao.AoMeeting;
import se.planprocess.confluence.ao.AoMeetingAction;
import se.planprocess.confluence.ao.AoMeetingActionDone;
import se.planprocess.confluence.ao.AoMeetingDecision;
import se.planprocess.confluence.ao.AoMilestone;
import se.planprocess.confluence.ao.AoPhase;
import se.planprocess.confluence.ao.AoTrackedDoc;
// Section templates
import se.planprocess.confluence.ao.AoSectionTemplate;
import se.planprocess.confluence.ao.AoTemplateChange;
import se.planprocess.confluence.ao.AoTemplateSection;
import se.planprocess.hostao.AoDatabase;
import se.planprocess.hostao.EmbeddedPostgresDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.util.concurrent.atomic.AtomicInteger;

/** Real Active Objects on H2 or PostgreSQL, named and prefixed as Confluence would, with the app's entities migrated. */
public enum AoTestDatabase {
    H2 {
        @Override
        public String newJdbcUrl() {
            return "jdbc:h2:mem:planprocess" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        }
    },
    POSTGRESQL {
        @Override
        public String newJdbcUrl() {
            return EmbeddedPostgresDatabase.freshDatabaseUrl("planprocess" + COUNTER.incrementAndGet());
        }
    };

    /** The namespace of the app's ao module (atlassian-plugin.xml), which fixes the table prefix. */
    public static final String NAMESPACE = "se.planprocess.confluence";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    public abstract String newJdbcUrl();

    public EntityManagerActiveObjects activeObjects() {
        String url = newJdbcUrl();
        String user = this == H2 ? "sa" : "postgres";
        String password = this == H2 ? "" : "postgres";
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(
                AoDatabase.entityManager(url, user, password, NAMESPACE));
        ao.migrate(AoCycle.class, AoPhase.class, AoMilestone.class, AoCommittee.class, AoTrackedDoc.class,
                AoDocChange.class, AoMeeting.class, AoMeetingDecision.class, AoMeetingAction.class,
                AoMeetingActionDone.class, AoCycleChange.class, AoSetting.class, AoCalendarToken.class,
                AoCalendarItem.class,
                // Section templates
                AoSectionTemplate.class, AoTemplateSection.class, AoTemplateChange.class);
        return ao;
    }
}
