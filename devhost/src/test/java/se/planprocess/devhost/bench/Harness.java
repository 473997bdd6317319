package se.planprocess.devhost.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Warm-up rounds that are thrown away, then measured rounds of single operations, each timed with
 * {@link System#nanoTime()}: median and 95th percentile over all measured operations, and the lowest and highest
 * round median to show how steady the rounds were. Every result is folded into a sink so the JIT keeps the work.
 * (The same method as the plugin's persistence benchmark; the modules do not share test code.)
 */
final class Harness {
    /** One operation; {@code i} counts operations across rounds, so callers can rotate inputs. */
    @FunctionalInterface
    interface Op {
        Object run(int i) throws Exception;
    }

    /** What one benchmark measured. Times are in milliseconds. */
    record Result(String name, int samples, double median, double p95, double lowestRoundMedian,
                  double highestRoundMedian, String note) {
        Result withNote(String newNote) {
            return new Result(name, samples, median, p95, lowestRoundMedian, highestRoundMedian, newNote);
        }
    }

    private static volatile int sink;

    private Harness() {
    }

    static Result measure(String name, int warmupRounds, int rounds, int opsPerRound, Op op) {
        int i = 0;
        for (int r = 0; r < warmupRounds; r++) {
            for (int k = 0; k < opsPerRound; k++) {
                consume(call(op, i++));
            }
        }
        double[] all = new double[rounds * opsPerRound];
        double[] roundMedians = new double[rounds];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            double[] round = new double[opsPerRound];
            for (int k = 0; k < opsPerRound; k++) {
                long start = System.nanoTime();
                Object result = call(op, i++);
                long elapsed = System.nanoTime() - start;
                consume(result);
                round[k] = elapsed / 1_000_000.0;
                all[n++] = round[k];
            }
            roundMedians[r] = percentile(round, 50);
        }
        Arrays.sort(roundMedians);
        return new Result(name, all.length, percentile(all, 50), percentile(all, 95), roundMedians[0],
                roundMedians[roundMedians.length - 1], "");
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static void consume(Object value) {
        sink += value == null ? 1 : value.hashCode();
    }

    static int sink() {
        return sink;
    }

    static String ms(double value) {
        if (value < 0.1) {
            return String.format(Locale.ROOT, "%.3f", value);
        }
        if (value < 10) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static List<String> table(List<Result> results) {
        List<String> lines = new ArrayList<>();
        lines.add("| benchmark | samples | median ms | p95 ms | round medians ms | note |");
        lines.add("|---|---:|---:|---:|---:|---|");
        for (Result r : results) {
            lines.add("| " + r.name() + " | " + r.samples() + " | " + ms(r.median()) + " | " + ms(r.p95()) + " | "
                    + ms(r.lowestRoundMedian()) + "–" + ms(r.highestRoundMedian()) + " | " + r.note() + " |");
        }
        return lines;
    }

    private static Object call(Op op, int i) {
        try {
            return op.run(i);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
