/**
 * Meetings of the process: their kinds with the six standard fields' defaults (seeds 000 and 001), the validated
 * plan of one meeting, decisions and actions with who may close an action, and the paragraph numbers of minutes.
 * Plain Java only: no Confluence, Active Objects, servlet or REST types.
 */
package se.planprocess.confluence.meeting;
