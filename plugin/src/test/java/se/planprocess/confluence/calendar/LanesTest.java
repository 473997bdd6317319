package se.planprocess.confluence.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Overlapping phases go to separate lanes; a phase that starts after another ended shares its lane. */
class LanesTest {
    @Test
    void theRegionsYear_onThe2024Calendar_needsThreeLanes() {
        List<Span> phases = DemoYear.phases();

        int[] lanes = Lanes.assign(phases.stream().map(Span::start).toList(), (a, b) -> overlap(phases, a, b));

        // planning premises, feedback, drafting and decision follow one another on lane 0; the operational plans
        // (June–December) run beside the feedback; the activity plans (November–December) beside decision and plans
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 2}, lanes);
        assertEquals(3, Lanes.count(lanes));
    }

    @Test
    void phasesThatTouchOnOneDay_overlap_andThoseThatFollowDoNot() {
        List<Span> phases = List.of(
                new Span("a", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
                new Span("b", LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 10)),
                new Span("c", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 5)));

        int[] lanes = Lanes.assign(phases.stream().map(Span::start).toList(), (a, b) -> overlap(phases, a, b));

        assertArrayEquals(new int[] {0, 1, 0}, lanes);
    }

    static boolean overlap(List<Span> phases, int a, int b) {
        return !phases.get(a).end().isBefore(phases.get(b).start())
                && !phases.get(b).end().isBefore(phases.get(a).start());
    }
}
