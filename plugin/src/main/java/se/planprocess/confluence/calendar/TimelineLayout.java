package se.planprocess.confluence.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The timeline's geometry, in SVG user units (px at 100 %): a header of months, one lane per set of overlapping
 * phases, a band of marks (milestones and deadlines), a band of meetings, and a last row for today's label. Marks
 * closer than {@value #MIN_GAP} px are one grouped mark; labels go to the first row where they overlap no other label
 * (estimated at {@value #CHAR_WIDTH} px a character, which covers the bold 12 px sans-serif the style sheet uses for
 * all but the widest letters; a label longer than {@value #MAX_LABEL} characters is shortened with "…", its whole
 * text is the mark's tooltip and in the text equivalent).
 */
public final class TimelineLayout {
    public static final double WIDTH = 960;
    public static final double LEFT = 12;
    public static final double RIGHT = 12;
    public static final double HEADER = 40;
    public static final double LANE = 30;
    public static final double BAR = 22;
    public static final double GLYPH_ROW = 22;
    public static final double LABEL_ROW = 16;
    public static final double BAND_GAP = 10;
    public static final double MIN_GAP = 14;
    public static final double LABEL_GAP = 8;
    public static final double CHAR_WIDTH = 7.2;
    public static final int MAX_LABEL = 30;

    private TimelineLayout() {
    }

    /** With one label for a group of marks and of meetings. */
    public static Timeline layout(List<Span> phases, List<Point> marks, List<Point> meetings, LocalDate today,
                                  IntFunction<String> groupLabel) {
        return layout(phases, marks, meetings, today, groupLabel, groupLabel);
    }

    /**
     * @param groupLabel        the label of a group of n marks (n &gt; 1), in the reader's language
     * @param meetingGroupLabel the label of a group of n meetings
     */
    public static Timeline layout(List<Span> phases, List<Point> marks, List<Point> meetings, LocalDate today,
                                  IntFunction<String> groupLabel, IntFunction<String> meetingGroupLabel) {
        LocalDate from = phases.stream().map(Span::start).min(Comparator.naturalOrder()).orElse(today);
        LocalDate to = phases.stream().map(Span::end).max(Comparator.naturalOrder()).orElse(today);
        for (Point point : concat(marks, meetings)) {
            from = point.date().isBefore(from) ? point.date() : from;
            to = point.date().isAfter(to) ? point.date() : to;
        }
        MonthAxis axis = new MonthAxis(from, to, LEFT, WIDTH - LEFT - RIGHT);

        int[] lanes = Lanes.assign(phases.stream().map(Span::start).toList(),
                (a, b) -> !phases.get(a).end().isBefore(phases.get(b).start())
                        && !phases.get(b).end().isBefore(phases.get(a).start()));
        int laneCount = Math.max(1, Lanes.count(lanes));
        List<Bar> bars = new ArrayList<>(phases.size());
        for (int i = 0; i < phases.size(); i++) {
            Span phase = phases.get(i);
            double x = axis.x(phase.start());
            double y = HEADER + lanes[i] * LANE + (LANE - BAR) / 2;
            bars.add(new Bar(phase.id(), lanes[i], x, y, axis.xEnd(phase.end()) - x, BAR));
        }
        double marksTop = HEADER + laneCount * LANE + BAND_GAP;
        Band markBand = band(axis, marks, marksTop, groupLabel);
        double meetingsTop = markBand.bottom + BAND_GAP;
        Band meetingBand = band(axis, meetings, meetingsTop, meetingGroupLabel);
        double todayRow = meetingBand.bottom + BAND_GAP;
        Optional<Double> todayX = axis.contains(today)
                ? Optional.of(axis.x(today) + (axis.xEnd(today) - axis.x(today)) / 2) : Optional.empty();
        double height = todayRow + LABEL_ROW + 6;
        return new Timeline(WIDTH, height, axis.ticks(), bars, laneCount, marksTop, markBand.groups, meetingsTop,
                meetingBand.groups, todayX, todayRow + LABEL_ROW - 4, axis);
    }

    private record Band(List<Group> groups, double bottom) {
    }

    private static Band band(MonthAxis axis, List<Point> points, double top, IntFunction<String> groupLabel) {
        List<Point> sorted = points.stream().sorted(Comparator.comparing(Point::date)).toList();
        List<List<Point>> clusters = new ArrayList<>();
        double clusterStart = Double.NEGATIVE_INFINITY;
        for (Point point : sorted) {
            double x = middle(axis, point.date());
            if (clusters.isEmpty() || x - clusterStart >= MIN_GAP) {
                clusters.add(new ArrayList<>());
                clusterStart = x;
            }
            clusters.get(clusters.size() - 1).add(point);
        }
        List<Group> groups = new ArrayList<>(clusters.size());
        List<Double> rowEnds = new ArrayList<>();
        double glyphY = top + GLYPH_ROW / 2;
        double right = WIDTH - RIGHT;
        for (List<Point> cluster : clusters) {
            double x = cluster.stream().mapToDouble(p -> middle(axis, p.date())).average().orElseThrow();
            String label = cluster.size() == 1 ? shortened(cluster.get(0).label()) : groupLabel.apply(cluster.size());
            double width = textWidth(label);
            boolean endAnchored = x + width > right && x - width >= LEFT;
            double boxStart = endAnchored ? x - width : x;
            double boxEnd = endAnchored ? x : x + width;
            int row = 0;
            while (row < rowEnds.size() && boxStart < rowEnds.get(row) + LABEL_GAP) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(boxEnd);
            } else {
                rowEnds.set(row, boxEnd);
            }
            double labelY = top + GLYPH_ROW + row * LABEL_ROW + LABEL_ROW - 4;
            groups.add(new Group(cluster.stream().map(Point::id).toList(), x, glyphY, x, labelY, label, endAnchored,
                    boxStart, boxEnd, row));
        }
        return new Band(groups, top + GLYPH_ROW + Math.max(1, rowEnds.size()) * LABEL_ROW);
    }

    private static double middle(MonthAxis axis, LocalDate day) {
        return (axis.x(day) + axis.xEnd(day)) / 2;
    }

    /** The label's estimated width (whole code points). */
    public static double textWidth(String label) {
        return label.codePointCount(0, label.length()) * CHAR_WIDTH;
    }

    /** At most {@value #MAX_LABEL} characters (whole code points), then "…". */
    public static String shortened(String label) {
        if (label.codePointCount(0, label.length()) <= MAX_LABEL) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, MAX_LABEL - 1)).stripTrailing() + "…";
    }

    private static List<Point> concat(List<Point> a, List<Point> b) {
        List<Point> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A phase's bar. */
    public record Bar(String id, int lane, double x, double y, double width, double height) {
    }

    /**
     * One mark or several that stand too close: the ids of its points (earliest first), where its glyph and its label
     * go ({@code endAnchored}: the label ends at {@code labelX}), the label's box and row.
     */
    public record Group(List<String> ids, double x, double y, double labelX, double labelY, String label,
                        boolean endAnchored, double labelStart, double labelEnd, int labelRow) {
        public Group {
            ids = List.copyOf(ids);
        }

        public int count() {
            return ids.size();
        }
    }

    /** The whole picture. {@code todayX} is empty when today is outside the axis. */
    public record Timeline(double width, double height, List<MonthAxis.Month> months, List<Bar> bars, int lanes,
                           double marksTop, List<Group> marks, double meetingsTop, List<Group> meetings,
                           Optional<Double> todayX, double todayLabelY, MonthAxis axis) {
    }
}
