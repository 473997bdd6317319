package se.planprocess.confluence.tracker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.Cycle;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.CycleBuilder.aCycle;

/**
 * The tracker's filter, as the macro and the REST API read it: what Confluence takes as a category name, and nothing
 * else; the phase checked against the cycle.
 */
class TrackerFilterTest {
    private static TrackerFilter parse(Map<String, String> raw) {
        return TrackerFilter.parse(raw, KindCatalogue.builtIn());
    }

    private static String refused(Map<String, String> raw) {
        return assertThrows(TrackerFilter.InvalidParameter.class, () -> parse(raw)).parameter();
    }

    @Test
    void categories_areCommaSeparated_trimmed_lowerCased_andDeduplicated() {
        assertEquals(Set.of("vard", "hälsa", "utveckling-2027"),
                parse(Map.of("spaceCategory", " Vard, hälsa ,,VARD, Utveckling-2027 ")).spaceCategories());
        assertTrue(parse(Map.of()).spaceCategories().isEmpty());
        assertTrue(parse(Map.of("spaceCategory", " , ")).spaceCategories().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"två ord", "a:b", "team:vard", "a;b", "a.b", "a?b", "a&b", "[a]", "(a)", "a#b", "a^b",
            "a*b", "a@b", "a!b", "<script>", "a\u200Bb", "a\u00A0b", "a\tb"})
    void aCategoryConfluenceWouldRefuse_isRefused(String category) {
        assertEquals("spaceCategory", refused(Map.of("spaceCategory", "vard," + category)));
    }

    @Test
    void aCategoryOfControlCharacters_tooLong_orTooMany_isRefused() {
        assertEquals("spaceCategory", refused(Map.of("spaceCategory", "va\u0000rd")));
        assertEquals("spaceCategory", refused(Map.of("spaceCategory", "a".repeat(256))));
        assertEquals(Set.of("a".repeat(255)), parse(Map.of("spaceCategory", "a".repeat(255))).spaceCategories());
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            many.append("k").append(i).append(',');
        }
        assertEquals("spaceCategory", refused(Map.of("spaceCategory", many.toString())));
        assertEquals(20, parse(Map.of("spaceCategory", many.substring(0, many.lastIndexOf("k20"))))
                .spaceCategories().size());
    }

    @Test
    void committeesAndACategoryTogether_areRefused() {
        assertThrows(TrackerFilter.CommitteesAndCategory.class,
                () -> parse(Map.of("committees", "KN", "spaceCategory", "vard")));
    }

    @Test
    void thePhase_isKeptAsWritten_forTheCycleToCheck_butControlCharactersAreRefused() {
        assertEquals("committee-feedback", parse(Map.of("phase", " committee-feedback ")).phase());
        assertEquals("", parse(Map.of()).phase());
        assertEquals("phase", refused(Map.of("phase", "drafting\r\n")));
        assertEquals("phase", refused(Map.of("phase", "x".repeat(501))));
    }

    @Test
    void thePhase_isFoundInTheCycle_orRefusedListingTheCyclesPhases() {
        Cycle cycle = aCycle().withPhase("committee-feedback", "2026-03-01", "2026-04-30")
                .withPhase("drafting", "2026-04-01", "2026-05-31").withDeadline("2026-04-16").build();

        assertEquals("drafting", parse(Map.of("phase", "drafting")).phaseIn(cycle).orElseThrow().key());
        assertTrue(parse(Map.of()).phaseIn(cycle).isEmpty());
        TrackerFilter.UnknownPhase unknown = assertThrows(TrackerFilter.UnknownPhase.class,
                () -> parse(Map.of("phase", "harvest")).phaseIn(cycle));
        assertEquals("phase", unknown.parameter());
        assertEquals(List.of("committee-feedback", "drafting"), unknown.validPhases());
        assertEquals("planprocess.tracker.error.phase", unknown.messageKey());
        assertEquals(List.of("harvest", cycle.name().sv(), "committee-feedback, drafting"),
                List.of(unknown.messageArguments(Locale.forLanguageTag("sv-SE"))));
    }

    @Test
    void anUnknownPhaseThatIsNotAKey_isNeverQuotedBack() {
        Cycle cycle = aCycle().withPhase("drafting", "2026-04-01", "2026-05-31").withDeadline("2026-04-16").build();

        for (String hostile : List.of("<img src=x onerror=alert(1)>", "drafting,decision", "a'b", "två ord", "\"x\"",
                "x".repeat(61))) {
            TrackerFilter.UnknownPhase unknown = assertThrows(TrackerFilter.UnknownPhase.class,
                    () -> parse(Map.of("phase", hostile)).phaseIn(cycle), hostile);
            assertEquals("planprocess.tracker.error.phase.unquoted", unknown.messageKey(), hostile);
            assertEquals(List.of(cycle.name().sv(), "drafting"),
                    List.of(unknown.messageArguments(Locale.forLanguageTag("sv-SE"))), hostile);
            assertFalse(unknown.getMessage().contains(hostile), unknown.getMessage());
        }
    }
}
