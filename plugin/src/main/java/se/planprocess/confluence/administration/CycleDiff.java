package se.planprocess.confluence.administration;

import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.Milestone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a cycle, one line per field: {@code name: a → b}, {@code phases[drafting].end:
 * 2026-05-31 → 2026-06-15}, {@code milestones[feedback-due] added}. Phases and milestones are matched by key.
 */
public final class CycleDiff {
    private CycleDiff() {
    }

    public static List<String> between(Cycle before, Cycle after) {
        List<String> lines = new ArrayList<>();
        names("name", before.name(), after.name(), lines);
        change("horizonYears", before.horizonYears(), after.horizonYears(), lines);
        change("templateVersions", versions(before), versions(after), lines);
        change("archived", before.archived(), after.archived(), lines);
        Map<String, CyclePhase> oldPhases = byKey(before.phases(), CyclePhase::key);
        Map<String, CyclePhase> newPhases = byKey(after.phases(), CyclePhase::key);
        for (CyclePhase phase : after.phases()) {
            String path = "phases[" + phase.key() + "]";
            CyclePhase old = oldPhases.get(phase.key());
            if (old == null) {
                lines.add(path + " +");
                continue;
            }
            names(path + ".name", old.name(), phase.name(), lines);
            change(path + ".start", old.dates().start(), phase.dates().start(), lines);
            change(path + ".end", old.dates().end(), phase.dates().end(), lines);
            change(path + ".parallel", old.parallel(), phase.parallel(), lines);
        }
        oldPhases.keySet().stream().filter(k -> !newPhases.containsKey(k)).forEach(k -> lines.add("phases[" + k + "] −"));
        Map<String, Milestone> oldMilestones = byKey(before.milestones(), Milestone::key);
        Map<String, Milestone> newMilestones = byKey(after.milestones(), Milestone::key);
        for (Milestone milestone : after.milestones()) {
            String path = "milestones[" + milestone.key() + "]";
            Milestone old = oldMilestones.get(milestone.key());
            if (old == null) {
                lines.add(path + " +");
                continue;
            }
            names(path + ".name", old.name(), milestone.name(), lines);
            change(path + ".date", old.date(), milestone.date(), lines);
            change(path + ".phase", old.phaseKey(), milestone.phaseKey(), lines);
            change(path + ".documentKind", old.documentKind() == null ? null : old.documentKind().key(),
                    milestone.documentKind() == null ? null : milestone.documentKind().key(), lines);
            change(path + ".requiredStatus", old.requiredStatus(), milestone.requiredStatus(), lines);
            change(path + ".committees", new java.util.TreeSet<>(old.committeeIds()),
                    new java.util.TreeSet<>(milestone.committeeIds()), lines);
        }
        oldMilestones.keySet().stream().filter(k -> !newMilestones.containsKey(k))
                .forEach(k -> lines.add("milestones[" + k + "] −"));
        if (lines.size() > CycleChange.MAX_DETAILS) {
            int more = lines.size() - CycleChange.MAX_DETAILS + 1;
            List<String> kept = new ArrayList<>(lines.subList(0, CycleChange.MAX_DETAILS - 1));
            kept.add("… +" + more);
            return kept;
        }
        return lines;
    }

    private static void names(String path, Bilingual before, Bilingual after, List<String> lines) {
        change(path + "Sv", before.sv(), after.sv(), lines);
        change(path + "En", before.en(), after.en(), lines);
    }

    private static void change(String path, Object before, Object after, List<String> lines) {
        if (!Objects.equals(before, after)) {
            lines.add(path + ": " + (before == null ? "–" : before) + " → " + (after == null ? "–" : after));
        }
    }

    private static String versions(Cycle cycle) {
        return new TreeMap<>(cycle.templateVersions().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().key(), Map.Entry::getValue))).toString();
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(key.apply(i), i));
        return map;
    }
}
