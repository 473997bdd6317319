package se.planprocess.confluence.tracker.macro;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.tracker.TrackerFilter;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The macro's own parameters beside the shared {@link TrackerFilter} (checked in {@code TrackerFilterTest}): the
 * layout, and how many latest changes, from 0 to 50.
 */
class TrackerMacroParametersTest {
    private static TrackerMacroParameters parse(Map<String, String> raw) {
        return TrackerMacroParameters.parse(raw, KindCatalogue.builtIn());
    }

    private static TrackerFilter.Refused refused(Map<String, String> raw) {
        return assertThrows(TrackerFilter.Refused.class, () -> parse(raw));
    }

    @Test
    void theFilter_isTheOneTheRestApiReads() {
        Map<String, String> raw = Map.of("cycle", " 2027 ", "kinds", "feedback-report", "committees", "kn,RUN",
                "phase", "drafting", "layout", "list", "changes", "3");
        assertEquals(TrackerFilter.parse(raw, KindCatalogue.builtIn()), parse(raw).filter());
        assertEquals(new TrackerFilter("2027", Set.of(DocumentKind.FEEDBACK_REPORT), Set.of("KN", "RUN"), Set.of(),
                "drafting"), parse(raw).filter());
    }

    @Test
    void layout_isMatrixByDefault_orList_inAnyCase() {
        assertEquals(TrackerMacroParameters.Layout.MATRIX, parse(Map.of()).layout());
        assertEquals(TrackerMacroParameters.Layout.MATRIX, parse(Map.of("layout", " Matrix ")).layout());
        assertEquals(TrackerMacroParameters.Layout.LIST, parse(Map.of("layout", "LIST")).layout());
        TrackerFilter.Refused refused = refused(Map.of("layout", "grid"));
        assertEquals("layout", refused.parameter());
        assertEquals("planprocess.tracker.error.parameter", refused.messageKey());
        assertEquals(List.of("layout"), List.of(refused.messageArguments(null)));
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
        TrackerFilter.Refused refused = refused(Map.of("changes", value));
        assertEquals("changes", refused.parameter());
        assertEquals(value.contains("\u0000") ? "planprocess.tracker.error.parameter"
                : "planprocess.tracker.error.changes", refused.messageKey());
    }
}
