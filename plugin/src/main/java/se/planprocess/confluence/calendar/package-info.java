/**
 * The process calendar (domain). The time plan as a picture: a cycle's phases, milestones, deadlines and meetings for
 * one viewer ({@code TimePlan}, built by {@code TimePlanService}), and the geometry that draws them: the month axis,
 * lanes for overlapping phases, the annual wheel's angles and rings, marks grouped so that no two labels overprint.
 * The feed for calendar programs: the same items as all-day events with stable identities ({@code CalendarFeeds}),
 * limited to what the feed's owner may see, and the owner's personal feed links ({@code CalendarTokens}: a random
 * secret, only its hash stored). Plain Java only: it may not import Confluence, Active Objects, servlets, JAX-RS,
 * Jackson, Spring, the iCalendar library or any adapter package ({@code ..macro}, {@code ..ical}, {@code ..host},
 * {@code ..ao}, {@code ..rest}); the iCalendar text is written by the adapter {@code calendar.ical}.
 */
package se.planprocess.confluence.calendar;
