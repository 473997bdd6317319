package se.planprocess.confluence.process;

import se.planprocess.confluence.process.InvalidValueException.Rule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One plan year of a process, e.g. "Regionplan 2027–2030": its own phase dates, milestones and, per kind of document
 * with sections, the template version its documents are written against ({@code templateVersions}; a kind not named
 * uses its current template).
 *
 * <p>Dates stay in a range the app can plan for: every day lies in the years {@value #FIRST_YEAR}–{@value #LAST_YEAR};
 * the cycle's window runs from the start of its first phase to the end of its last phase or of its plan year,
 * whichever is later, and lasts at most {@value #MAX_YEARS} years; every milestone lies inside that window. A refused
 * value is named as a client sends it: {@code planYear}, {@code phases.<key>.start}, {@code milestones[<i>].date}
 * (the index in the given list).
 *
 * <p>An {@code archived} cycle is finished: it is kept with its documents, and no longer changed.
 */
public record Cycle(long id, String key, Bilingual name, int planYear, int horizonYears, String templateKey,
                    Map<DocumentKind, String> templateVersions, List<CyclePhase> phases,
                    List<Milestone> milestones, boolean archived) {
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int MAX_YEARS = 5;
    public static final int MAX_HORIZON_YEARS = 25;
    public static final int MAX_KEY = 100;
    public static final int MAX_NAME = 200;

    public Cycle {
        UserText.requireName(key, "key", MAX_KEY);
        Objects.requireNonNull(name, "name");
        UserText.requireName(name.sv(), "nameSv", MAX_NAME);
        UserText.requireName(name.en(), "nameEn", MAX_NAME);
        Objects.requireNonNull(templateKey, "templateKey");
        templateVersions = templateVersions == null ? Map.of() : Map.copyOf(templateVersions);
        phases = List.copyOf(phases);
        milestones = List.copyOf(milestones);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("A cycle has at least one phase");
        }
        checkDates(planYear, horizonYears, phases, milestones);
        milestones = milestones.stream().sorted(Comparator.comparing(Milestone::date)).toList();
    }

    /** A cycle in use (not archived). */
    public Cycle(long id, String key, Bilingual name, int planYear, int horizonYears, String templateKey,
                 Map<DocumentKind, String> templateVersions, List<CyclePhase> phases, List<Milestone> milestones) {
        this(id, key, name, planYear, horizonYears, templateKey, templateVersions, phases, milestones, false);
    }

    /** From the first phase's start to the last phase's end (or the last milestone, if later). */
    public DateRange span() {
        LocalDate start = phases.stream().map(p -> p.dates().start()).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate end = phases.stream().map(p -> p.dates().end()).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate lastMilestone = milestones.isEmpty() ? end : milestones.get(milestones.size() - 1).date();
        return new DateRange(start, lastMilestone.isAfter(end) ? lastMilestone : end);
    }

    /**
     * The days milestones may fall on: from the start of the first phase to the end of the last phase or the end of
     * the plan year, whichever is later.
     */
    public DateRange window() {
        return window(planYear, phases);
    }

    public Optional<CyclePhase> phase(String key) {
        return phases.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The deadline milestones for a kind of document that apply to a committee, earliest first. */
    public List<Milestone> deadlinesFor(DocumentKind kind, Long committeeId) {
        return milestones.stream()
                .filter(m -> kind.equals(m.documentKind()))
                .filter(m -> committeeId == null || m.appliesTo(committeeId))
                .toList();
    }

    /** The template version this cycle's documents of a kind are written against, when the cycle names one. */
    public Optional<String> templateVersion(DocumentKind kind) {
        return Optional.ofNullable(templateVersions.get(kind));
    }

    /**
     * The year a kind's documents are written in: the year of its first deadline, or the year before the plan year
     * when the cycle has none.
     */
    public int writingYear(DocumentKind kind) {
        return deadlinesFor(kind, null).stream()
                .findFirst()
                .map(m -> m.date().getYear())
                .orElse(planYear - 1);
    }

    private static DateRange window(int planYear, List<CyclePhase> phases) {
        LocalDate start = phases.stream().map(p -> p.dates().start()).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate lastPhaseEnd = phases.stream().map(p -> p.dates().end()).max(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate planYearEnd = LocalDate.of(planYear, 12, 31);
        return new DateRange(start, planYearEnd.isAfter(lastPhaseEnd) ? planYearEnd : lastPhaseEnd);
    }

    private static void checkDates(int planYear, int horizonYears, List<CyclePhase> phases,
                                   List<Milestone> milestones) {
        if (planYear < FIRST_YEAR || planYear > LAST_YEAR) {
            throw new InvalidValueException("planYear", Rule.OUT_OF_RANGE, String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
        }
        if (horizonYears < 1 || horizonYears > MAX_HORIZON_YEARS) {
            throw new InvalidValueException("horizonYears", Rule.OUT_OF_RANGE, "1", String.valueOf(MAX_HORIZON_YEARS));
        }
        for (CyclePhase phase : phases) {
            checkYear(phase.dates().start(), "phases." + phase.key() + ".start");
            checkYear(phase.dates().end(), "phases." + phase.key() + ".end");
        }
        for (int i = 0; i < milestones.size(); i++) {
            checkYear(milestones.get(i).date(), "milestones[" + i + "].date");
        }
        DateRange window = window(planYear, phases);
        LocalDate latestEnd = window.start().plusYears(MAX_YEARS).minusDays(1);
        if (window.end().isAfter(latestEnd)) {
            String field = phases.stream().filter(p -> p.dates().end().isAfter(latestEnd)).findFirst()
                    .map(p -> "phases." + p.key() + ".end").orElse("planYear");
            throw new InvalidValueException(field, Rule.CYCLE_TOO_LONG, String.valueOf(MAX_YEARS));
        }
        for (int i = 0; i < milestones.size(); i++) {
            if (!window.contains(milestones.get(i).date())) {
                throw new InvalidValueException("milestones[" + i + "].date", Rule.OUTSIDE_CYCLE,
                        window.start().toString(), window.end().toString());
            }
        }
    }

    private static void checkYear(LocalDate day, String field) {
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw new InvalidValueException(field, Rule.DATE_OUT_OF_RANGE, String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
        }
    }
}
