package se.planprocess.confluence.report;

import se.planprocess.confluence.process.Bilingual;

import java.util.Objects;

/**
 * A section of the feedback report. The key is stable across template versions so readiness survives a change of
 * wording.
 */
public record ReportSection(String key, Bilingual heading, Bilingual guidance) {
    public ReportSection {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(guidance, "guidance");
        if (!key.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("Section keys are short lower-case words: " + key);
        }
    }
}
