/**
 * The process calendar as a feed for calendar programs: a cycle's phases, milestones and deadlines as all-day events
 * with stable identities ({@link se.planprocess.confluence.calendar.CalendarFeeds}), limited to what the feed's owner
 * may see, and the owner's personal feed links ({@link se.planprocess.confluence.calendar.CalendarTokens}: a random
 * secret, only its hash stored). Domain code: no Confluence, AO, servlet or library types; the iCalendar text is
 * written by the adapter {@code calendar.ical}.
 */
package se.planprocess.confluence.calendar;
