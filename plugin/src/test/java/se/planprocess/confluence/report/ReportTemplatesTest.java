package se.planprocess.confluence.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.planprocess.confluence.process.Bilingual;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feedback report's headings, word for word as the seeds give them. */
class ReportTemplatesTest {
    private static final String RISK = "Risk- och känslighetsanalys";

    @Test
    void the2024Headings_areWordedAsSeed000_followedByTheRiskAnalysis() {
        assertEquals(List.of(
                        "Nämndens bidrag till fullmäktiges mål",
                        "Nämndens planerade verksamhetsförändringar",
                        "Nämndens inriktning för kompetensförsörjning",
                        "Nämndens plan för hållbar ekonomi och prioriteringar av resurser",
                        "Nämndens investeringsplanering",
                        "Nämndens övriga synpunkter \u2013 möjligheter och utmaningar",
                        RISK),
                headings(ReportTemplates.TEMPLATE_2024));
    }

    @Test
    void the2021Headings_areWordedAsSeed002_followedByTheRiskAnalysis() {
        assertEquals(List.of(
                        "Nämndens bidrag till fullmäktiges mål och uppdrag",
                        "Nämndens utvecklingsinsatser och planerade verksamhetsförändringar",
                        "Nämndens inriktning för kompetensförsörjning",
                        "Nämndens plan för hållbar ekonomi och prioriteringar av resurser",
                        "Nämndens investeringsplanering",
                        "Nämndens övriga synpunkter",
                        RISK),
                headings(ReportTemplates.TEMPLATE_2021));
    }

    @Test
    void the2024OtherViewsHeading_usesAnEnDash_notAHyphen() {
        String other = ReportTemplates.TEMPLATE_2024.section(ReportTemplates.OTHER).orElseThrow().heading().sv();

        assertTrue(other.contains(" \u2013 "), other);
        assertFalse(other.contains(" - "), other);
    }

    @Test
    void sectionKeys_areTheSameInBothVersions_inTheSameOrder() {
        List<String> expected = List.of(ReportTemplates.GOALS, ReportTemplates.CHANGES, ReportTemplates.COMPETENCE,
                ReportTemplates.ECONOMY, ReportTemplates.INVESTMENTS, ReportTemplates.OTHER, ReportTemplates.RISK);

        assertEquals(expected, keys(ReportTemplates.TEMPLATE_2024));
        assertEquals(expected, keys(ReportTemplates.TEMPLATE_2021));
    }

    @Test
    void theVersions_differOnlyInHeadingsOneTwoAndSix() {
        List<String> differing = ReportTemplates.TEMPLATE_2024.sections().stream()
                .filter(s -> !s.heading().sv().equals(ReportTemplates.TEMPLATE_2021.section(s.key())
                        .orElseThrow().heading().sv()))
                .map(ReportSection::key)
                .toList();

        assertEquals(List.of(ReportTemplates.GOALS, ReportTemplates.CHANGES, ReportTemplates.OTHER), differing);
    }

    static Stream<ReportSection> everySection() {
        return ReportTemplates.all().stream().flatMap(t -> t.sections().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everySection")
    void everySection_hasSwedishAndEnglishHeadingAndGuidance(ReportSection section) {
        assertWrittenInBoth(section.heading());
        assertWrittenInBoth(section.guidance());
    }

    @Test
    void byVersion_findsBothVersions_andTheCurrentIs2024() {
        assertSame(ReportTemplates.TEMPLATE_2024, ReportTemplates.byVersion("2024").orElseThrow());
        assertSame(ReportTemplates.TEMPLATE_2021, ReportTemplates.byVersion("2021").orElseThrow());
        assertTrue(ReportTemplates.byVersion("1999").isEmpty());
        assertEquals("2024", ReportTemplates.CURRENT);
    }

    @Test
    void aTemplate_withTwoSectionsOfTheSameKey_isRejected() {
        ReportSection goals = ReportTemplates.TEMPLATE_2024.section(ReportTemplates.GOALS).orElseThrow();

        assertThrows(IllegalArgumentException.class, () -> new ReportTemplate("x", List.of(goals, goals)));
    }

    @Test
    void aSectionKey_mustBeAShortLowerCaseWord() {
        Bilingual text = Bilingual.of("Rubrik", "Heading");

        assertThrows(IllegalArgumentException.class, () -> new ReportSection("Goals", text, text));
        assertThrows(IllegalArgumentException.class, () -> new ReportSection("mål", text, text));
        assertThrows(IllegalArgumentException.class, () -> new ReportSection("a".repeat(41), text, text));
        assertEquals("risk-2", new ReportSection("risk-2", text, text).key());
    }

    // --- readiness -------------------------------------------------------------------------------------------

    @Test
    void readiness_countsOnlyTheTemplatesSections() {
        Readiness target = new Readiness(ReportTemplates.TEMPLATE_2024,
                Set.of(ReportTemplates.GOALS, ReportTemplates.RISK, "budget", "GOALS", ""));

        assertEquals(2, target.ready());
        assertEquals(7, target.total());
        assertEquals(Set.of(ReportTemplates.GOALS, ReportTemplates.RISK), target.readySections());
        assertTrue(target.isReady(ReportTemplates.GOALS));
        assertFalse(target.isReady("budget"));
        assertFalse(target.isComplete());
    }

    @Test
    void readiness_withEverySectionReady_isComplete() {
        Readiness target = new Readiness(ReportTemplates.TEMPLATE_2021, Set.copyOf(keys(ReportTemplates.TEMPLATE_2021)));

        assertEquals(7, target.ready());
        assertTrue(target.isComplete());
        assertEquals(ReportTemplates.TEMPLATE_2021.sections(), target.sections());
    }

    @Test
    void readiness_survivesAChangeOfWording_becauseKeysAreStable() {
        Set<String> ready = Set.of(ReportTemplates.GOALS, ReportTemplates.OTHER);

        assertEquals(new Readiness(ReportTemplates.TEMPLATE_2021, ready).readySections(),
                new Readiness(ReportTemplates.TEMPLATE_2024, ready).readySections());
    }

    @Test
    void readiness_ofNothing_isZeroOfSeven() {
        Readiness target = new Readiness(ReportTemplates.TEMPLATE_2024, Set.of());

        assertEquals(0, target.ready());
        assertEquals(7, target.total());
        assertNotEquals(target.ready(), target.total());
    }

    private static void assertWrittenInBoth(Bilingual text) {
        assertFalse(text.sv().isBlank(), "Swedish missing");
        assertFalse(text.en().isBlank(), "English missing");
        assertNotEquals(text.sv(), text.en(), "English falls back to Swedish: " + text.sv());
    }

    private static List<String> headings(ReportTemplate template) {
        return template.sections().stream().map(s -> s.heading().sv()).toList();
    }

    private static List<String> keys(ReportTemplate template) {
        return template.sections().stream().map(ReportSection::key).toList();
    }
}
