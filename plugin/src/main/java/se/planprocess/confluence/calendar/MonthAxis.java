package se.planprocess.confluence.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal axis of whole months, each month as wide as the others: from the first day of the first month at
 * {@code left} to the end of the last month at {@code left + width}. A day sits at its month's start plus the part of
 * the month before it; the end of a day is the start of the next.
 */
public final class MonthAxis {
    /** The narrowest space a month's label needs (three letters and a margin, at 12 px). */
    public static final double LABEL_SPACE = 30;

    private final YearMonth first;
    private final int months;
    private final double left;
    private final double monthWidth;

    public MonthAxis(LocalDate from, LocalDate to, double left, double width) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("An axis cannot end before it starts");
        }
        this.first = YearMonth.from(from);
        this.months = (int) ChronoUnit.MONTHS.between(first, YearMonth.from(to)) + 1;
        this.left = left;
        this.monthWidth = width / months;
    }

    public int months() {
        return months;
    }

    public double monthWidth() {
        return monthWidth;
    }

    public LocalDate firstDay() {
        return first.atDay(1);
    }

    public LocalDate lastDay() {
        return first.plusMonths(months - 1L).atEndOfMonth();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    /** Where a day starts. */
    public double x(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        long index = ChronoUnit.MONTHS.between(first, month);
        return left + (index + (day.getDayOfMonth() - 1) / (double) month.lengthOfMonth()) * monthWidth;
    }

    /** Where a day ends (the next day's start). */
    public double xEnd(LocalDate day) {
        return x(day.plusDays(1));
    }

    /**
     * The months with their place; {@code labelled} on every n-th month only, n as small as lets each label have
     * {@link #LABEL_SPACE}, so month names never overprint on a long axis. January is always labelled when any month
     * of its quarter would be (a year's start stays readable).
     */
    public List<Month> ticks() {
        int every = (int) Math.ceil(LABEL_SPACE / monthWidth);
        if (every > 1) {
            // 2, 3, 4, 6 or 12: steps that divide a year, so the same months are labelled every year
            every = every <= 2 ? 2 : every <= 3 ? 3 : every <= 4 ? 4 : every <= 6 ? 6 : 12;
        }
        List<Month> ticks = new ArrayList<>(months);
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            boolean labelled = (month.getMonthValue() - 1) % every == 0;
            ticks.add(new Month(month, left + i * monthWidth, monthWidth, labelled));
        }
        return ticks;
    }

    /** A month on the axis: where it starts, how wide it is, whether its name is written. */
    public record Month(YearMonth month, double x, double width, boolean labelled) {
    }
}
