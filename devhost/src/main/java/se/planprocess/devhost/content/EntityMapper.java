package se.planprocess.devhost.content;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import java.util.Date;
import se.planprocess.devhost.security.DevUser;
import se.planprocess.devhost.security.UserDirectory;
import se.planprocess.devhost.store.PageRecord;
import se.planprocess.devhost.store.PageStore;
import se.planprocess.devhost.store.SpaceRecord;
import se.planprocess.devhost.store.SpaceStore;

/** Fills the host-api stand-in entities (Page, Space) from the host's rows, as Confluence's managers return them. */
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
        Space space = new Space(record.key());
        space.setId(record.id());
        space.setName(record.name());
        space.setCreationDate(Date.from(record.created()));
        space.setLastModificationDate(Date.from(record.created()));
        space.setCreator(user(record.creator()));
        if (record.homePageId() != null) {
            pages.byId(record.homePageId()).ifPresent(home -> space.setHomePage(shallow(home, space)));
        }
        return space;
    }

    public Space space(String key) {
        return spaces.byKey(key).map(this::space).orElse(null);
    }

    public Page page(PageRecord record) {
        Space space = space(record.spaceKey());
        Page page = shallow(record, space);
        if (record.parentId() != null) {
            pages.byId(record.parentId()).ifPresent(parent -> page.setParent(shallow(parent, space)));
        }
        return page;
    }

    private Page shallow(PageRecord record, Space space) {
        Page page = new Page();
        page.setId(record.id());
        page.setTitle(record.title());
        page.setBodyAsString(record.body());
        page.setVersion(record.version());
        page.setSpace(space);
        page.setCreator(user(record.creator()));
        page.setLastModifier(user(record.lastModifier()));
        page.setCreationDate(Date.from(record.created()));
        page.setLastModificationDate(Date.from(record.modified()));
        page.setDeleted(record.isTrashed());
        page.setCurrent(!record.isTrashed());
        // read when asked for, as Confluence loads a page's labellings lazily
        page.setLabelSource(() -> pages.labels(record.id()).stream().map(Label::new).toList());
        return page;
    }

    private DevUser user(String key) {
        return directory.byKey(key).orElse(null);
    }
}
