package se.planprocess.confluence.tracker.macro;

import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.tracker.LatestChange;
import se.planprocess.confluence.tracker.TrackerFilter;

import java.util.Map;

/**
 * The tracker macro's parameters, checked: the {@link TrackerFilter} it shares with the tracker's REST API and its
 * exports ({@code cycle}, {@code kinds}, {@code committees} or {@code spaceCategory}, {@code phase}), and the macro's
 * own {@code layout} ({@code matrix} or {@code list}) and {@code changes} (how many of the latest status changes to
 * list below the matrix, 0 to {@value LatestChange#MAX_LIMIT}, default {@value LatestChange#DEFAULT_LIMIT}; 0 hides
 * the list). A wrong value is refused naming the parameter ({@link TrackerFilter.Refused}).
 */
public record TrackerMacroParameters(TrackerFilter filter, Layout layout, int changes) {
    public enum Layout { MATRIX, LIST }

    /** Checked against the kinds the app tracks. */
    public static TrackerMacroParameters parse(Map<String, String> raw, KindCatalogue catalogue) {
        TrackerFilter filter = TrackerFilter.parse(raw, catalogue);
        String layout = TrackerFilter.text(raw, "layout");
        Layout chosen;
        if (layout.isEmpty() || layout.equalsIgnoreCase("matrix")) {
            chosen = Layout.MATRIX;
        } else if (layout.equalsIgnoreCase("list")) {
            chosen = Layout.LIST;
        } else {
            throw new TrackerFilter.InvalidParameter("layout");
        }
        int changes;
        try {
            changes = LatestChange.limit("changes", TrackerFilter.text(raw, "changes"));
        } catch (InvalidValueException e) {
            throw new TrackerFilter.InvalidParameter("changes", "planprocess.tracker.error.changes",
                    LatestChange.MAX_LIMIT);
        }
        return new TrackerMacroParameters(filter, chosen, changes);
    }
}
