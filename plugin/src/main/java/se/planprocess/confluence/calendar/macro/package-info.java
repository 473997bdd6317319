/**
 * The {@code planprocess-calendar-link} macro: shows the viewer how to subscribe to the process calendar in Outlook,
 * with their own feed links (make, copy, revoke; the script calls {@code /rest/planprocess/1.0/calendar/tokens}).
 * An adapter: parameters → typed view → maps at the Velocity edge.
 */
package se.planprocess.confluence.calendar.macro;
