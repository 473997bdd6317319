package se.planprocess.confluence.calendar;

import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A cycle's time plan for one viewer: its phases, its milestones and deadlines, the meeting pages of the index the
 * viewer may see (those it can date among the events, the others in {@code undatedMeetings}), and today.
 * {@code events} are in date order (milestones, deadlines, then meetings on the same day, each in the cycle's order).
 */
public record TimePlan(Cycle cycle, LocalDate today, List<PlanEvent> events, List<PlanEvent> undatedMeetings) {
    private static final Comparator<PlanEvent> ORDER = Comparator.comparing(PlanEvent::date)
            .thenComparing(PlanEvent::type);

    public TimePlan {
        events = events.stream().sorted(ORDER).toList();
        undatedMeetings = List.copyOf(undatedMeetings);
    }

    public List<CyclePhase> phases() {
        return cycle.phases();
    }

    public Optional<CyclePhase> phase(String key) {
        return key == null ? Optional.empty() : cycle.phase(key);
    }

    public List<PlanEvent> events(PlanEvent.Type type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }
}
