package se.planprocess.confluence.process;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * A default window of whole months relative to a base year, e.g. "October the year before to January":
 * {@code new MonthWindow(-1, OCTOBER, 0, JANUARY)}. A multi-year strategy process uses larger offsets.
 */
public record MonthWindow(int startYearOffset, Month startMonth, int endYearOffset, Month endMonth) {
    public MonthWindow {
        if (YearMonth.of(2000 + endYearOffset, endMonth).isBefore(YearMonth.of(2000 + startYearOffset, startMonth))) {
            throw new IllegalArgumentException("A window cannot end before it starts");
        }
    }

    public static MonthWindow within(Month start, Month end) {
        return new MonthWindow(0, start, 0, end);
    }

    public DateRange resolve(int baseYear) {
        LocalDate start = YearMonth.of(baseYear + startYearOffset, startMonth).atDay(1);
        LocalDate end = YearMonth.of(baseYear + endYearOffset, endMonth).atEndOfMonth();
        return new DateRange(start, end);
    }
}
