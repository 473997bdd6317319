/** Status workflows per document kind: statuses, allowed steps, back-steps that need a comment. Plain Java only. */
package se.planprocess.confluence.workflow;
