package se.planprocess.confluence.administration;

import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.DateRange;
import se.planprocess.confluence.process.Milestone;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Last year's cycle as a draft for the next plan year: every day one year later, the same phases, milestones,
 * committees and template versions, to be adjusted afterwards.
 * <ul>
 *   <li>A day moves to the same day of the next year; 29 February, which the next year does not have, becomes
 *   28 February ({@link LocalDate#plusYears}).</li>
 *   <li>A phase that ends on the last day of a month ends on the last day of that month next year, so a window
 *   "to the end of February" stays that, in a leap year too (28 February 2027 → 29 February 2028).</li>
 *   <li>The key and the names get the years moved: {@code regionplan-2027} → {@code regionplan-2028},
 *   "Regionplan 2027–2030" → "Regionplan 2028–2031" (every year from the plan year before to the horizon's last).</li>
 * </ul>
 */
public final class NextYear {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(\\d{4})(?![0-9])");

    private NextYear() {
    }

    public static Cycle of(Cycle last) {
        int from = last.planYear() - 1;
        int to = last.planYear() + last.horizonYears();
        List<CyclePhase> phases = last.phases().stream()
                .map(p -> new CyclePhase(p.key(), p.name(), new DateRange(p.dates().start().plusYears(1),
                        phaseEnd(p.dates().end())), p.parallel()))
                .toList();
        List<Milestone> milestones = last.milestones().stream()
                .map(m -> new Milestone(m.key(), m.name(), m.date().plusYears(1), m.phaseKey(), m.committeeIds(),
                        m.documentKind(), m.requiredStatus()))
                .toList();
        return new Cycle(0, years(last.key(), from, to), Bilingual.of(years(last.name().sv(), from, to),
                years(last.name().en(), from, to)), last.planYear() + 1, last.horizonYears(), last.templateKey(),
                last.templateVersions(), phases, milestones, false);
    }

    /** The day a phase that ended on {@code end} ends next year. */
    static LocalDate phaseEnd(LocalDate end) {
        YearMonth month = YearMonth.from(end);
        return end.equals(month.atEndOfMonth()) ? month.plusYears(1).atEndOfMonth() : end.plusYears(1);
    }

    /** Each year from {@code from} to {@code to} in the text one later; other numbers stay. */
    static String years(String text, int from, int to) {
        Matcher matcher = YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int year = Integer.parseInt(matcher.group(1));
            matcher.appendReplacement(out, String.valueOf(year >= from && year <= to ? year + 1 : year));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
