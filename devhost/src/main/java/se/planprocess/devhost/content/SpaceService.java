package se.planprocess.devhost.content;

import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.event.api.EventPublisher;
import java.time.Clock;
import se.planprocess.devhost.store.Database;
import se.planprocess.devhost.store.PageRecord;
import se.planprocess.devhost.store.PageStore;
import se.planprocess.devhost.store.SpaceStore;

/** Creating spaces (with a home page) and removing them (SpaceRemoveEvent after the commit). */
public final class SpaceService {
    private final Database db;
    private final SpaceStore spaces;
    private final PageStore pages;
    private final EntityMapper mapper;
    private final EventPublisher events;
    private final Clock clock;

    public SpaceService(Database db, SpaceStore spaces, PageStore pages, EntityMapper mapper, EventPublisher events,
                        Clock clock) {
        this.db = db;
        this.spaces = spaces;
        this.pages = pages;
        this.mapper = mapper;
        this.events = events;
        this.clock = clock;
    }

    /** Creates the space and its home page (titled like the space) in one transaction; returns the home page id. */
    public long create(String key, String name, String description, String creatorKey, String homeBody) {
        return db.inTransaction(c -> {
            spaces.create(key, name, description, creatorKey, clock.instant());
            long home = pages.create(key, null, name, homeBody, creatorKey, clock.instant());
            spaces.setHomePage(key, home);
            return home;
        });
    }

    /**
     * Creates a space as Confluence's {@code SpaceManager#createSpace(key, name, description, creator)} does for
     * create-content's space blueprints: the space with a home page titled like the space, the creator holding view,
     * edit and space-admin permission, and the blueprint's category (a team label) when it has one; one transaction.
     * The host has no default space permissions: nobody else gets any.
     */
    public void createForBlueprint(String key, String name, String description, String creatorKey, String category) {
        db.inTransaction(c -> {
            spaces.create(key, name, description, creatorKey, clock.instant());
            long home = pages.create(key, null, name, "", creatorKey, clock.instant());
            spaces.setHomePage(key, home);
            for (String permission : new String[] {SpaceStore.VIEWSPACE, SpaceStore.EDITSPACE,
                    SpaceStore.SETSPACEPERMISSIONS}) {
                spaces.grantUser(key, permission, creatorKey);
            }
            if (category != null && !category.isBlank()) {
                spaces.addCategory(key, category.trim().toLowerCase(java.util.Locale.ROOT));
            }
            return null;
        });
    }

    /**
     * Replaces the space's home page by a new page (as create-content's {@code DefaultSpaceBlueprintService
     * #setHomePage}: the new page becomes the home page, the old one is trashed and purged), in one transaction;
     * then {@code PageCreateEvent} for the new page. Returns the new page's id.
     */
    public long replaceHomePage(String key, String title, String body, String creatorKey) {
        long id = db.inTransaction(c -> {
            Long old = spaces.byKey(key).orElseThrow(() -> new ContentException("No space " + key)).homePageId();
            if (old != null) {
                pages.purge(old);
            }
            if (pages.currentByTitle(key, title).isPresent()) {
                throw new ContentException("A page with this title already exists: " + title);
            }
            long home = pages.create(key, null, title, body, creatorKey, clock.instant());
            spaces.setHomePage(key, home);
            return home;
        });
        events.publish(new com.atlassian.confluence.event.events.content.page.PageCreateEvent(this,
                mapper.page(pages.byId(id).orElseThrow())));
        return id;
    }

    public void remove(String key) {
        Space space = mapper.space(key);
        if (space == null) {
            throw new ContentException("No space " + key);
        }
        db.inTransaction(c -> {
            for (String status : new String[] {PageRecord.CURRENT, PageRecord.TRASHED}) {
                for (PageRecord page : pages.inSpace(key, status)) {
                    pages.purge(page.id());
                }
            }
            spaces.delete(key);
            return null;
        });
        events.publish(new SpaceRemoveEvent(this, space));
    }
}
