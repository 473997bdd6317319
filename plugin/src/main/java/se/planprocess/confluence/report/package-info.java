/**
 * The feedback report (återkopplingsrapport): its versioned templates of headings and guidance; the section template
 * types ({@code ReportTemplate}, {@code ReportSection}) and {@code Readiness} that every kind with sections uses.
 * Plain Java only.
 */
package se.planprocess.confluence.report;
