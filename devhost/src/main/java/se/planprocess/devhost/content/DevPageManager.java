package se.planprocess.devhost.content;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import java.util.ArrayList;
import java.util.List;
import se.planprocess.devhost.store.PageStore;

/** PageManager over the host's pages: trashed pages are found by id, only current ones by title. */
public final class DevPageManager implements PageManager {
    private final PageStore pages;
    private final EntityMapper mapper;

    public DevPageManager(PageStore pages, EntityMapper mapper) {
        this.pages = pages;
        this.mapper = mapper;
    }

    @Override
    public AbstractPage getAbstractPage(long id) {
        return pages.byId(id).map(mapper::page).orElse(null);
    }

    /**
     * As {@code getAbstractPage} for each id (8.7.2 {@code DefaultPageManager#getAbstractPages} reads them in one
     * query, {@code AbstractPageDao#getAbstractPageByIds}): unknown ids are left out, trashed pages are in. The
     * host answers in the order of the ids, each once; Confluence promises no order.
     */
    @Override
    public List<AbstractPage> getAbstractPages(Iterable<Long> ids) {
        List<Long> list = new ArrayList<>();
        ids.forEach(list::add);
        return new ArrayList<>(mapper.pages(list));
    }

    @Override
    public Page getPage(String spaceKey, String title) {
        if (spaceKey == null || title == null) {
            return null;
        }
        return pages.currentByTitle(spaceKey, title).map(mapper::page).orElse(null);
    }
}
