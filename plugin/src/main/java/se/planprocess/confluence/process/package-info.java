/**
 * The planning process: templates, cycles, phases, milestones, committees and derived facts, with the rules their
 * values follow (names without control characters, dates in a plannable range: {@code UserText}, the records'
 * constructors) and {@code LogText} for user text in logs. Plain Java only.
 */
package se.planprocess.confluence.process;
