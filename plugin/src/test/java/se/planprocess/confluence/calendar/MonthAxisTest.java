package se.planprocess.confluence.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The month axis: equal months, a day at its month's start plus the part before it, labels that never crowd. */
class MonthAxisTest {
    private static final double EPSILON = 0.001;

    @Test
    void aYearOn936Pixels_hasMonthsOf78_andTheFifteenthOfFebruaryIsHalfWayThroughIt() {
        MonthAxis target = new MonthAxis(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 12, 2), 12, 936);

        assertEquals(12, target.months());
        assertEquals(78, target.monthWidth(), EPSILON);
        assertEquals(12, target.x(LocalDate.of(2026, 1, 1)), EPSILON);
        assertEquals(168, target.x(LocalDate.of(2026, 3, 1)), EPSILON);
        // February 2026 has 28 days: the 15th starts after 14 of them
        assertEquals(129, target.x(LocalDate.of(2026, 2, 15)), EPSILON);
        assertEquals(948, target.xEnd(LocalDate.of(2026, 12, 31)), EPSILON);
        assertEquals(LocalDate.of(2026, 1, 1), target.firstDay());
        assertEquals(LocalDate.of(2026, 12, 31), target.lastDay());
    }

    @Test
    void everyMonthIsLabelled_whenEachHasRoomForItsName() {
        List<MonthAxis.Month> ticks = new MonthAxis(LocalDate.of(2025, 10, 1), LocalDate.of(2027, 9, 30), 12, 936)
                .ticks();

        assertEquals(24, ticks.size());
        assertTrue(ticks.stream().allMatch(MonthAxis.Month::labelled));
        assertEquals(39, ticks.get(0).width(), EPSILON);
        assertEquals(12 + 3 * 39, ticks.get(3).x(), EPSILON);
    }

    @Test
    void fiveYears_labelEveryOtherMonth_fromJanuary_andNoTwoLabelsAreCloserThanALabelNeeds() {
        List<MonthAxis.Month> ticks = new MonthAxis(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), 12, 936)
                .ticks();

        assertEquals(60, ticks.size());
        // 15.6 px a month: a label needs 30, so every second month, the same months every year
        List<Integer> labelled = ticks.stream().filter(MonthAxis.Month::labelled).limit(6)
                .map(t -> t.month().getMonthValue()).toList();
        assertEquals(List.of(1, 3, 5, 7, 9, 11), labelled);
        assertFalse(ticks.get(1).labelled());
        double previous = Double.NEGATIVE_INFINITY;
        for (MonthAxis.Month tick : ticks) {
            if (tick.labelled()) {
                assertTrue(tick.x() - previous >= MonthAxis.LABEL_SPACE, "labels at " + previous + " and " + tick.x());
                previous = tick.x();
            }
        }
    }
}
