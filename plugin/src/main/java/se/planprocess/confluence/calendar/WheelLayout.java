package se.planprocess.confluence.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The annual wheel's geometry (årshjul), in SVG user units on a square of {@value #SIZE}: the twelve months around
 * the circle clockwise from the top (January at twelve o'clock, each month 30°, a day at its month's start plus the
 * part of the month before it), rings from the outside in: months, phases (one sub-ring per set of phases that
 * overlap on the circle, whatever their year), marks (milestones and deadlines), meetings; today's hand from the
 * centre.
 *
 * <p>Marks are grouped into slots: each month of a ring has as many slots as badges of radius {@value #BADGE} fit side
 * by side on that ring (at most four), and the marks of one slot are one badge with their count. Badges sit at their
 * slot's centre, so no two badges of a ring overprint, however many marks a month has; their labels stand in a
 * column on each side of the wheel ({@link #callouts}).
 */
public final class WheelLayout {
    public static final double SIZE = 640;
    public static final double CENTRE = SIZE / 2;
    public static final double MONTH_OUTER = 300;
    public static final double MONTH_INNER = 268;
    public static final double MONTH_LABEL = 284;
    public static final double PHASE_OUTER = 262;
    public static final double PHASE_INNER = 196;
    public static final double PHASE_GAP = 2;
    public static final double MARK_RING = 178;
    public static final double MEETING_RING = 138;
    public static final double BADGE = 9;
    /** Space kept between two badges. */
    public static final double BADGE_GAP = 1.5;
    public static final int MAX_SLOTS_PER_MONTH = 4;

    private WheelLayout() {
    }

    /** A day's angle in degrees, clockwise from the top: its month's start plus the part of the month before it. */
    public static double angle(LocalDate day) {
        return 30 * (day.getMonthValue() - 1) + 30.0 * (day.getDayOfMonth() - 1) / day.lengthOfMonth();
    }

    /** The point at an angle (degrees, clockwise from the top) and a radius from the centre. */
    public static double[] point(double degrees, double radius) {
        double radians = Math.toRadians(degrees);
        return new double[] {CENTRE + radius * Math.sin(radians), CENTRE - radius * Math.cos(radians)};
    }

    /** How many badges fit side by side in one month of a ring of this radius (1 to {@value #MAX_SLOTS_PER_MONTH}). */
    public static int slotsPerMonth(double radius) {
        double degrees = Math.toDegrees(2 * Math.asin((BADGE + BADGE_GAP / 2) / radius));
        return (int) Math.max(1, Math.min(MAX_SLOTS_PER_MONTH, Math.floor(30 / degrees)));
    }

    /** The width of the label column on each side of the wheel, outside the square. */
    public static final double LABEL_COLUMN = 230;
    /** Where the labels of the left column end and those of the right column start. */
    public static final double LABEL_LEFT = -10;
    public static final double LABEL_RIGHT = SIZE + 10;
    /** The least distance between two labels' baselines in one column. */
    public static final double LABEL_LINE = 16;

    /**
     * Where each badge's label goes: in the column on the badge's side of the wheel (left of the centre: the left
     * column, its text ending at {@value #LABEL_LEFT}), as near its badge's height as the labels above it allow, at
     * least {@value #LABEL_LINE} apart, so no two labels overprint; a column that runs past the bottom is pushed up,
     * and one taller than the wheel makes the picture taller.
     */
    public static List<Callout> callouts(List<Badge> badges) {
        List<Callout> callouts = new ArrayList<>();
        for (boolean left : new boolean[] {true, false}) {
            List<Badge> side = badges.stream().filter(b -> (b.x() < CENTRE) == left)
                    .sorted(Comparator.comparingDouble(Badge::y)).toList();
            double[] y = new double[side.size()];
            for (int i = 0; i < side.size(); i++) {
                y[i] = Math.max(side.get(i).y() + 4, i == 0 ? LABEL_LINE : y[i - 1] + LABEL_LINE);
            }
            for (int i = side.size() - 1; i >= 0; i--) {
                y[i] = Math.min(y[i], i == side.size() - 1 ? SIZE - 6 : y[i + 1] - LABEL_LINE);
            }
            for (int i = 0; i < side.size(); i++) {
                y[i] = Math.max(y[i], i == 0 ? LABEL_LINE : y[i - 1] + LABEL_LINE);
            }
            for (int i = 0; i < side.size(); i++) {
                Badge badge = side.get(i);
                // from the badge's outer edge, away from the centre
                double dx = badge.x() - CENTRE;
                double dy = badge.y() - CENTRE;
                double length = Math.hypot(dx, dy);
                double fromX = badge.x() + dx / length * badge.radius();
                double fromY = badge.y() + dy / length * badge.radius();
                double labelX = left ? LABEL_LEFT : LABEL_RIGHT;
                callouts.add(new Callout(badge.ids(), left, labelX, y[i], fromX, fromY, labelX + (left ? 4 : -4),
                        y[i] - 4));
            }
        }
        return callouts;
    }

    public static Wheel layout(List<Span> phases, List<Point> marks, List<Point> meetings, LocalDate today) {
        List<Month> months = new ArrayList<>(12);
        for (int m = 0; m < 12; m++) {
            double[] label = point(30 * m + 15, MONTH_LABEL);
            months.add(new Month(m + 1, sector(30 * m, 30, MONTH_INNER, MONTH_OUTER), label[0], label[1]));
        }
        double[] starts = new double[phases.size()];
        double[] sweeps = new double[phases.size()];
        for (int i = 0; i < phases.size(); i++) {
            Span phase = phases.get(i);
            starts[i] = angle(phase.start());
            long days = ChronoUnit.DAYS.between(phase.start(), phase.end()) + 1;
            double sweep = ((angle(phase.end().plusDays(1)) - starts[i]) % 360 + 360) % 360;
            sweeps[i] = days >= 365 || sweep == 0 ? 360 : sweep;
        }
        int[] lanes = Lanes.assign(phases.stream().map(Span::start).toList(),
                (a, b) -> within(starts[a], starts[b], sweeps[b]) || within(starts[b], starts[a], sweeps[a]));
        int laneCount = Math.max(1, Lanes.count(lanes));
        double laneWidth = (PHASE_OUTER - PHASE_INNER) / laneCount;
        List<Arc> arcs = new ArrayList<>(phases.size());
        for (int i = 0; i < phases.size(); i++) {
            double outer = PHASE_OUTER - lanes[i] * laneWidth;
            double inner = outer - laneWidth + PHASE_GAP;
            arcs.add(new Arc(phases.get(i).id(), lanes[i], starts[i], sweeps[i], inner, outer,
                    sector(starts[i], sweeps[i], inner, outer)));
        }
        double[] hand = point(angle(today) + 15.0 / today.lengthOfMonth(), MONTH_OUTER);
        List<Badge> markBadges = badges(marks, MARK_RING);
        List<Badge> meetingBadges = badges(meetings, MEETING_RING);
        List<Badge> all = new ArrayList<>(markBadges);
        all.addAll(meetingBadges);
        List<Callout> callouts = callouts(all);
        double height = Math.max(SIZE, callouts.stream().mapToDouble(Callout::y).max().orElse(0) + 8);
        return new Wheel(SIZE, months, arcs, laneCount, markBadges, meetingBadges, angle(today), hand[0], hand[1],
                callouts, height);
    }

    /** The badges of one ring: the points of each slot, earliest first, slots clockwise from January. */
    static List<Badge> badges(List<Point> points, double radius) {
        int perMonth = slotsPerMonth(radius);
        Map<Integer, List<Point>> slots = new LinkedHashMap<>();
        points.stream().sorted(Comparator.comparing(Point::date)).forEach(p -> {
            int inMonth = Math.min(perMonth - 1, (p.date().getDayOfMonth() - 1) * perMonth / p.date().lengthOfMonth());
            slots.computeIfAbsent((p.date().getMonthValue() - 1) * perMonth + inMonth, s -> new ArrayList<>()).add(p);
        });
        double slotDegrees = 30.0 / perMonth;
        List<Badge> badges = new ArrayList<>(slots.size());
        slots.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(slot -> {
            double degrees = (slot.getKey() + 0.5) * slotDegrees;
            double[] at = point(degrees, radius);
            badges.add(new Badge(slot.getValue().stream().map(Point::id).toList(), degrees, at[0], at[1], BADGE));
        });
        return badges;
    }

    /** Whether {@code angle} lies on the arc from {@code start} over {@code sweep} degrees, clockwise. */
    private static boolean within(double angle, double start, double sweep) {
        return ((angle - start) % 360 + 360) % 360 < sweep;
    }

    /**
     * The SVG path of a ring's sector from {@code start} over {@code sweep} degrees clockwise between two radii; a
     * whole ring (360°) is drawn as two halves, since one arc cannot close on itself.
     */
    public static String sector(double start, double sweep, double inner, double outer) {
        if (sweep >= 360) {
            return sector(start, 180, inner, outer) + " " + sector(start + 180, 180, inner, outer);
        }
        double[] o1 = point(start, outer);
        double[] o2 = point(start + sweep, outer);
        double[] i2 = point(start + sweep, inner);
        double[] i1 = point(start, inner);
        int large = sweep > 180 ? 1 : 0;
        return String.format(Locale.ROOT, "M%.2f %.2f A%.2f %.2f 0 %d 1 %.2f %.2f L%.2f %.2f A%.2f %.2f 0 %d 0 %.2f %.2f Z",
                o1[0], o1[1], outer, outer, large, o2[0], o2[1], i2[0], i2[1], inner, inner, large, i1[0], i1[1]);
    }

    /** A month's sector on the outer ring and where its name goes (centred). */
    public record Month(int month, String path, double labelX, double labelY) {
    }

    /** A phase's sector: its angles, radii, sub-ring ({@code lane}, 0 outermost) and path. */
    public record Arc(String id, int lane, double start, double sweep, double inner, double outer, String path) {
    }

    /** One mark or a group of marks of one slot: their ids (earliest first), the angle and centre, the radius. */
    public record Badge(List<String> ids, double angle, double x, double y, double radius) {
        public Badge {
            ids = List.copyOf(ids);
        }

        public int count() {
            return ids.size();
        }
    }

    /**
     * A badge's label in its column: the badge's ids, the side, where the text goes (ending at {@code x} on the left,
     * starting there on the right; {@code y} the baseline), and the leader line from the badge's edge to the text.
     */
    public record Callout(List<String> ids, boolean left, double x, double y, double lineX1, double lineY1,
                          double lineX2, double lineY2) {
        public Callout {
            ids = List.copyOf(ids);
        }
    }

    /** The whole wheel; the hand ends at {@code handX, handY} (today's angle, the middle of today). */
    public record Wheel(double size, List<Month> months, List<Arc> phases, int lanes, List<Badge> marks,
                        List<Badge> meetings, double todayAngle, double handX, double handY, List<Callout> callouts,
                        double height) {
    }
}
