package se.planprocess.confluence.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CycleFactory;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.process.InvalidValueException.Rule;
import se.planprocess.confluence.process.ProcessTemplates;
import se.planprocess.confluence.report.ReportTemplates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A meeting as typed in the wizard becomes a plan, or is refused naming the field. */
class MeetingPlannerTest {
    private static final Cycle CYCLE = CycleFactory.fromTemplate(ProcessTemplates.REGION_YEARLY, 2025,
            Map.of(DocumentKind.FEEDBACK_REPORT, ReportTemplates.V2024));
    private static final LongFunction<Optional<String>> COMMITTEES =
            id -> id == 7 ? Optional.of("Kulturnämnden") : Optional.empty();

    private final MeetingPlanner target = new MeetingPlanner(MeetingKinds.defaults());

    private static MeetingRequest request(String kind, String title, String date, String start, String end,
                                          String phase, String committee) {
        return new MeetingRequest(kind, title, date, start, end, "Sal A", phase, committee);
    }

    private InvalidValueException refused(MeetingRequest request) {
        return assertThrows(InvalidValueException.class, () -> target.plan(request, CYCLE, COMMITTEES));
    }

    @Test
    void aStyrdialog_withItsCommittee_getsATitleOfKindDateAndCommittee() {
        MeetingPlan plan = target.plan(request("styrdialog", "", "2024-10-01", "09:00", "10:30", "", "7"), CYCLE,
                COMMITTEES);

        assertEquals("Styrdialog 1 oktober 2024 – Kulturnämnden", plan.title());
        assertEquals(LocalDate.of(2024, 10, 1), plan.date());
        assertEquals(LocalTime.of(9, 0), plan.start());
        assertEquals(LocalTime.of(10, 30), plan.end());
        assertEquals(7L, plan.committeeId());
        assertEquals("Sal A", plan.place());
    }

    @Test
    void aKickoff_keepsItsTypedTitle_andMayHaveNoTimes() {
        MeetingPlan plan = target.plan(request("kickoff", "  Kickoff regionplan ", "2024-05-14", "", "", "", ""),
                CYCLE, COMMITTEES);

        assertEquals("Kickoff regionplan", plan.title());
        assertNull(plan.start());
        assertNull(plan.committeeId());
    }

    @Test
    void noDate_isRefusedAsBlank() {
        InvalidValueException e = refused(request("kickoff", "", " ", "", "", "", ""));
        assertEquals("date", e.field());
        assertEquals(Rule.BLANK, e.rule());
    }

    @Test
    void theThirtiethOfFebruary_isNotADate() {
        InvalidValueException e = refused(request("kickoff", "", "2025-02-30", "", "", "", ""));
        assertEquals("date", e.field());
        assertEquals(Rule.NOT_A_DATE, e.rule());
    }

    @Test
    void aDateOutsideThePlannableYears_isRefused() {
        assertEquals(Rule.DATE_OUT_OF_RANGE, refused(request("kickoff", "", "1999-12-31", "", "", "", "")).rule());
    }

    @Test
    void anEndBeforeItsStart_isRefusedOnTheEnd() {
        InvalidValueException e = refused(request("kickoff", "", "2024-05-14", "10:00", "09:59", "", ""));
        assertEquals("end", e.field());
        assertEquals(Rule.END_NOT_AFTER_START, e.rule());
    }

    @Test
    void anEndEqualToItsStart_orWithoutAStart_isRefused() {
        assertEquals(Rule.END_NOT_AFTER_START, refused(request("kickoff", "", "2024-05-14", "10:00", "10:00", "", ""))
                .rule());
        assertEquals(Rule.END_NOT_AFTER_START, refused(request("kickoff", "", "2024-05-14", "", "10:00", "", ""))
                .rule());
    }

    @Test
    void aTimeOfTwentyFiveOClock_isNotATime() {
        InvalidValueException e = refused(request("kickoff", "", "2024-05-14", "25:00", "", "", ""));
        assertEquals("start", e.field());
        assertEquals(Rule.NOT_A_TIME, e.rule());
    }

    @Test
    void aTitleOfTenThousandCharacters_isTooLong() {
        InvalidValueException e = refused(request("kickoff", "x".repeat(10_000), "2024-05-14", "", "", "", ""));
        assertEquals("title", e.field());
        assertEquals(Rule.TOO_LONG, e.rule());
    }

    @Test
    void aTitleWithALineBreak_isRefused() {
        assertEquals(Rule.CONTROL_CHARACTERS,
                refused(request("kickoff", "Kickoff\r\nX-Injected: 1", "2024-05-14", "", "", "", "")).rule());
    }

    @Test
    void aStyrdialogWithoutCommittee_isRefusedOnTheCommittee() {
        InvalidValueException e = refused(request("styrdialog", "", "2024-10-01", "", "", "", ""));
        assertEquals("committee", e.field());
        assertEquals(Rule.BLANK, e.rule());
    }

    @Test
    void aCommitteeTheRequesterMayNotChoose_isUnknown() {
        InvalidValueException e = refused(request("styrdialog", "", "2024-10-01", "", "", "", "8"));
        assertEquals("committee", e.field());
        assertEquals(Rule.UNKNOWN_VALUE, e.rule());
        assertEquals(Rule.UNKNOWN_VALUE, refused(request("styrdialog", "", "2024-10-01", "", "", "", "7 OR 1=1"))
                .rule());
    }

    @Test
    void anUnknownKind_listsTheKindsThereAre() {
        InvalidValueException e = refused(request("party", "", "2024-10-01", "", "", "", ""));
        assertEquals("kind", e.field());
        assertEquals("kickoff, styrdialog, clg-dialog, majority-check-in, presidium, working-meeting, minutes",
                e.messageArguments()[1]);
    }

    @Test
    void aPhaseOfTheCycle_isKept_andAnyOtherIsRefused() {
        String phase = CYCLE.phases().get(2).key();
        assertEquals(phase, target.plan(request("kickoff", "", "2024-05-14", "", "", phase, ""), CYCLE, COMMITTEES)
                .phase());
        assertEquals("phase", refused(request("kickoff", "", "2024-05-14", "", "", "no-such-phase", "")).field());
    }
}
