package se.planprocess.confluence.sections;

import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.InvalidValueException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The template store's contract in memory, for the domain's tests (the AO store is tested on real databases). */
public final class InMemoryTemplateStore implements TemplateStore {
    private final Map<String, TemplateVersion> versions = new LinkedHashMap<>();
    private final List<TemplateChange> changes = new ArrayList<>();

    @Override
    public synchronized List<TemplateVersion> findAll() {
        return List.copyOf(versions.values());
    }

    @Override
    public synchronized Optional<TemplateVersion> find(DocumentKind kind, String version) {
        return Optional.ofNullable(versions.get(kind.key() + ":" + version));
    }

    @Override
    public synchronized TemplateVersion create(TemplateVersion version, TemplateChange change) {
        if (versions.putIfAbsent(version.kind().key() + ":" + version.version(), version) != null) {
            throw new InvalidValueException("version", InvalidValueException.Rule.DUPLICATE_KEY, version.version());
        }
        changes.add(0, change.at(1));
        return version;
    }

    @Override
    public synchronized TemplateVersion update(TemplateVersion version, long expectedRevision, TemplateChange change) {
        String key = version.kind().key() + ":" + version.version();
        if (versions.get(key).revision() != expectedRevision) {
            throw new TemplateConflictException(history(version.kind(), version.version()).get(0));
        }
        versions.put(key, version);
        changes.add(0, change.at(expectedRevision + 1));
        return version;
    }

    @Override
    public synchronized List<TemplateChange> history(DocumentKind kind, String version) {
        return changes.stream().filter(c -> c.kind().equals(kind) && c.version().equals(version)).toList();
    }

    public synchronized int changeCount() {
        return changes.size();
    }
}
