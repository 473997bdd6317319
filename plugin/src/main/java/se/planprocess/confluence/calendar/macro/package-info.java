/**
 * The process calendar's macros (adapter). {@code planprocess-timeline}, {@code planprocess-arshjul} and
 * {@code planprocess-tidplan}: each parses its parameters ({@code CalendarParameters}), asks
 * {@code calendar.TimePlanService} for the cycle's plan for the current viewer, builds a typed view
 * ({@code CalendarViews}) and renders one Velocity template per state; the geometry is the domain's. And
 * {@code planprocess-calendar-link}: shows the viewer how to subscribe to the process calendar in Outlook, with their
 * own feed links (make, copy, revoke; the script calls {@code /rest/planprocess/1.0/calendar/tokens}).
 */
package se.planprocess.confluence.calendar.macro;
