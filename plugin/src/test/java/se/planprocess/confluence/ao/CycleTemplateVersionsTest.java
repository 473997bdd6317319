package se.planprocess.confluence.ao;

import net.java.ao.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A cycle's template versions per kind live in {@code TEMPLATE_VERSIONS}; {@code REPORT_TEMPLATE}, the column of the
 * first version, still holds the feedback report's and is what a row from before the new column is read from.
 */
class CycleTemplateVersionsTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void aCycleNamingVersions_readsThemBack_andKeepsTheReportsInTheFirstColumn(AoTestDatabase database) {
        AoFixture fixture = AoFixture.on(database, DATABASES);
        Cycle saved = fixture.cycles.save(withVersions(fixture, "v1",
                Map.of(DocumentKind.FEEDBACK_REPORT, "2021", DocumentKind.OPERATIONAL_PLAN, "2030")));

        assertEquals(Map.of(DocumentKind.FEEDBACK_REPORT, "2021", DocumentKind.OPERATIONAL_PLAN, "2030"),
                fixture.cycles.findById(saved.id()).orElseThrow().templateVersions());
        AoCycle row = row(fixture, saved);
        assertEquals("2021", row.getReportTemplate());
        assertEquals("feedback-report=2021,operational-plan=2030", row.getTemplateVersions());
    }

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void aRowFromBeforeTheColumn_isReadFromReportTemplate(AoTestDatabase database) {
        AoFixture fixture = AoFixture.on(database, DATABASES);
        Cycle saved = fixture.cycles.save(withVersions(fixture, "old", Map.of(DocumentKind.FEEDBACK_REPORT, "2024")));
        AoCycle row = row(fixture, saved);
        row.setTemplateVersions(null);
        row.setReportTemplate("2021");
        row.save();

        assertEquals(Map.of(DocumentKind.FEEDBACK_REPORT, "2021"),
                fixture.cycles.findById(saved.id()).orElseThrow().templateVersions());
        assertEquals(Map.of(DocumentKind.FEEDBACK_REPORT, "2021"),
                fixture.cycles.findAll().stream().filter(c -> c.id() == saved.id()).findFirst().orElseThrow()
                        .templateVersions());
    }

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void aCycleNamingNoVersion_marksTheFirstColumnEmpty_andReadsBackNone(AoTestDatabase database) {
        AoFixture fixture = AoFixture.on(database, DATABASES);
        Cycle saved = fixture.cycles.save(withVersions(fixture, "none", Map.of()));

        assertEquals(Map.of(), fixture.cycles.findById(saved.id()).orElseThrow().templateVersions());
        assertEquals(AoCycleRepository.NO_VERSION, row(fixture, saved).getReportTemplate());
    }

    private static Cycle withVersions(AoFixture fixture, String suffix, Map<DocumentKind, String> versions) {
        Cycle base = fixture.cycle;
        return new Cycle(0, base.key() + "-" + suffix, base.name(), base.planYear(), base.horizonYears(),
                base.templateKey(), versions, base.phases(), base.milestones());
    }

    private static AoCycle row(AoFixture fixture, Cycle cycle) {
        return fixture.ao.find(AoCycle.class, Query.select().where("ID = ?", (int) cycle.id()))[0];
    }
}
