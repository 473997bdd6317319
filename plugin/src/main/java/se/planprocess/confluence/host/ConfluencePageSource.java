package se.planprocess.confluence.host;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.PartialList;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.labels.Namespace;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import se.planprocess.confluence.document.rebuild.PageFacts;
import se.planprocess.confluence.document.rebuild.PageSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages behind the index, for the rebuild: labelled content in batches through
 * {@code LabelManager#getContentForLabel(int, int, Label)}, a page by id through {@code PageManager#getAbstractPage}.
 * Only global labels count (a personal label of the same name is someone's own note). The body is read in
 * {@link #carriesMacro} alone, for one page at a time.
 */
public class ConfluencePageSource implements PageSource {
    private final LabelManager labels;
    private final PageManager pages;

    public ConfluencePageSource(LabelManager labels, PageManager pages) {
        this.labels = labels;
        this.pages = pages;
    }

    @Override
    public Batch labelledPages(String label, int offset, int limit) {
        Label stored = labels.getLabel(label);
        if (stored == null) {
            return new Batch(List.of(), 0);
        }
        PartialList<ContentEntityObject> content = labels.getContentForLabel(offset, limit, stored);
        if (content == null) {
            return new Batch(List.of(), 0);
        }
        List<PageFacts> found = new ArrayList<>();
        for (ContentEntityObject entity : content.getList()) {
            if (entity instanceof Page page) {
                found.add(facts(page));
            }
        }
        return new Batch(found, content.getList().size());
    }

    @Override
    public Optional<PageFacts> page(long pageId) {
        AbstractPage page = pages.getAbstractPage(pageId);
        return page instanceof Page p ? Optional.of(facts(p)) : Optional.empty();
    }

    @Override
    public boolean carriesMacro(long pageId, String macroName) {
        AbstractPage page = pages.getAbstractPage(pageId);
        String body = page == null ? null : page.getBodyAsString();
        return body != null && Pattern.compile("<ac:structured-macro\\b[^>]*\\bac:name=\"" + Pattern.quote(macroName) + "\"")
                .matcher(body).find();
    }

    private static PageFacts facts(Page page) {
        Set<String> names = page.getLabels().stream()
                .filter(l -> l != null && l.getName() != null && Namespace.isGlobal(l))
                .map(l -> l.getName().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        String spaceKey = page.getSpaceKey() == null ? "" : page.getSpaceKey();
        return new PageFacts(page.getId(), spaceKey, page.getTitle(), page.isDeleted(), names);
    }
}
