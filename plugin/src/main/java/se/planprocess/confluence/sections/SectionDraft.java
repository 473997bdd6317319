package se.planprocess.confluence.sections;

/**
 * One section as an administrator sends it: its key (which must be the section's own, in its place) and its wording
 * as typed; {@link TemplateRules} checks it.
 */
public record SectionDraft(String key, String headingSv, String headingEn, String guidanceSv, String guidanceEn) {
}
