/**
 * The time plan's macros (adapter): {@code planprocess-timeline}, {@code planprocess-arshjul} and
 * {@code planprocess-tidplan}. Each parses its parameters ({@code CalendarParameters}), asks
 * {@code calendar.TimePlanService} for the cycle's plan for the current viewer, builds a typed view
 * ({@code CalendarViews}) and renders one Velocity template per state. The geometry is the domain's; this package only
 * writes its numbers and the viewer's words.
 */
package se.planprocess.confluence.calendar.macro;
