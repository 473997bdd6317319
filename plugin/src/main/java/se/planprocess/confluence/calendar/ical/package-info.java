/**
 * The calendar feed as iCalendar text (RFC 5545), written with the embedded biweekly library: {@link
 * se.planprocess.confluence.calendar.ical.IcsWriter}. An adapter for a file format, like {@code export}: it may
 * import only {@code java..}, biweekly, its vinnie and the calendar domain (CalendarPackageDependenciesTest).
 */
package se.planprocess.confluence.calendar.ical;
