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
