package se.planprocess.confluence.view;

import java.util.List;

/**
 * The status of one tracked document in the user's language, as the status macro shows it and REST returns it:
 * plain strings, numbers, booleans, lists and nested views; {@code next}, {@code previous}, {@code deadline} and
 * {@code readiness} are null when there is none. Nothing is HTML-escaped; templates and JSON do that.
 *
 * <p>{@code deadlinePhaseName} is the phase the document's deadline belongs to ("" without a deadline);
 * {@code currentPhaseNames} are the phases running today, earliest start first (phases overlap). {@code notReadyForNext}
 * are the sections not ready that a step to {@code next} would leave behind when that step enters the kind's ready-by
 * status ("Inskickad"): such a step needs the user's confirmation. Empty otherwise.
 */
public record StatusView(long pageId, long documentId, long version, String title, String kind, String kindName,
                         String cycleName, String deadlinePhaseName, List<String> currentPhaseNames,
                         String committeeName, boolean assigned, boolean active,
                         Step status, List<Step> statuses, Step next, Step previous, boolean canEdit, boolean late,
                         Deadline deadline, ReadinessView readiness, List<Section> notReadyForNext,
                         int notReadyForNextCount, List<HistoryEntry> history, int historyCount) {
    public StatusView {
        currentPhaseNames = List.copyOf(currentPhaseNames);
        statuses = List.copyOf(statuses);
        notReadyForNext = List.copyOf(notReadyForNext);
        history = List.copyOf(history);
    }

    /** One status of the kind's workflow, seen from the document's current status. */
    public record Step(String key, String name, String description, String colour, boolean reached,
                       boolean current) {
    }

    /**
     * The deadline that binds the document: its name, the day as text and as ISO, days left from today, whether it
     * has passed, and whether the document has reached what it requires ({@code met}: then no days are counted).
     */
    public record Deadline(String name, String date, String dateIso, long daysLeft, boolean passed, boolean met) {
    }

    /** How many of the document's sections are ready, and each section. */
    public record ReadinessView(int ready, int total, List<Section> sections) {
        public ReadinessView {
            sections = List.copyOf(sections);
        }
    }

    /** One section: its stable key, its heading in the document's template version, whether it is ready. */
    public record Section(String key, String heading, boolean ready) {
    }

    /**
     * One history entry, newest first; the status values named in the user's language. A status change made with
     * sections not ready names their headings ({@code notReadySections}, {@code notReadyCount} of
     * {@code sectionCount}); otherwise the list is empty and both counts 0.
     */
    public record HistoryEntry(long seq, String type, String at, String atIso, String actor, String from, String to,
                               String section, String comment, List<String> notReadySections, int notReadyCount,
                               int sectionCount) {
        public HistoryEntry {
            notReadySections = List.copyOf(notReadySections);
        }
    }
}
