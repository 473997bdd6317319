package se.planprocess.confluence.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The annual wheel's geometry: angles clockwise from January at the top, rings, lanes of phases that overlap on the
 * circle, and marks grouped into slots so that 40 marks in one month stay legible. Expected values worked out by
 * hand on a 640 px square (centre 320, 320).
 */
class WheelLayoutTest {
    private static final double EPSILON = 0.01;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void aDaysAngle_isItsMonthsStart_plusThePartOfTheMonthBeforeIt() {
        assertEquals(0, WheelLayout.angle(LocalDate.of(2026, 1, 1)), EPSILON);
        assertEquals(90, WheelLayout.angle(LocalDate.of(2026, 4, 1)), EPSILON);
        assertEquals(180 + 30 * 15 / 31.0, WheelLayout.angle(LocalDate.of(2026, 7, 16)), EPSILON);
        double[] east = WheelLayout.point(90, 100);
        double[] south = WheelLayout.point(180, 100);
        assertEquals(420, east[0], EPSILON);
        assertEquals(320, east[1], EPSILON);
        assertEquals(320, south[0], EPSILON);
        assertEquals(420, south[1], EPSILON);
    }

    @Test
    void theTwelveMonths_goClockwiseFromTheTop_withTheirNamesInTheMiddleOfTheirSector() {
        WheelLayout.Wheel wheel = WheelLayout.layout(DemoYear.phases(), DemoYear.marks(), List.of(), TODAY);

        assertEquals(12, wheel.months().size());
        // January's name at 15° on a radius of 284
        assertEquals(393.505, wheel.months().get(0).labelX(), EPSILON);
        assertEquals(45.677, wheel.months().get(0).labelY(), EPSILON);
        // October's name at 285°: left of the centre, a little above it
        assertEquals(45.677, wheel.months().get(9).labelX(), EPSILON);
        assertEquals(320 - 73.505, wheel.months().get(9).labelY(), EPSILON);
        // neighbouring month names are 2 × 284 × sin 15° = 147 px apart: no month name can touch another
        double[] jan = {wheel.months().get(0).labelX(), wheel.months().get(0).labelY()};
        double[] feb = {wheel.months().get(1).labelX(), wheel.months().get(1).labelY()};
        assertEquals(147.01, Math.hypot(jan[0] - feb[0], jan[1] - feb[1]), EPSILON);
    }

    @Test
    void todaysHand_pointsAtTheMiddleOfThe3rdOfDecember() {
        WheelLayout.Wheel wheel = WheelLayout.layout(DemoYear.phases(), DemoYear.marks(), List.of(), TODAY);

        // 330° for December, plus 2 of its 31 days
        assertEquals(331.935, wheel.todayAngle(), EPSILON);
        assertEquals(181.101, wheel.handX(), EPSILON);
        assertEquals(54.092, wheel.handY(), EPSILON);
    }

    @Test
    void phasesOfDifferentYears_thatShareMonthsOnTheCircle_getSeparateSubRings() {
        List<Span> phases = List.of(
                DemoYear.span("preparation", "2025-10-01", "2026-01-31"),
                DemoYear.span("planning-premises", "2026-01-01", "2026-02-28"),
                DemoYear.span("activity-plans", "2026-10-01", "2026-12-31"));

        WheelLayout.Wheel wheel = WheelLayout.layout(phases, List.of(), List.of(), TODAY);

        assertEquals(List.of(0, 1, 1), wheel.phases().stream().map(WheelLayout.Arc::lane).toList());
        assertEquals(2, wheel.lanes());
        WheelLayout.Arc preparation = wheel.phases().get(0);
        assertEquals(270, preparation.start(), EPSILON);
        assertEquals(120, preparation.sweep(), EPSILON);
        assertEquals(262, preparation.outer(), EPSILON);
        assertEquals(231, preparation.inner(), EPSILON);
        WheelLayout.Arc activity = wheel.phases().get(2);
        assertEquals(90, activity.sweep(), EPSILON);
        assertEquals(229, activity.outer(), EPSILON);
        assertEquals(198, activity.inner(), EPSILON);
    }

    @Test
    void aPhaseOfAWholeYear_isAWholeRing_drawnAsTwoHalves() {
        WheelLayout.Wheel wheel = WheelLayout.layout(List.of(DemoYear.span("all", "2026-01-01", "2026-12-31")),
                List.of(), List.of(), TODAY);

        assertEquals(360, wheel.phases().get(0).sweep(), EPSILON);
        assertEquals(4, wheel.phases().get(0).path().chars().filter(c -> c == 'A').count());
        assertTrue(wheel.phases().get(0).path().startsWith("M320.00 58.00 A262.00 262.00 0 0 1 320.00 582.00"));
    }

    @Test
    void aRingHoldsAsManySlotsAMonthAsBadgesFitSideBySide() {
        assertEquals(4, WheelLayout.slotsPerMonth(WheelLayout.MARK_RING));
        assertEquals(3, WheelLayout.slotsPerMonth(WheelLayout.MEETING_RING));
        assertEquals(1, WheelLayout.slotsPerMonth(30));
    }

    @Test
    void fortyMarksInMarch_areFourBadgesWithTheirCounts_andFortyMeetingsAreThree_noneOverprinting() {
        List<Point> marks = new ArrayList<>();
        for (int day = 1; day <= 31; day++) {
            marks.add(new Point("d" + day, LocalDate.of(2026, 3, day), "Deadline " + day));
        }
        for (int extra = 0; extra < 9; extra++) {
            marks.add(new Point("x" + extra, LocalDate.of(2026, 3, 26), "Deadline extra " + extra));
        }

        WheelLayout.Wheel wheel = WheelLayout.layout(DemoYear.phases(), marks, marks, TODAY);

        // days 1–8, 9–16, 17–24 and 25–31 (with the nine extra on the 26th)
        assertEquals(List.of(8, 8, 8, 16), wheel.marks().stream().map(WheelLayout.Badge::count).toList());
        assertEquals(List.of(63.75, 71.25, 78.75, 86.25), wheel.marks().stream().map(WheelLayout.Badge::angle)
                .toList());
        assertEquals(479.643, wheel.marks().get(0).x(), EPSILON);
        assertEquals(241.273, wheel.marks().get(0).y(), EPSILON);
        assertEquals("d1", wheel.marks().get(0).ids().get(0));
        // days 1–11, 12–21 and 22–31 on the smaller meetings' ring
        assertEquals(List.of(11, 10, 19), wheel.meetings().stream().map(WheelLayout.Badge::count).toList());

        List<WheelLayout.Badge> all = new ArrayList<>(wheel.marks());
        all.addAll(wheel.meetings());
        for (int a = 0; a < all.size(); a++) {
            for (int b = a + 1; b < all.size(); b++) {
                double distance = Math.hypot(all.get(a).x() - all.get(b).x(), all.get(a).y() - all.get(b).y());
                assertTrue(distance >= 2 * WheelLayout.BADGE + WheelLayout.BADGE_GAP,
                        "badges " + a + " and " + b + " are " + distance + " apart");
            }
        }
        // the neighbouring badges of the marks' ring are 2 × 178 × sin 3.75° = 23.28 px apart
        assertEquals(23.28, Math.hypot(all.get(0).x() - all.get(1).x(), all.get(0).y() - all.get(1).y()), EPSILON);
        // and every badge stays inside the phases' ring
        assertTrue(WheelLayout.MARK_RING + WheelLayout.BADGE < WheelLayout.PHASE_INNER);
    }

    @Test
    void theLabelsOfFortyMarksAndFortyMeetingsInMarch_standInTheRightColumn_16PixelsApart_nearTheirBadges() {
        List<Point> marks = new ArrayList<>();
        for (int day = 1; day <= 31; day++) {
            marks.add(new Point("d" + day, LocalDate.of(2026, 3, day), "Deadline " + day));
        }
        for (int extra = 0; extra < 9; extra++) {
            marks.add(new Point("x" + extra, LocalDate.of(2026, 3, 26), "Deadline extra " + extra));
        }

        WheelLayout.Wheel wheel = WheelLayout.layout(DemoYear.phases(), marks, marks, TODAY);

        // seven badges, all right of the centre: their heights are 241.27, 261.68 (a meeting), 262.78, 284.28,
        // 285.27, 307.97 and 308.36; a label's baseline is 4 below its badge's centre, or 16 below the label above
        assertEquals(7, wheel.callouts().size());
        assertTrue(wheel.callouts().stream().noneMatch(WheelLayout.Callout::left));
        assertEquals(List.of(245.27, 265.68, 281.68, 297.68, 313.68, 329.68, 345.68), wheel.callouts().stream()
                .map(c -> Math.round(c.y() * 100) / 100.0).toList());
        assertTrue(wheel.callouts().stream().allMatch(c -> c.x() == 650));
        assertEquals(640, wheel.height(), EPSILON);
    }

    @Test
    void aBadgeInEverySlotOfTheYear_givesColumnsTallerThanTheWheel_andStillNoTwoLabelsCloserThan16() {
        List<Point> points = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            for (int day : new int[] {2, 10, 18, 26}) {
                points.add(new Point(month + "-" + day, LocalDate.of(2026, month, day), "Händelse"));
            }
        }

        WheelLayout.Wheel wheel = WheelLayout.layout(DemoYear.phases(), points, points, TODAY);

        assertEquals(48 + 36, wheel.callouts().size());
        for (boolean left : new boolean[] {true, false}) {
            List<Double> ys = wheel.callouts().stream().filter(c -> c.left() == left)
                    .map(WheelLayout.Callout::y).sorted().toList();
            for (int i = 1; i < ys.size(); i++) {
                assertTrue(ys.get(i) - ys.get(i - 1) >= WheelLayout.LABEL_LINE - 1e-9, "labels " + ys.get(i - 1)
                        + " and " + ys.get(i) + " overprint");
            }
            assertTrue(ys.get(0) >= WheelLayout.LABEL_LINE);
            assertTrue(wheel.height() >= ys.get(ys.size() - 1) + 8);
        }
        assertTrue(wheel.height() > WheelLayout.SIZE, "42 labels a side need more than 640 px");
    }
}
