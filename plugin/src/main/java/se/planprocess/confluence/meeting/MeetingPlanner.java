package se.planprocess.confluence.meeting;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.process.InvalidValueException.Rule;
import se.planprocess.confluence.process.UserText;

/**
 * Turns a meeting as typed into a {@link MeetingPlan}, or refuses it naming the field ({@code date}, {@code end},
 * {@code title}, …) and the rule: a kind the region has, a real day in the years the app plans for, times as
 * {@code HH:MM} with the end after the start, a phase of the meeting's cycle, a committee for a kind held with one,
 * names without control characters and within their lengths. Nothing is registered by this class.
 */
public final class MeetingPlanner {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TITLE_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu",
            Locale.forLanguageTag("sv-SE"));

    private final MeetingKinds kinds;

    public MeetingPlanner(MeetingKinds kinds) {
        this.kinds = kinds;
    }

    /**
     * The plan of one meeting of {@code cycle}; {@code committeeName} gives the name of a committee the requester
     * may choose (empty for any other id).
     *
     * @throws InvalidValueException for the first refused field, in the wizard's order
     */
    public MeetingPlan plan(MeetingRequest request, Cycle cycle, LongFunction<Optional<String>> committeeName) {
        MeetingKind kind = kinds.byKey(blankToNull(request.kind())).orElseThrow(() -> new InvalidValueException(
                "kind", Rule.UNKNOWN_VALUE, kinds.all().stream().map(MeetingKind::key)
                        .collect(Collectors.joining(", "))));
        LocalDate date = date(request.date());
        LocalTime start = time(request.start(), "start");
        LocalTime end = time(request.end(), "end");
        if (end != null && (start == null || !end.isAfter(start))) {
            throw new InvalidValueException("end", Rule.END_NOT_AFTER_START, "start");
        }
        String place = UserText.optionalName(request.place(), "place", MeetingPlan.MAX_PLACE);
        String phase = phase(request.phase(), cycle);
        Long committeeId = null;
        String committee = null;
        String committeeText = blankToNull(request.committee());
        if (committeeText != null || kind.withCommittee()) {
            if (committeeText == null) {
                throw new InvalidValueException("committee", Rule.BLANK);
            }
            committeeId = parseId(committeeText);
            committee = committeeId == null ? null : committeeName.apply(committeeId).orElse(null);
            if (committee == null) {
                throw new InvalidValueException("committee", Rule.UNKNOWN_VALUE, "");
            }
        }
        String title = UserText.optionalName(request.title(), "title", MeetingPlan.MAX_TITLE);
        if (title == null) {
            title = defaultTitle(kind, date, committee);
        }
        return new MeetingPlan(kind, title, date, start, end, place, phase, committeeId);
    }

    /** "Styrdialog 1 oktober 2024 – Kulturnämnden", cut to a page title's length. */
    static String defaultTitle(MeetingKind kind, LocalDate date, String committee) {
        String title = kind.name().sv() + " " + TITLE_DATE.format(date) + (committee == null ? "" : " – " + committee);
        return title.length() <= MeetingPlan.MAX_TITLE ? title : title.substring(0, MeetingPlan.MAX_TITLE).strip();
    }

    private static LocalDate date(String text) {
        String value = blankToNull(text);
        if (value == null) {
            throw new InvalidValueException("date", Rule.BLANK);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value, DATE);
        } catch (DateTimeException e) {
            throw new InvalidValueException("date", Rule.NOT_A_DATE);
        }
        if (date.getYear() < Cycle.FIRST_YEAR || date.getYear() > Cycle.LAST_YEAR) {
            throw new InvalidValueException("date", Rule.DATE_OUT_OF_RANGE, Cycle.FIRST_YEAR, Cycle.LAST_YEAR);
        }
        return date;
    }

    private static LocalTime time(String text, String field) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value, TIME);
        } catch (DateTimeException e) {
            throw new InvalidValueException(field, Rule.NOT_A_TIME);
        }
    }

    private static String phase(String text, Cycle cycle) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        if (cycle.phases().stream().noneMatch(p -> p.key().equals(value))) {
            throw new InvalidValueException("phase", Rule.UNKNOWN_VALUE, cycle.phases().stream()
                    .map(CyclePhase::key).collect(Collectors.joining(", ")));
        }
        return value;
    }

    private static Long parseId(String text) {
        if (!text.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
