package se.planprocess.confluence.calendar;

import org.junit.jupiter.api.Test;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.CycleBuilder.aCycle;

/**
 * What a feed holds: phases and milestones as all-day events with identities of cycle, kind and key; for one
 * committee only what applies to it; for everyone nothing that only concerns committees the owner may not see.
 */
class CalendarFeedsTest {
    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    private static final Committee HSN = new Committee(1, "Hälso- och sjukvårdsnämnden", "HSN", "HSN", true);
    private static final Committee KRIS = new Committee(2, "Krisledningsnämnden", "KRIS", "KRIS", true);
    private static final Committee RUN = new Committee(3, "Regionala utvecklingsnämnden", "RUN", "RUN", true);

    private final CalendarFeeds target = new CalendarFeeds(KindCatalogue.builtIn());

    private static Cycle cycle(String deadlineDate) {
        return aCycle().withId(7).withPhase("drafting", "2026-05-14", "2026-09-26")
                .withDeadline(deadlineDate)
                .withDeadlineFor("2026-09-20", "submitted", Set.of(KRIS.id()))
                .withDeadlineFor("2026-09-21", "submitted", Set.of(KRIS.id(), RUN.id()))
                .withMeeting("kickoff", "2026-05-14").build();
    }

    @Test
    void aPhase_isAnAllDayEvent_endingTheDayAfterItsLastDay() {
        CalendarFeed feed = target.build(List.of(cycle("2026-09-26")), Optional.empty(), List.of(HSN, RUN), List.of(), SV);
        CalendarEvent phase = feed.events().stream().filter(e -> e.kind() == EventKind.PHASE).findFirst().orElseThrow();
        assertEquals("cycle-7-phase-drafting@planprocess.se", phase.uid());
        assertEquals(LocalDate.of(2026, 5, 14), phase.start());
        assertEquals(LocalDate.of(2026, 9, 27), phase.endExclusive());
        assertEquals("Fas drafting", phase.summary());
        assertEquals(List.of("Fas"), phase.categories());
    }

    @Test
    void aMovedDeadline_keepsItsIdentity_andARemovedOneDisappears() {
        List<CalendarEvent> before = target.build(List.of(cycle("2026-09-26")), Optional.empty(), List.of(HSN),
                List.of(), SV).events();
        List<CalendarEvent> after = target.build(List.of(cycle("2026-09-30")), Optional.empty(), List.of(HSN),
                List.of(), SV).events();
        CalendarEvent was = before.stream().filter(e -> e.uid().contains("deadline-1")).findFirst().orElseThrow();
        CalendarEvent is = after.stream().filter(e -> e.uid().equals(was.uid())).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 9, 26), was.start());
        assertEquals(LocalDate.of(2026, 9, 30), is.start());
        assertEquals(EventKind.DEADLINE, is.kind());

        Cycle withoutDeadlines = aCycle().withId(7).withPhase("drafting", "2026-05-14", "2026-09-26").build();
        List<CalendarEvent> removed = target.build(List.of(withoutDeadlines), Optional.empty(), List.of(HSN),
                List.of(), SV).events();
        assertTrue(removed.stream().noneMatch(e -> e.uid().equals(was.uid())));
        assertEquals(1, removed.size());
    }

    @Test
    void forEveryone_aMilestoneOnlyForCommitteesTheOwnerMayNotSee_isLeftOut_andNoHiddenNameIsShown() {
        CalendarFeed feed = target.build(List.of(cycle("2026-09-26")), Optional.empty(), List.of(HSN, RUN), List.of(),
                SV);
        assertTrue(feed.events().stream().noneMatch(e -> e.uid().contains("deadline-2")), "KRIS only");
        CalendarEvent shared = feed.events().stream().filter(e -> e.uid().contains("deadline-3")).findFirst()
                .orElseThrow();
        assertTrue(shared.description().contains("Gäller: Regionala utvecklingsnämnden"), shared.description());
        assertFalse(feed.events().stream().anyMatch(e -> e.description().contains("Kris")), "no hidden name");
        CalendarEvent all = feed.events().stream().filter(e -> e.uid().contains("deadline-1")).findFirst().orElseThrow();
        assertTrue(all.description().contains("Gäller alla nämnder"));
        assertTrue(all.description().contains("Krav: Återkopplingsrapport – Inskickad"), all.description());
        assertEquals(List.of("Deadline"), all.categories());
    }

    @Test
    void forOneCommittee_onlyWhatAppliesToIt() {
        CalendarFeed feed = target.build(List.of(cycle("2026-09-26")), Optional.of(RUN), List.of(HSN, RUN, KRIS),
                List.of(), Locale.ENGLISH);
        assertEquals(Set.of("cycle-7-phase-drafting@planprocess.se", "cycle-7-deadline-deadline-1@planprocess.se",
                        "cycle-7-deadline-deadline-3@planprocess.se", "cycle-7-milestone-kickoff@planprocess.se"),
                Set.copyOf(feed.events().stream().map(CalendarEvent::uid).toList()));
        assertTrue(feed.name().endsWith("Regionala utvecklingsnämnden"), feed.name());
        assertTrue(feed.name().startsWith("Process calendar"), feed.name());
    }

    @Test
    void aKeyWithOtherCharacters_makesAPlainAsciiUid() {
        assertEquals("cycle-3-phase-f%C3%B6r%20%3Bx%40y@planprocess.se", CalendarFeeds.uid(3, EventKind.PHASE, "för ;x@y"));
    }

    @Test
    void meetings_areEventsOfTheirCycle() {
        MeetingDate meeting = new MeetingDate("doc-9", 7, RUN.id(), "Nämndmöte RUN", LocalDate.of(2026, 6, 2));
        MeetingDate otherCycle = new MeetingDate("doc-10", 8, null, "Annat", LocalDate.of(2026, 6, 3));
        CalendarFeed feed = target.build(List.of(cycle("2026-09-26")), Optional.empty(), List.of(RUN),
                List.of(meeting, otherCycle), SV);
        CalendarEvent event = feed.events().stream().filter(e -> e.kind() == EventKind.MEETING).findFirst()
                .orElseThrow();
        assertEquals("cycle-7-meeting-doc-9@planprocess.se", event.uid());
        assertEquals(1, feed.events().stream().filter(e -> e.kind() == EventKind.MEETING).count());
    }
}
