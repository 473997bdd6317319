package se.planprocess.confluence.sections;

import se.planprocess.confluence.process.DocumentKind;

import java.util.List;
import java.util.Optional;

/**
 * The configured template versions with their revisions and recorded changes (port). The store enforces the
 * revision and the version key: of two writers that start from the same revision only one can record the next one,
 * and of two that create the same version only one succeeds, whatever node they run on.
 */
public interface TemplateStore {
    /** A store without configured versions: only the kinds' built-in wordings are served. */
    TemplateStore NONE = new TemplateStore() {
        @Override
        public List<TemplateVersion> findAll() {
            return List.of();
        }

        @Override
        public Optional<TemplateVersion> find(DocumentKind kind, String version) {
            return Optional.empty();
        }

        @Override
        public TemplateVersion create(TemplateVersion version, TemplateChange change) {
            throw new UnsupportedOperationException("No template store");
        }

        @Override
        public TemplateVersion update(TemplateVersion version, long expectedRevision, TemplateChange change) {
            throw new UnsupportedOperationException("No template store");
        }

        @Override
        public List<TemplateChange> history(DocumentKind kind, String version) {
            return List.of();
        }
    };

    /** Every configured version of every kind, in a fixed number of reads. */
    List<TemplateVersion> findAll();

    Optional<TemplateVersion> find(DocumentKind kind, String version);

    /**
     * Inserts a new configured version (revision 1) with its first change, in one transaction.
     *
     * @throws se.planprocess.confluence.process.InvalidValueException {@code DUPLICATE_KEY} on {@code version} when
     *         the kind has that version already
     */
    TemplateVersion create(TemplateVersion version, TemplateChange change);

    /**
     * Replaces a configured version's wording and records the change as revision {@code expectedRevision + 1}, in
     * one transaction.
     *
     * @throws TemplateConflictException when the stored revision is not {@code expectedRevision} (nothing is written)
     */
    TemplateVersion update(TemplateVersion version, long expectedRevision, TemplateChange change);

    /** The version's recorded changes, newest first. */
    List<TemplateChange> history(DocumentKind kind, String version);
}
