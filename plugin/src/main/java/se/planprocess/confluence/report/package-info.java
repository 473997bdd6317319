/** The feedback report (återkopplingsrapport): versioned templates of headings and guidance, readiness. Plain Java only. */
package se.planprocess.confluence.report;
