package se.planprocess.confluence.fakes;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.PartialList;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.labels.Labelable;
import com.atlassian.confluence.labels.Namespace;
import com.atlassian.confluence.spaces.Space;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * An in-memory LabelManager: page labels go to a callback; space categories (team labels) are kept per category, and
 * every lookup is counted so a test can check that the tracker asks once per category, never once per committee.
 */
public final class FakeLabelManager implements LabelManager {
    private final BiFunction<Labelable, Label, Integer> adding;
    private final Map<String, List<Space>> categories = new LinkedHashMap<>();
    private int lookups;

    private FakeLabelManager(BiFunction<Labelable, Label, Integer> adding) {
        this.adding = adding;
    }

    public static FakeLabelManager adding(BiFunction<Labelable, Label, Integer> adding) {
        return new FakeLabelManager(adding);
    }

    public static FakeLabelManager empty() {
        return new FakeLabelManager((content, label) -> 1);
    }

    /** Gives the spaces the category (stored lower-cased, as Confluence does). */
    public FakeLabelManager category(String name, String... spaceKeys) {
        List<Space> spaces = categories.computeIfAbsent(name.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>());
        for (String key : spaceKeys) {
            spaces.add(new Space(key));
        }
        return this;
    }

    /** Calls of getLabel and getSpacesWithLabel so far. */
    public int lookups() {
        return lookups;
    }

    @Override
    public int addLabel(Labelable content, Label label) {
        return adding.apply(content, label);
    }

    @Override
    public Label getLabel(String labelName, Namespace namespace) {
        lookups++;
        return Namespace.TEAM.equals(namespace) && categories.containsKey(labelName)
                ? new Label(labelName, Namespace.TEAM) : null;
    }

    @Override
    public List<Space> getSpacesWithLabel(Label label) {
        lookups++;
        return Namespace.TEAM.equals(label.getNamespace())
                ? List.copyOf(categories.getOrDefault(label.getName(), List.of())) : List.of();
    }

    @Override
    public Label getLabel(String name) {
        return null;
    }

    @Override
    public PartialList<ContentEntityObject> getContentForLabel(int offset, int maxResults, Label label) {
        return new PartialList<>(0, offset, List.of());
    }
}
