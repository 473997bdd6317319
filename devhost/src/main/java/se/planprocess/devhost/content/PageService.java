package se.planprocess.devhost.content;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.event.api.EventPublisher;
import java.time.Clock;
import java.util.Map;
import se.planprocess.devhost.security.DevUser;
import se.planprocess.devhost.store.Database;
import se.planprocess.devhost.store.PageRecord;
import se.planprocess.devhost.store.PageStore;
import se.planprocess.devhost.store.SpaceRecord;
import se.planprocess.devhost.store.SpaceStore;

/**
 * Page operations as Confluence performs them: one transaction each, the event published after the commit.
 * Permission checks belong to the caller (the web layer), as in Confluence's actions.
 */
public final class PageService {
    /** Confluence's limit for a page title, in characters. */
    public static final int MAX_TITLE_LENGTH = 255;
    private final Database db;
    private final PageStore pages;
    private final SpaceStore spaces;
    private final EntityMapper mapper;
    private final EventPublisher events;
    private final Clock clock;

    public PageService(Database db, PageStore pages, SpaceStore spaces, EntityMapper mapper, EventPublisher events,
                       Clock clock) {
        this.db = db;
        this.pages = pages;
        this.spaces = spaces;
        this.mapper = mapper;
        this.events = events;
        this.clock = clock;
    }

    public Page create(DevUser user, String spaceKey, Long parentId, String title, String body) {
        long id = insert(user, spaceKey, parentId, title, body);
        Page page = mapper.page(pages.byId(id).orElseThrow());
        events.publish(new PageCreateEvent(this, page));
        return page;
    }

    /**
     * Creates a page from a blueprint (under the parent, else the space home): PageCreateEvent, then
     * BlueprintPageCreateEvent with the request's context map.
     */
    public Page createFromBlueprint(DevUser user, String spaceKey, Long parentId, String title, String body,
                                    String label, Map<String, Object> context) {
        SpaceRecord space = spaces.byKey(spaceKey).orElseThrow(() -> new ContentException("No space " + spaceKey));
        long id = db.inTransaction(c -> {
            long created = insert(user, spaceKey, parentId != null ? parentId : space.homePageId(), title, body);
            if (label != null && !label.isBlank()) {
                pages.addLabel(created, DevLabelManager.normalise(label));
            }
            return created;
        });
        Page page = mapper.page(pages.byId(id).orElseThrow());
        events.publish(new PageCreateEvent(this, page));
        events.publish(new BlueprintPageCreateEvent(this, page, user, context));
        return page;
    }

    public Page update(DevUser user, long id, String title, String body) {
        PageRecord before = current(id);
        Page original = mapper.page(before);
        String newTitle = requireTitle(title);
        if (!newTitle.equals(before.title())) {
            requireFreeTitle(before.spaceKey(), newTitle);
        }
        pages.update(id, newTitle, body == null ? "" : body, before.version() + 1, key(user), clock.instant());
        Page page = mapper.page(pages.byId(id).orElseThrow());
        events.publish(new PageUpdateEvent(this, page, original));
        return page;
    }

    public Page move(DevUser user, long id, String newSpaceKey) {
        PageRecord before = current(id);
        SpaceRecord target = spaces.byKey(newSpaceKey).orElseThrow(() -> new ContentException("No space " + newSpaceKey));
        if (target.key().equals(before.spaceKey())) {
            throw new ContentException("The page is already in " + newSpaceKey);
        }
        requireFreeTitle(target.key(), before.title());
        Space oldSpace = mapper.space(before.spaceKey());
        db.inTransaction(c -> {
            pages.move(id, target.key(), target.homePageId());
            moveDescendants(id, target.key());
            return null;
        });
        Page page = mapper.page(pages.byId(id).orElseThrow());
        events.publish(new PageMoveEvent(this, page, oldSpace));
        return page;
    }

    public Page trash(DevUser user, long id) {
        PageRecord before = current(id);
        db.inTransaction(c -> {
            for (PageRecord child : pages.children(id)) {
                pages.move(child.id(), child.spaceKey(), before.parentId());
            }
            pages.setStatus(id, PageRecord.TRASHED);
            return null;
        });
        Page page = mapper.page(pages.byId(id).orElseThrow());
        events.publish(new PageTrashedEvent(this, page));
        return page;
    }

    public Page restore(DevUser user, long id) {
        PageRecord before = pages.byId(id).filter(PageRecord::isTrashed)
                .orElseThrow(() -> new ContentException("The page is not in the trash"));
        requireFreeTitle(before.spaceKey(), before.title());
        pages.setStatus(id, PageRecord.CURRENT);
        Page page = mapper.page(pages.byId(id).orElseThrow());
        events.publish(new PageRestoreEvent(this, page));
        return page;
    }

    public void purge(DevUser user, long id) {
        PageRecord before = pages.byId(id).filter(PageRecord::isTrashed)
                .orElseThrow(() -> new ContentException("Only pages in the trash can be purged"));
        Page page = mapper.page(before);
        db.inTransaction(c -> {
            pages.purge(id);
            return null;
        });
        events.publish(new PageRemoveEvent(this, page));
    }

    private long insert(DevUser user, String spaceKey, Long parentId, String title, String body) {
        String t = requireTitle(title);
        return db.inTransaction(c -> {
            spaces.byKey(spaceKey).orElseThrow(() -> new ContentException("No space " + spaceKey));
            requireFreeTitle(spaceKey, t);
            return pages.create(spaceKey, parentId, t, body == null ? "" : body, key(user), clock.instant());
        });
    }

    private void moveDescendants(long parentId, String spaceKey) {
        for (PageRecord child : pages.children(parentId)) {
            pages.move(child.id(), spaceKey, parentId);
            moveDescendants(child.id(), spaceKey);
        }
    }

    private PageRecord current(long id) {
        return pages.byId(id).filter(p -> !p.isTrashed()).orElseThrow(() -> new ContentException("No page " + id));
    }

    private void requireFreeTitle(String spaceKey, String title) {
        if (pages.currentByTitle(spaceKey, title).isPresent()) {
            throw new ContentException("A page with this title already exists: " + title);
        }
    }

    private static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new ContentException("A page needs a title");
        }
        String trimmed = title.trim();
        if (trimmed.length() > MAX_TITLE_LENGTH) {
            throw new ContentException("A page title may have at most " + MAX_TITLE_LENGTH + " characters (it has "
                    + trimmed.length() + ")");
        }
        return trimmed;
    }

    private static String key(DevUser user) {
        return user == null ? null : user.getKey().getStringValue();
    }
}
