package se.planprocess.confluence.ao;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import se.planprocess.confluence.document.Actor;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.report.ReportSection;
import se.planprocess.confluence.report.ReportTemplate;
import se.planprocess.confluence.sections.SectionDraft;
import se.planprocess.confluence.sections.SectionTemplates;
import se.planprocess.confluence.sections.TemplateChange;
import se.planprocess.confluence.sections.TemplateConflictException;
import se.planprocess.confluence.sections.TemplateVersion;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.Clocks.fixedAt;

/**
 * Configured template versions through the real store on a real database: a copy and its rewording are read back
 * in order with their revision and changes, a stale save and a second version of the same key are refused by the
 * database, and of racing writers on one revision exactly one wins.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(AoTestDatabase.class)
class SectionTemplateStoreTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final AtomicInteger VERSIONS = new AtomicInteger(3000);
    private static final DocumentKind REPORT = DocumentKind.FEEDBACK_REPORT;
    private static final Actor EKONOM = new Actor("ekonom", "Controller Ekonomistaben", true);

    @Parameter
    AoTestDatabase database;

    private AoTemplateStore store;
    private SectionTemplates target;
    private String version;

    @BeforeEach
    void setUp() {
        AoFixture fixture = AoFixture.on(database, DATABASES);
        store = new AoTemplateStore(fixture.ao);
        target = new SectionTemplates(KindCatalogue.builtIn(), store, fixedAt("2026-11-23T10:00:00+01:00"));
        version = String.valueOf(VERSIONS.getAndIncrement());
    }

    @Test
    void aRewordedCopy_isReadBack_inOrder_withItsRevisionAndChanges() {
        target.copy(REPORT, "2021", version, EKONOM);
        ReportTemplate base = target.get(REPORT, version).template();
        String guidance = "Rad ett\nRad två " + "å".repeat(1900);
        target.update(REPORT, version, 1, drafts(base, 5, "Övriga synpunkter " + version, guidance), EKONOM);

        TemplateVersion read = store.find(REPORT, version).orElseThrow();
        assertEquals(2, read.revision());
        assertEquals("2021", read.basedOn());
        assertEquals(base.sections().stream().map(ReportSection::key).toList(),
                read.template().sections().stream().map(ReportSection::key).toList());
        assertEquals("Övriga synpunkter " + version, read.template().sections().get(5).heading().sv());
        assertEquals(guidance, read.template().sections().get(5).guidance().sv());
        assertEquals(read, store.findAll().stream().filter(v -> v.version().equals(version)).findFirst().orElseThrow());
        List<TemplateChange> history = store.history(REPORT, version);
        assertEquals(List.of(TemplateChange.Action.UPDATED, TemplateChange.Action.CREATED),
                history.stream().map(TemplateChange::action).toList());
        assertEquals(List.of("copy of: 2021"), history.get(1).details());
        assertTrue(history.get(0).details().get(0).startsWith("sections[other].headingSv: "));
    }

    @Test
    void aStaleRevision_andASecondVersionOfTheSameKey_areRefused_andWriteNothing() {
        TemplateVersion created = target.copy(REPORT, "2024", version, EKONOM);
        TemplateVersion saved = store.update(created, 1, change(version));
        assertEquals(2, saved.revision());
        assertThrows(TemplateConflictException.class, () -> store.update(created, 1, change(version)));
        InvalidValueException duplicate = assertThrows(InvalidValueException.class,
                () -> store.create(created, change(version)));
        assertEquals("version", duplicate.field());
        assertEquals(2, store.history(REPORT, version).size());
    }

    @Test
    void ofRacingWritersOnOneRevision_exactlyOneWins() throws Exception {
        TemplateVersion created = target.copy(REPORT, "2024", version, EKONOM);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Boolean>> writers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String heading = "Rubrik " + i;
                writers.add(() -> {
                    try {
                        target.update(REPORT, version, 1, drafts(created.template(), 0, heading, "Vägledning"), EKONOM);
                        return true;
                    } catch (TemplateConflictException e) {
                        return false;
                    }
                });
            }
            int wins = 0;
            for (Future<Boolean> result : pool.invokeAll(writers)) {
                wins += result.get() ? 1 : 0;
            }
            assertEquals(1, wins);
            assertEquals(2, store.find(REPORT, version).orElseThrow().revision());
            assertEquals(7, store.find(REPORT, version).orElseThrow().template().sections().size());
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private static TemplateChange change(String version) {
        return new TemplateChange(REPORT, version, 0, java.time.Instant.EPOCH, "ekonom", "Ekonom",
                TemplateChange.Action.UPDATED, List.of("x"));
    }

    private static List<SectionDraft> drafts(ReportTemplate template, int index, String heading, String guidance) {
        List<SectionDraft> drafts = new ArrayList<>();
        for (int i = 0; i < template.sections().size(); i++) {
            ReportSection s = template.sections().get(i);
            drafts.add(i == index ? new SectionDraft(s.key(), heading, s.heading().en(), guidance, s.guidance().en())
                    : new SectionDraft(s.key(), s.heading().sv(), s.heading().en(), s.guidance().sv(),
                    s.guidance().en()));
        }
        return drafts;
    }
}
