package se.planprocess.confluence.calendar;

import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.DocumentKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Something on one day of a cycle's time plan: a milestone, a deadline (a milestone that requires a status of a kind
 * of document, a meeting's kind excepted) or a meeting (a meeting page of the index). {@code date} is null for a
 * meeting the time plan cannot date; {@code committees} names the committees it is for that the viewer may see (empty
 * with {@code allCommittees} for every committee); {@code pageId} is 0 without a page.
 */
public record PlanEvent(Type type, String id, Bilingual name, LocalDate date, String phaseKey, List<String> committees,
                        boolean allCommittees, DocumentKind documentKind, String requiredStatus, long pageId) {
    public enum Type { MILESTONE, DEADLINE, MEETING }

    public PlanEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        committees = List.copyOf(committees);
    }

    public boolean isDated() {
        return date != null;
    }
}
