package se.planprocess.devhost.content;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.planprocess.devhost.security.DevUser;
import se.planprocess.devhost.security.UserDirectory;
import se.planprocess.devhost.store.PageRecord;
import se.planprocess.devhost.store.PageStore;
import se.planprocess.devhost.store.SpaceRecord;
import se.planprocess.devhost.store.SpaceStore;

/**
 * Fills the host-api stand-in entities (Page, Space) from the host's rows, as Confluence's managers return them. One
 * page or space reads its rows as it goes; a list of pages reads the rows of all of them first, in a bounded number
 * of queries, and is then filled by the same code.
 */
public final class EntityMapper {
    private final SpaceStore spaces;
    private final PageStore pages;
    private final UserDirectory directory;

    public EntityMapper(SpaceStore spaces, PageStore pages, UserDirectory directory) {
        this.spaces = spaces;
        this.pages = pages;
        this.directory = directory;
    }

    public Space space(SpaceRecord record) {
        return space(record, new StoreRows());
    }

    public Space space(String key) {
        return spaces.byKey(key).map(this::space).orElse(null);
    }

    public Page page(PageRecord record) {
        return page(record, new StoreRows());
    }

    /**
     * The pages with these ids (trashed ones included, as by id one at a time), in the order of the ids, each id
     * once; unknown ids are left out. Reads the pages, their spaces, the spaces' home pages, the pages' parents and
     * all their users in one query each, whatever the number of pages.
     */
    public List<Page> pages(Collection<Long> ids) {
        Set<Long> wanted = new LinkedHashSet<>(ids);
        wanted.remove(null);
        Map<Long, PageRecord> records = pages.byIds(wanted);
        Map<String, SpaceRecord> spaceRecords = spaces.byKeys(records.values().stream().map(PageRecord::spaceKey)
                .toList());
        Set<Long> related = new HashSet<>();
        records.values().forEach(p -> related.add(p.parentId()));
        spaceRecords.values().forEach(s -> related.add(s.homePageId()));
        related.remove(null);
        related.removeAll(records.keySet());
        Map<Long, PageRecord> relatedRecords = pages.byIds(related);
        Set<String> userKeys = new HashSet<>();
        for (Collection<PageRecord> group : List.of(records.values(), relatedRecords.values())) {
            group.forEach(p -> {
                userKeys.add(p.creator());
                userKeys.add(p.lastModifier());
            });
        }
        spaceRecords.values().forEach(s -> userKeys.add(s.creator()));
        Rows rows = new PreloadedRows(spaceRecords, records, relatedRecords, directory.byKeys(userKeys));
        List<Page> found = new ArrayList<>();
        for (Long id : wanted) {
            PageRecord record = records.get(id);
            if (record != null) {
                found.add(page(record, rows));
            }
        }
        return found;
    }

    private Space space(SpaceRecord record, Rows rows) {
        Space space = new Space(record.key());
        space.setId(record.id());
        space.setName(record.name());
        space.setCreationDate(Date.from(record.created()));
        space.setLastModificationDate(Date.from(record.created()));
        // Hibernate loads a space's creator and home page (many-to-one associations) when they are first used
        space.setCreatorSource(() -> rows.user(record.creator()));
        Long homePageId = record.homePageId();
        if (homePageId != null) {
            space.setHomePageSource(() -> {
                PageRecord home = rows.page(homePageId);
                return home == null ? null : shallow(home, space, rows);
            });
        }
        return space;
    }

    private Page page(PageRecord record, Rows rows) {
        SpaceRecord spaceRecord = rows.space(record.spaceKey());
        Space space = spaceRecord == null ? null : space(spaceRecord, rows);
        Page page = shallow(record, space, rows);
        if (record.parentId() != null) {
            PageRecord parent = rows.page(record.parentId());
            if (parent != null) {
                page.setParent(shallow(parent, space, rows));
            }
        }
        return page;
    }

    private Page shallow(PageRecord record, Space space, Rows rows) {
        Page page = new Page();
        page.setId(record.id());
        page.setTitle(record.title());
        if (record.body() != null) {
            page.setBodyAsString(record.body());
        } else {
            // a list of pages is read without bodies; Confluence, too, loads a page's body content when it is used
            page.setBodySource(() -> {
                String body = pages.body(record.id());
                return body == null ? "" : body;
            });
        }
        page.setVersion(record.version());
        page.setSpace(space);
        page.setCreator(rows.user(record.creator()));
        page.setLastModifier(rows.user(record.lastModifier()));
        page.setCreationDate(Date.from(record.created()));
        page.setLastModificationDate(Date.from(record.modified()));
        page.setDeleted(record.isTrashed());
        page.setCurrent(!record.isTrashed());
        // read when asked for, as Confluence loads a page's labellings lazily
        page.setLabelSource(() -> pages.labels(record.id()).stream().map(Label::new).toList());
        return page;
    }

    /** The rows an entity is filled from. */
    private interface Rows {
        SpaceRecord space(String key);

        PageRecord page(long id);

        DevUser user(String key);
    }

    /** Read from the stores when asked: one page or space. */
    private final class StoreRows implements Rows {
        @Override
        public SpaceRecord space(String key) {
            return key == null ? null : spaces.byKey(key).orElse(null);
        }

        @Override
        public PageRecord page(long id) {
            return pages.byId(id).orElse(null);
        }

        @Override
        public DevUser user(String key) {
            return directory.byKey(key).orElse(null);
        }
    }

    /** Read for a whole list of pages up front. */
    private record PreloadedRows(Map<String, SpaceRecord> spaces, Map<Long, PageRecord> pages,
                                 Map<Long, PageRecord> related, Map<String, DevUser> users) implements Rows {
        @Override
        public SpaceRecord space(String key) {
            return key == null ? null : spaces.get(key);
        }

        @Override
        public PageRecord page(long id) {
            PageRecord record = pages.get(id);
            return record != null ? record : related.get(id);
        }

        @Override
        public DevUser user(String key) {
            return key == null ? null : users.get(key);
        }
    }
}
