package se.planprocess.confluence.calendar;

import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.kind.KindSpecification;
import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.Milestone;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the feed of one or more cycles, for everyone or for one committee, from what the feed's owner may see.
 *
 * <ul>
 *   <li>Each phase is an all-day event from its first to its last day; each milestone an all-day event on its day, a
 *       deadline (a milestone that requires a status of a kind of document) marked as such.</li>
 *   <li>For one committee: the milestones that apply to it (those for every committee and those naming it).
 *       For everyone: the milestones for every committee and those naming at least one committee the owner may see;
 *       a milestone only for committees the owner may not see is left out, and a description names only the
 *       committees the owner may see.</li>
 *   <li>Identities ({@link #uid}) are made of the cycle's id, the item's kind and its key, never of a name or a date,
 *       so a renamed or moved item stays the same event, and an item that is removed disappears.</li>
 * </ul>
 */
public final class CalendarFeeds {
    /** The domain of every event's UID. */
    public static final String UID_DOMAIN = "planprocess.se";

    static final Bilingual PHASE = Bilingual.of("Fas", "Phase");
    static final Bilingual MILESTONE = Bilingual.of("Milstolpe", "Milestone");
    static final Bilingual DEADLINE = Bilingual.of("Deadline", "Deadline");
    static final Bilingual MEETING = Bilingual.of("Möte", "Meeting");
    static final Bilingual APPLIES_TO = Bilingual.of("Gäller: ", "Applies to: ");
    static final Bilingual APPLIES_TO_ALL = Bilingual.of("Gäller alla nämnder", "Applies to all committees");
    static final Bilingual REQUIRES = Bilingual.of("Krav: ", "Requires: ");
    static final Bilingual PROCESS_CALENDAR = Bilingual.of("Processkalender", "Process calendar");
    static final Bilingual ALL_CYCLES = Bilingual.of("alla planperioder", "all cycles");

    private final KindCatalogue kinds;

    public CalendarFeeds(KindCatalogue kinds) {
        this.kinds = kinds;
    }

    /**
     * The feed of these cycles (in this order; one cycle, or all), for one committee or for everyone.
     *
     * @param committee         the committee the feed is for, already checked as visible to the owner; empty for all
     * @param visibleCommittees the committees the owner may see (they name the committees of a milestone)
     * @param meetings          meetings to show (the owner may see each); see {@link MeetingDate}
     */
    public CalendarFeed build(List<Cycle> cycles, Optional<Committee> committee, List<Committee> visibleCommittees,
                              List<MeetingDate> meetings, Locale locale) {
        Map<Long, Committee> visible = visibleCommittees.stream()
                .collect(Collectors.toMap(Committee::id, Function.identity(), (a, b) -> a));
        List<CalendarEvent> events = new ArrayList<>();
        for (Cycle cycle : cycles) {
            String cycleName = cycle.name().in(locale);
            for (CyclePhase phase : cycle.phases()) {
                events.add(new CalendarEvent(uid(cycle.id(), EventKind.PHASE, phase.key()), EventKind.PHASE,
                        phase.name().in(locale), cycleName, phase.dates().start(), phase.dates().end().plusDays(1),
                        List.of(PHASE.in(locale))));
            }
            for (Milestone milestone : cycle.milestones()) {
                if (!shown(milestone, committee, visible)) {
                    continue;
                }
                EventKind kind = milestone.isDeadline() ? EventKind.DEADLINE : EventKind.MILESTONE;
                events.add(new CalendarEvent(uid(cycle.id(), kind, milestone.key()), kind,
                        milestone.name().in(locale), description(cycleName, milestone, visible, locale),
                        milestone.date(), milestone.date().plusDays(1),
                        List.of((kind == EventKind.DEADLINE ? DEADLINE : MILESTONE).in(locale))));
            }
            for (MeetingDate meeting : meetings) {
                if (meeting.cycleId() != cycle.id() || committee.isPresent() && meeting.committeeId() != null
                        && meeting.committeeId() != committee.get().id()) {
                    continue;
                }
                events.add(new CalendarEvent(uid(cycle.id(), EventKind.MEETING, meeting.key()), EventKind.MEETING,
                        meeting.title(), cycleName, meeting.date(), meeting.date().plusDays(1),
                        List.of(MEETING.in(locale))));
            }
        }
        events.sort(Comparator.comparing(CalendarEvent::start).thenComparing(CalendarEvent::uid));
        String scope = cycles.size() == 1 ? cycles.get(0).name().in(locale) : ALL_CYCLES.in(locale);
        String name = PROCESS_CALENDAR.in(locale) + " – " + scope
                + committee.map(c -> " – " + c.name()).orElse("");
        return new CalendarFeed(name, name, events);
    }

    /**
     * {@code cycle-<id>-<kind>-<key>@planprocess.se}; a key's characters other than letters, digits, {@code .},
     * {@code _} and {@code -} are written as {@code %XX} of their UTF-8 bytes, so a UID is plain ASCII.
     */
    public static String uid(long cycleId, EventKind kind, String key) {
        StringBuilder b = new StringBuilder("cycle-").append(cycleId).append('-').append(kind.key()).append('-');
        for (byte octet : key.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (octet & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
                b.append(c);
            } else {
                b.append('%').append(String.format(Locale.ROOT, "%02X", octet & 0xff));
            }
        }
        return b.append('@').append(UID_DOMAIN).toString();
    }

    private static boolean shown(Milestone milestone, Optional<Committee> committee, Map<Long, Committee> visible) {
        if (committee.isPresent()) {
            return milestone.appliesTo(committee.get().id());
        }
        return milestone.committeeIds().isEmpty()
                || milestone.committeeIds().stream().anyMatch(visible::containsKey);
    }

    private String description(String cycleName, Milestone milestone, Map<Long, Committee> visible, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(cycleName);
        if (milestone.committeeIds().isEmpty()) {
            lines.add(APPLIES_TO_ALL.in(locale));
        } else {
            lines.add(APPLIES_TO.in(locale) + milestone.committeeIds().stream().map(visible::get)
                    .filter(Objects::nonNull).map(Committee::name).sorted().collect(Collectors.joining(", ")));
        }
        if (milestone.isDeadline()) {
            Optional<KindSpecification> spec = kinds.find(milestone.documentKind());
            String kindName = spec.map(s -> s.name().in(locale)).orElse(milestone.documentKind().key());
            String status = spec.flatMap(s -> s.workflow().status(milestone.requiredStatus()))
                    .map(s -> s.name().in(locale)).orElse(milestone.requiredStatus());
            lines.add(REQUIRES.in(locale) + kindName + " – " + status);
        }
        return String.join("\n", lines);
    }
}
