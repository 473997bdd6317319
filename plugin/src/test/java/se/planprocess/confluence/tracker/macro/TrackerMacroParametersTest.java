package se.planprocess.confluence.tracker.macro;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.planprocess.confluence.kind.KindCatalogue;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tracker's space category, phase and changes parameters: what Confluence takes as a category name, and nothing
 * else; how many latest changes, from 0 to 50.
 */
class TrackerMacroParametersTest {
    private static TrackerMacroParameters parse(Map<String, String> raw) {
        return TrackerMacroParameters.parse(raw, KindCatalogue.builtIn());
    }

    private static String refused(Map<String, String> raw) {
        return assertThrows(TrackerMacroParameters.InvalidParameter.class, () -> parse(raw)).parameter();
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
        assertThrows(TrackerMacroParameters.CommitteesAndCategory.class,
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
    void changes_isTenWhenLeftOut_andAWholeNumberFromZeroToFifty() {
        assertEquals(10, parse(Map.of()).changes());
        assertEquals(10, parse(Map.of("changes", "")).changes());
        assertEquals(0, parse(Map.of("changes", "0")).changes());
        assertEquals(50, parse(Map.of("changes", " 50 ")).changes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"51", "-1", "tio", "2.5", "1e1", "5\u0000"})
    void changes_outsideZeroToFifty_orNotAWholeNumber_isRefusedNamingIt(String value) {
        assertEquals("changes", refused(Map.of("changes", value)));
    }
}
