package se.planprocess.confluence.kind;

import se.planprocess.confluence.process.DocumentKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of document the app tracks, each by its specification. Immutable; the app's services share one, the
 * Spring bean made by the public constructor: the region's kinds ({@link BuiltInKinds}).
 */
public final class KindCatalogue {
    private final Map<DocumentKind, KindSpecification> specifications = new LinkedHashMap<>();

    /** The region's kinds. */
    public KindCatalogue() {
        this(BuiltInKinds.ALL);
    }

    private KindCatalogue(List<KindSpecification> specifications) {
        Set<String> blueprints = new HashSet<>();
        for (KindSpecification specification : specifications) {
            if (this.specifications.putIfAbsent(specification.kind(), specification) != null) {
                throw new IllegalArgumentException("Two specifications of kind " + specification.kind());
            }
            specification.pageRegistration().ifPresent(r -> {
                if (!blueprints.add(r.blueprintKey())) {
                    throw new IllegalArgumentException("Two kinds registered from blueprint " + r.blueprintKey());
                }
            });
        }
    }

    /** The region's kinds ({@link BuiltInKinds}). */
    public static KindCatalogue builtIn() {
        return new KindCatalogue();
    }

    /** Exactly these kinds; two specifications of one kind, or two kinds of one blueprint, are refused. */
    public static KindCatalogue of(List<KindSpecification> specifications) {
        return new KindCatalogue(specifications);
    }

    /** This catalogue and one more kind. */
    public KindCatalogue with(KindSpecification specification) {
        List<KindSpecification> all = new ArrayList<>(specifications.values());
        all.add(specification);
        return new KindCatalogue(all);
    }

    public List<KindSpecification> all() {
        return List.copyOf(specifications.values());
    }

    public Optional<KindSpecification> find(DocumentKind kind) {
        return Optional.ofNullable(kind).map(specifications::get);
    }

    /** The specification of a kind the app stores documents of; a kind without one is a programming error. */
    public KindSpecification require(DocumentKind kind) {
        KindSpecification specification = kind == null ? null : specifications.get(kind);
        if (specification == null) {
            throw new IllegalStateException("No specification of kind " + kind);
        }
        return specification;
    }

    /** The kinds whose pages are created from a blueprint, with that registration. */
    public List<KindSpecification> registeredFromBlueprints() {
        return specifications.values().stream().filter(s -> s.registration() != null).toList();
    }
}
