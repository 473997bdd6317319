package se.planprocess.confluence.meeting;

import java.util.Collection;
import java.util.List;

/**
 * The paragraph numbers (§) of minutes: they continue across the meetings of one body within a year (the steering
 * group's meeting of 19 August has §§ 8–9 because earlier meetings that year had §§ 1–7), and one meeting's
 * paragraphs are consecutive.
 */
public final class Paragraphs {
    private Paragraphs() {
    }

    /** The first number of a new meeting's paragraphs, given the numbers the body has used this year. */
    public static int firstOfNextMeeting(Collection<Integer> usedThisYear) {
        return usedThisYear.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    }

    /** The numbers of {@code count} paragraphs starting at {@code first}. */
    public static List<Integer> numbers(int first, int count) {
        if (first < 1 || count < 0) {
            throw new IllegalArgumentException("Paragraphs are numbered from 1");
        }
        return java.util.stream.IntStream.range(first, first + count).boxed().toList();
    }

    /** "8–9", "8", or empty for no paragraphs: the header line "Paragrafer". */
    public static String range(List<Integer> numbers) {
        if (numbers.isEmpty()) {
            return "";
        }
        int first = numbers.get(0);
        int last = numbers.get(numbers.size() - 1);
        return first == last ? String.valueOf(first) : first + "\u2013" + last;
    }
}
