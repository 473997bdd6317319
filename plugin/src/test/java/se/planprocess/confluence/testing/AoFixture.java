package se.planprocess.confluence.testing;

import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.kind.KindCatalogue;
import net.java.ao.Query;
import se.planprocess.confluence.ao.AoCommitteeRepository;
import se.planprocess.confluence.ao.AoCycleRepository;
import se.planprocess.confluence.ao.AoCycleStore;
import se.planprocess.confluence.administration.CycleAdministration;
import se.planprocess.confluence.ao.AoDocChange;
import se.planprocess.confluence.ao.AoDocumentRepository;
import se.planprocess.confluence.ao.AoTrackedDoc;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CycleFactory;
import se.planprocess.confluence.process.ProcessTemplates;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static se.planprocess.confluence.testing.CommitteeBuilder.aCommittee;

/**
 * The real AO repositories on one database per test class and kind of database (creating a PostgreSQL database
 * and migrating it costs time), with fresh committees, a fresh cycle and fresh page ids for every test so tests do
 * not see each other's rows.
 */
public final class AoFixture {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** Space keys of two committees and of a space that belongs to no committee. */
    public final String hsnSpace;
    public final String runSpace;
    public final String knSpace;
    public final String noCommitteeSpace;

    public final EntityManagerActiveObjects ao;
    public final AoDocumentRepository documents;
    public final AoCommitteeRepository committees;
    public final AoCycleRepository cycles;
    public final AoCycleStore cycleStore;
    public final Committee hsn;
    public final Committee run;
    public final Committee kn;
    public final Cycle cycle;

    private final long pageIdBase;
    private int nextPage;

    private AoFixture(EntityManagerActiveObjects ao) {
        int n = SEQUENCE.incrementAndGet();
        this.ao = ao;
        this.documents = new AoDocumentRepository(ao, KindCatalogue.builtIn());
        this.committees = new AoCommitteeRepository(ao);
        this.cycles = new AoCycleRepository(ao);
        this.cycleStore = new AoCycleStore(ao, cycles);
        this.hsnSpace = "HSN" + n;
        this.runSpace = "RUN" + n;
        this.knSpace = "KN" + n;
        this.noCommitteeSpace = "TEAM" + n;
        this.hsn = committees.save(aCommittee().unsaved().withSpaceKey(hsnSpace).build());
        this.run = committees.save(aCommittee().unsaved().withName("Regionala utvecklingsnämnden")
                .withShortName("RUN").withSpaceKey(runSpace).build());
        this.kn = committees.save(aCommittee().unsaved().withName("Kulturnämnden").withShortName("KN")
                .withSpaceKey(knSpace).build());
        Cycle template = CycleFactory.fromTemplate(ProcessTemplates.REGION_YEARLY, 2027, Map.of(DocumentKind.FEEDBACK_REPORT, ReportTemplates.V2024));
        this.cycle = cycles.save(new Cycle(0, template.key() + "-t" + n, template.name(), template.planYear(),
                template.horizonYears(), template.templateKey(), template.templateVersions(), template.phases(),
                template.milestones()));
        this.pageIdBase = 1_000_000L * n;
    }

    /** A fixture on the class's database of the given kind; databases are made once and reused. */
    public static AoFixture on(AoTestDatabase database, Map<AoTestDatabase, EntityManagerActiveObjects> perClass) {
        EntityManagerActiveObjects ao;
        synchronized (perClass) {
            ao = perClass.computeIfAbsent(database, AoTestDatabase::activeObjects);
        }
        return new AoFixture(ao);
    }

    public static Map<AoTestDatabase, EntityManagerActiveObjects> newDatabaseCache() {
        return new EnumMap<>(AoTestDatabase.class);
    }

    /** Keeping cycles on this fixture's database, with the given clock. */
    public CycleAdministration administration(java.time.Clock clock) {
        return new CycleAdministration(cycleStore, committees, KindCatalogue.builtIn(), clock);
    }

    /** A page id no other test uses. */
    public long newPageId() {
        return pageIdBase + ++nextPage;
    }

    public int trackedDocumentRows() {
        return ao.count(AoTrackedDoc.class, Query.select());
    }

    public int historyRows() {
        return ao.count(AoDocChange.class, Query.select());
    }
}
