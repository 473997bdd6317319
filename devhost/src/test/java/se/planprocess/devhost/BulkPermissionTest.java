package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.content.DevPageManager;
import se.planprocess.devhost.content.EntityMapper;
import se.planprocess.devhost.security.DevPermissionManager;
import se.planprocess.devhost.security.DevUser;
import se.planprocess.devhost.store.PageRecord;
import se.planprocess.devhost.store.PageStore;
import se.planprocess.devhost.store.SpaceRecord;
import se.planprocess.devhost.store.SpaceStore;
import se.planprocess.devhost.support.TestHosts;

/**
 * The list members answer as the single ones do, in a number of SQL statements that does not grow with the list:
 * {@code getPermittedEntities} as {@code hasPermission} for each entity (every demo user, the anonymous user, every
 * space and page, restrictions on a page, inherited from a parent and from a grandparent, to a user and to the
 * process owner's group), {@code getAbstractPages} as {@code getAbstractPage} for each id.
 */
class BulkPermissionTest {
    private static final List<String> USERS = List.of("admin", "ekonomi", "lasare", "extern", "sekreterare.hsn",
            "sekreterare.kultur", "sekreterare.kris");

    private final Devhost host = TestHosts.shared();
    private final SpaceStore spaces = new SpaceStore(host.database());
    private final DevPermissionManager permissions = new DevPermissionManager(spaces, host.pages(), host.users());
    private final EntityMapper mapper = new EntityMapper(spaces, host.pages(), host.users());
    private final DevPageManager pageManager = new DevPageManager(host.pages(), mapper);

    @Test
    void listAnswer_isTheSingleAnswerForEachEntity_forEveryUserAndPermission() {
        Tree tree = tree("listprov", 2);
        List<Object> entities = new ArrayList<>();
        for (SpaceRecord space : spaces.all()) {
            entities.add(mapper.space(space.key()));
            host.pages().inSpace(space.key(), PageRecord.CURRENT).forEach(p -> entities.add(mapper.page(p)));
        }
        entities.add(pageManager.getAbstractPage(tree.restricted));
        assertTrue(entities.size() > 40, "the demo region has spaces and pages to check: " + entities.size());
        int permittedSomewhere = 0;
        int deniedSomewhere = 0;
        List<ConfluenceUser> users = new ArrayList<>();
        USERS.forEach(u -> users.add(host.users().byUsername(u).orElseThrow()));
        users.add(null);
        for (ConfluenceUser user : users) {
            for (Permission permission : List.of(Permission.VIEW, Permission.EDIT, Permission.ADMINISTER)) {
                List<Object> expected = entities.stream()
                        .filter(e -> permissions.hasPermission(user, permission, e)).toList();
                List<Object> answered = permissions.getPermittedEntities(user, permission, entities);
                assertEquals(names(expected), names(answered), (user == null ? "anonymous" : user.getName()) + " "
                        + permission);
                permittedSomewhere += answered.size();
                deniedSomewhere += entities.size() - answered.size();
            }
        }
        assertTrue(permittedSomewhere > 0 && deniedSomewhere > 0, "both answers occur");
    }

    @Test
    void aSpace_isOneStatement_itsHomePageAndCreatorAreReadWhenFirstAskedFor_once() {
        SpaceRecord record = spaces.byKey("EKONOMI").orElseThrow();
        long before = host.database().statements();
        Space space = mapper.space("EKONOMI");
        assertEquals(1, host.database().statements() - before, "the space alone");

        Page home = space.getHomePage();
        assertEquals(record.homePageId(), home.getId(), "the home page, read now");
        assertEquals("EKONOMI", home.getSpace().getKey());
        String creator = space.getCreator() == null ? null : space.getCreator().getKey().getStringValue();
        assertEquals(record.creator(), creator);
        long read = host.database().statements();
        assertTrue(read - before > 1, "home page and creator were read after the space");

        assertTrue(home == space.getHomePage(), "the same home page object the second time");
        space.getCreator();
        assertEquals(read, host.database().statements(), "nothing is read twice");
    }

    @Test
    void restrictions_onThePage_itsParent_andItsGrandparent_leaveThePageOut_butNotForTheGroupOrUserAllowed() {
        Tree tree = tree("arv", 3);
        PageRecord direct = create(tree.children.get(0), "arv – egen begränsning");
        host.pages().restrictToUser(direct.id(), PageStore.VIEW, "lasare");
        Page open = mapper.page(host.pages().inSpace("EKONOMI", PageRecord.CURRENT).stream()
                .filter(p -> p.parentId() == null).findFirst().orElseThrow());
        Space ekonomiSpace = mapper.space("EKONOMI");
        List<Object> list = new ArrayList<>(List.of(open, ekonomiSpace, mapper.page(direct)));
        list.addAll(pageManager.getAbstractPages(tree.all()));

        DevUser lasare = host.users().byUsername("lasare").orElseThrow();
        assertEquals(List.of(open.getTitle(), "EKONOMI"),
                names(permissions.getPermittedEntities(lasare, Permission.VIEW, list)),
                "the reader may see the space, but nothing below the page restricted to ekonomistaben");
        DevUser ekonomi = host.users().byUsername("ekonomi").orElseThrow();
        assertEquals(list.size() - 1, permissions.getPermittedEntities(ekonomi, Permission.VIEW, list).size(),
                "ekonomistaben sees all but the page restricted to the reader alone");
        assertFalse(names(permissions.getPermittedEntities(ekonomi, Permission.VIEW, list))
                .contains("arv – egen begränsning"));
        assertTrue(permissions.getPermittedEntities(null, Permission.VIEW, list).isEmpty(), "anonymous: nothing");
        for (Object entity : list) {
            assertEquals(permissions.hasPermission(ekonomi, Permission.VIEW, entity),
                    permissions.getPermittedEntities(ekonomi, Permission.VIEW, List.of(entity)).size() == 1);
        }
    }

    @Test
    void pagesById_areThePagesOneAtATime_inTheOrderAsked_withoutUnknownIds() {
        Tree tree = tree("sidor", 3);
        long trashed = create(tree.restricted, "sidor – papperskorg").id();
        host.pageService().trash(host.users().byUsername("ekonomi").orElseThrow(), trashed);
        List<Long> ids = new ArrayList<>(tree.all());
        ids.add(trashed);
        ids.add(host.pages().inSpace("HSN", PageRecord.CURRENT).get(0).id());
        ids.add(-1L);
        ids.add(ids.get(0));
        java.util.Collections.reverse(ids);

        List<AbstractPage> many = pageManager.getAbstractPages(ids);
        long read = host.database().statements();
        String body = many.get(0).getBodyAsString();
        assertEquals(1, host.database().statements() - read, "a body is read when first asked for, one statement");
        many.get(0).getBodyAsString();
        assertEquals(1, host.database().statements() - read, "and only once");
        assertEquals(host.pages().byId(many.get(0).getId()).orElseThrow().body(), body);

        List<String> expected = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            AbstractPage one = pageManager.getAbstractPage(id);
            if (one != null) {
                expected.add(describe(one));
            }
        }
        assertEquals(expected, many.stream().map(BulkPermissionTest::describe).toList());
        assertTrue(many.stream().anyMatch(p -> !p.isCurrent()), "the trashed page is found by id, as one at a time");
    }

    @Test
    void theNumberOfSqlStatements_doesNotGrowWithTheList() {
        Tree small = tree("kort", 5);
        Tree large = tree("lång", 60);
        DevUser ekonomi = host.users().byUsername("ekonomi").orElseThrow();
        List<Object> fewEntities = new ArrayList<>(pageManager.getAbstractPages(small.all()));
        fewEntities.add(mapper.space("HSN"));
        List<Object> manyEntities = new ArrayList<>(pageManager.getAbstractPages(large.all()));
        spaces.all().forEach(s -> manyEntities.add(mapper.space(s.key())));

        long fewPermissions = statements(() -> permissions.getPermittedEntities(ekonomi, Permission.VIEW, fewEntities));
        long manyPermissions = statements(() -> permissions.getPermittedEntities(ekonomi, Permission.VIEW,
                manyEntities));
        long fewPages = statements(() -> pageManager.getAbstractPages(small.all()));
        long manyPages = statements(() -> pageManager.getAbstractPages(large.all()));
        long oneByOne = statements(() -> manyEntities.stream()
                .filter(e -> permissions.hasPermission(ekonomi, Permission.VIEW, e)).toList());

        assertEquals(fewPermissions, manyPermissions, "getPermittedEntities for " + fewEntities.size() + " and "
                + manyEntities.size() + " entities");
        assertEquals(fewPages, manyPages, "getAbstractPages for " + small.all().size() + " and "
                + large.all().size() + " ids");
        assertTrue(manyPermissions <= 8 && manyPages <= 8, manyPermissions + " and " + manyPages + " statements");
        assertTrue(oneByOne > 10 * manyPermissions, "one at a time: " + oneByOne + " statements");
    }

    /**
     * Below EKONOMI's page restricted to ekonomistaben ("Budgetramar – arbetsmaterial"): a new child page, and under
     * it {@code width} grandchildren.
     */
    private Tree tree(String name, int width) {
        long restricted = host.pages().currentByTitle("EKONOMI", "Budgetramar – arbetsmaterial").orElseThrow().id();
        long child = create(restricted, name + " – bilaga").id();
        List<Long> children = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            children.add(create(child, name + " – underbilaga " + i).id());
        }
        return new Tree(restricted, child, children);
    }

    private PageRecord create(long parent, String title) {
        long id = host.pageService().create(host.users().byUsername("ekonomi").orElseThrow(), "EKONOMI", parent,
                title + " " + System.nanoTime(), "<p>" + title + "</p>").getId();
        return host.pages().byId(id).orElseThrow();
    }

    private record Tree(long restricted, long child, List<Long> children) {
        List<Long> all() {
            List<Long> all = new ArrayList<>(List.of(restricted, child));
            all.addAll(children);
            return all;
        }
    }

    private long statements(Supplier<?> work) {
        long before = host.database().statements();
        work.get();
        return host.database().statements() - before;
    }

    private static String describe(AbstractPage page) {
        Page p = (Page) page;
        return String.join("|", Arrays.asList(String.valueOf(p.getId()), p.getTitle(), p.getSpaceKey(),
                String.valueOf(p.getVersion()), String.valueOf(p.isCurrent()), String.valueOf(p.isDeleted()),
                p.getParent() == null ? "-" : p.getParent().getId() + "/" + p.getParent().getTitle(),
                p.getCreator() == null ? "-" : p.getCreator().getName(),
                p.getLastModifier() == null ? "-" : p.getLastModifier().getName(),
                String.valueOf(p.getCreationDate()), String.valueOf(p.getLastModificationDate()),
                p.getSpace().getName(), p.getSpace().getCreator() == null ? "-" : p.getSpace().getCreator().getName(),
                p.getSpace().getHomePage() == null ? "-" : p.getSpace().getHomePage().getTitle(),
                p.getBodyAsString(), p.getUrlPath()));
    }

    private static List<String> names(List<?> entities) {
        return entities.stream().map(e -> e instanceof Space s ? s.getKey() : ((Page) e).getTitle()).toList();
    }
}
