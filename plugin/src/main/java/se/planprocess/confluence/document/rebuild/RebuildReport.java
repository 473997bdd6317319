package se.planprocess.confluence.document.rebuild;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one rebuild fixed (or, in a dry run, would fix) and what it leaves for a person, by {@link Finding}, in the
 * order found. A run right after another fixes nothing: {@link #fixes()} is 0.
 */
public final class RebuildReport {
    private final boolean dryRun;
    private final Map<Finding, List<RebuildItem>> items = new EnumMap<>(Finding.class);

    RebuildReport(boolean dryRun) {
        this.dryRun = dryRun;
        for (Finding finding : Finding.values()) {
            items.put(finding, new ArrayList<>());
        }
    }

    void add(Finding finding, RebuildItem item) {
        items.get(finding).add(item);
    }

    public boolean dryRun() {
        return dryRun;
    }

    public List<RebuildItem> items(Finding finding) {
        return Collections.unmodifiableList(items.get(finding));
    }

    public int count(Finding finding) {
        return items.get(finding).size();
    }

    /** How many fixes: every finding that {@link Finding#isFix() is a fix}. */
    public int fixes() {
        return items.entrySet().stream().filter(e -> e.getKey().isFix()).mapToInt(e -> e.getValue().size()).sum();
    }

    /** How many findings a person should look at (duplicates, unrecognised and busy pages). */
    public int toLookAt() {
        return items.entrySet().stream().filter(e -> !e.getKey().isFix()).mapToInt(e -> e.getValue().size()).sum();
    }
}
