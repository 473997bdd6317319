package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.content.EntityMapper;
import se.planprocess.devhost.security.DevPermissionManager;
import se.planprocess.devhost.security.DevUser;
import se.planprocess.devhost.store.PageRecord;
import se.planprocess.devhost.store.SpaceRecord;
import se.planprocess.devhost.store.SpaceStore;
import se.planprocess.devhost.support.TestHosts;

/**
 * {@code getPermittedEntities} answers a whole list as {@code hasPermission} answers each entity: for every demo user,
 * every space and every page (restricted pages, their children, other spaces' pages), for each permission.
 */
class BulkPermissionTest {
    private static final List<String> USERS = List.of("admin", "ekonomi", "lasare", "extern", "sekreterare.hsn",
            "sekreterare.kultur", "sekreterare.kris");

    private final Devhost host = TestHosts.shared();
    private final SpaceStore spaces = new SpaceStore(host.database());
    private final DevPermissionManager permissions = new DevPermissionManager(spaces, host.pages(), host.users());
    private final EntityMapper mapper = new EntityMapper(spaces, host.pages(), host.users());

    @Test
    void listAnswer_isTheSingleAnswerForEachEntity_forEveryUserAndPermission() {
        PageRecord restricted = host.pages().currentByTitle("EKONOMI", "Budgetramar – arbetsmaterial").orElseThrow();
        host.pageService().create(host.users().byUsername("ekonomi").orElseThrow(), "EKONOMI", restricted.id(),
                "Budgetramar – bilaga till listprov", "<p>bilaga</p>");
        List<Object> entities = new ArrayList<>();
        for (SpaceRecord space : spaces.all()) {
            entities.add(mapper.space(space.key()));
            host.pages().inSpace(space.key(), PageRecord.CURRENT).forEach(p -> entities.add(mapper.page(p)));
        }
        assertTrue(entities.size() >= 30, "the demo region has spaces and pages to check: " + entities.size());
        int permittedSomewhere = 0;
        int deniedSomewhere = 0;
        for (String username : USERS) {
            DevUser user = host.users().byUsername(username).orElseThrow();
            for (Permission permission : List.of(Permission.VIEW, Permission.EDIT, Permission.ADMINISTER)) {
                List<Object> expected = entities.stream()
                        .filter(e -> permissions.hasPermission(user, permission, e)).toList();
                List<Object> answered = permissions.getPermittedEntities(user, permission, entities);
                assertEquals(names(expected), names(answered), username + " " + permission);
                permittedSomewhere += answered.size();
                deniedSomewhere += entities.size() - answered.size();
            }
        }
        assertTrue(permittedSomewhere > 0 && deniedSomewhere > 0, "both answers occur");
    }

    @Test
    void inheritedViewRestriction_leavesOutTheChild_andAnonymousGetsNothing() {
        PageRecord restricted = host.pages().currentByTitle("EKONOMI", "Budgetramar – arbetsmaterial").orElseThrow();
        Page child = host.pageService().create(host.users().byUsername("ekonomi").orElseThrow(), "EKONOMI",
                restricted.id(), "Budgetramar – bilaga i listan", "<p>bilaga</p>");
        Page open = mapper.page(host.pages().inSpace("EKONOMI", PageRecord.CURRENT).stream()
                .filter(p -> p.parentId() == null).findFirst().orElseThrow());
        Space ekonomiSpace = mapper.space("EKONOMI");
        List<Object> list = List.of(open, child, ekonomiSpace);

        DevUser lasare = host.users().byUsername("lasare").orElseThrow();
        assertEquals(List.of(open.getTitle(), "EKONOMI"),
                names(permissions.getPermittedEntities(lasare, Permission.VIEW, list)));
        DevUser ekonomi = host.users().byUsername("ekonomi").orElseThrow();
        assertEquals(3, permissions.getPermittedEntities(ekonomi, Permission.VIEW, list).size());
        assertTrue(permissions.getPermittedEntities(null, Permission.VIEW, list).isEmpty());
        assertFalse(permissions.hasPermission(lasare, Permission.VIEW, child));
    }

    private static List<String> names(List<?> entities) {
        return entities.stream().map(e -> e instanceof Space s ? s.getKey() : ((Page) e).getTitle()).toList();
    }
}
