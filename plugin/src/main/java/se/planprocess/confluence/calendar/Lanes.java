package se.planprocess.confluence.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Overlapping spans on separate lanes: each span, by its order key (its start; equal keys in the given order), goes
 * to the first lane where it overlaps nothing already there (greedy interval partitioning). Lanes are numbered from 0;
 * for spans on a line this uses as many lanes as the most spans that share one day.
 */
public final class Lanes {
    private Lanes() {
    }

    /**
     * @param starts   the spans' order keys (a span's start), in the given order
     * @param overlaps whether two spans (by index) overlap
     * @return each span's lane, in the given order
     */
    public static int[] assign(List<? extends Comparable<?>> starts, BiPredicate<Integer, Integer> overlaps) {
        int n = starts.size();
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<Integer> byStart = (a, b) -> ((Comparable) starts.get(a)).compareTo(starts.get(b));
        order.sort(byStart.thenComparing(Comparator.naturalOrder()));
        int[] lanes = new int[n];
        List<List<Integer>> members = new ArrayList<>();
        for (int span : order) {
            int lane = 0;
            while (lane < members.size() && members.get(lane).stream().anyMatch(o -> overlaps.test(o, span))) {
                lane++;
            }
            if (lane == members.size()) {
                members.add(new ArrayList<>());
            }
            members.get(lane).add(span);
            lanes[span] = lane;
        }
        return lanes;
    }

    public static int count(int[] lanes) {
        int max = -1;
        for (int lane : lanes) {
            max = Math.max(max, lane);
        }
        return max + 1;
    }
}
