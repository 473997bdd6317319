package se.planprocess.confluence.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The timeline's geometry on the region's 2026 year (the 2024 calendar of seed 000): coordinates worked out by hand
 * from a 936 px axis of twelve 78 px months starting at x = 12.
 */
class TimelineLayoutTest {
    private static final double EPSILON = 0.01;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private final TimelineLayout.Timeline target = TimelineLayout.layout(DemoYear.phases(), DemoYear.marks(),
            List.of(), TODAY, n -> n + " händelser");

    @Test
    void theFeedbackPhase_runsFromTheStartOfThe15thOfMay_toTheEndOfThe1stOfOctober_onTheFirstLane() {
        TimelineLayout.Bar feedback = target.bars().get(1);

        assertEquals("committee-feedback", feedback.id());
        // 12 + (4 + 14/31) × 78 and 12 + (9 + 1/31) × 78
        assertEquals(359.226, feedback.x(), EPSILON);
        assertEquals(716.516 - 359.226, feedback.width(), EPSILON);
        assertEquals(44, feedback.y(), EPSILON);
        assertEquals(22, feedback.height(), EPSILON);
    }

    @Test
    void overlappingPhases_getLanesBelowOneAnother() {
        assertEquals(3, target.lanes());
        assertEquals(List.of(0, 0, 0, 0, 1, 2), target.bars().stream().map(TimelineLayout.Bar::lane).toList());
        assertEquals(74, target.bars().get(4).y(), EPSILON);
        assertEquals(104, target.bars().get(5).y(), EPSILON);
    }

    @Test
    void theDeadlineOf26September_andTheDialoguesOf1October_are13PixelsApart_soTheyAreOneMarkOfTwo() {
        List<TimelineLayout.Group> marks = target.marks();

        assertEquals(4, marks.size());
        TimelineLayout.Group group = marks.get(1);
        assertEquals(List.of("feedback-due", "steering-dialogues"), group.ids());
        assertEquals("2 händelser", group.label());
        // the middles of the two days: 702.3 and 715.258
        assertEquals((702.3 + 715.258) / 2, group.x(), EPSILON);
        assertEquals(151, group.y(), EPSILON);
        assertEquals(357.968, marks.get(0).x(), EPSILON);
        assertEquals("Kickoff", marks.get(0).label());
    }

    @Test
    void labelsThatWouldRunOffTheRight_endAtTheirMark_andTakeTheFirstRowWhereTheyOverlapNothing() {
        TimelineLayout.Group council = target.marks().get(2);
        TimelineLayout.Group plans = target.marks().get(3);

        assertEquals("Regionfullmäktige beslutar re…", council.label());
        assertTrue(council.endAnchored());
        assertEquals(855.7 - 30 * 7.2, council.labelStart(), EPSILON);
        assertEquals(List.of(0, 0, 1, 2), target.marks().stream().map(TimelineLayout.Group::labelRow).toList());
        assertEquals(174, target.marks().get(0).labelY(), EPSILON);
        assertEquals(190, council.labelY(), EPSILON);
        assertEquals(206, plans.labelY(), EPSILON);
        assertEquals("Verksamhetsplan beslutad i nä…", plans.label());
    }

    @Test
    void todaysLine_standsInTheMiddleOfThe3rdOfDecember_andItsLabelHasTheLastRow() {
        assertEquals(876.29, target.todayX().orElseThrow(), EPSILON);
        assertEquals(280, target.todayLabelY(), EPSILON);
        assertEquals(290, target.height(), EPSILON);
        assertFalse(TimelineLayout.layout(DemoYear.phases(), List.of(), List.of(), LocalDate.of(2027, 3, 1),
                n -> "").todayX().isPresent());
    }

    @Test
    void fortyMarksInOneMonth_neverOverprintALabel() {
        List<Point> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(new Point("m" + i, LocalDate.of(2026, 3, 1 + i % 31), "Möte nummer " + i + " med en lång titel"));
        }

        TimelineLayout.Timeline layout = TimelineLayout.layout(DemoYear.phases(), many, many, TODAY,
                n -> n + " händelser");

        for (List<TimelineLayout.Group> band : List.of(layout.marks(), layout.meetings())) {
            assertEquals(40, band.stream().mapToInt(TimelineLayout.Group::count).sum());
            // a 78 px month holds at most 6 marks 14 px apart
            assertTrue(band.size() <= 6, "groups: " + band.size());
            for (int a = 0; a < band.size(); a++) {
                for (int b = a + 1; b < band.size(); b++) {
                    TimelineLayout.Group one = band.get(a);
                    TimelineLayout.Group other = band.get(b);
                    boolean apart = one.labelRow() != other.labelRow() || one.labelEnd() <= other.labelStart()
                            || other.labelEnd() <= one.labelStart();
                    assertTrue(apart, one.label() + " and " + other.label() + " overprint");
                }
                assertTrue(band.get(a).labelStart() >= TimelineLayout.LEFT);
                assertTrue(band.get(a).labelEnd() <= TimelineLayout.WIDTH - TimelineLayout.RIGHT);
            }
        }
        assertTrue(layout.meetingsTop() > layout.marks().stream().mapToDouble(TimelineLayout.Group::labelY).max()
                .orElseThrow(), "the meetings' band starts below the marks' last label row");
    }
}
