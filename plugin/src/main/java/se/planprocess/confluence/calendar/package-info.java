/**
 * The time plan as a picture (domain): a cycle's phases, milestones, deadlines and meetings for one viewer
 * ({@code TimePlan}, built by {@code TimePlanService}), and the geometry that draws them: the month axis, lanes for
 * overlapping phases, the annual wheel's angles and rings, marks grouped so that no two labels overprint. Plain Java
 * only: it may not import Confluence, Active Objects, servlets, JAX-RS, Jackson, Spring or any adapter package
 * ({@code ..macro}, {@code ..host}, {@code ..ao}, {@code ..rest}); the coordinates are numbers a template writes.
 */
package se.planprocess.confluence.calendar;
