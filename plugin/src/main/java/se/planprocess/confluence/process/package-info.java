/** The planning process: templates, cycles, phases, milestones, committees and derived facts. Plain Java only. */
package se.planprocess.confluence.process;
