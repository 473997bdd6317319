package se.planprocess.confluence.host;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who is the process owner and what the current user may see, through the Confluence calls that exist on both
 * lines: the fake refuses the {@code User} overloads of {@code PermissionManager} that Confluence 10 lacks.
 */
class ConfluenceAccessTest {
    private final FakeUser admin = new FakeUser("admin", "Ada Admin");
    private final FakeUser economist = new FakeUser("eva", "Eva Ekonom");
    private final FakeUser reader = new FakeUser("rolf", "Rolf Läsare");
    private final FakeConfluence confluence = new FakeConfluence()
            .administrator(admin.name())
            .processOwner(economist.name())
            .canView("KOM", reader.name())
            .canEdit("KOM", economist.name());
    private final ConfluenceAccess target = confluence.access();

    @AfterEach
    void logout() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void aConfluenceAdministrator_isProcessOwner() {
        assertTrue(target.isProcessOwner(admin));
    }

    @Test
    void aMemberOfTheProcessOwnerGroup_isProcessOwner() {
        assertTrue(target.isProcessOwner(economist));
    }

    @Test
    void anyoneElse_isNotProcessOwner() {
        assertFalse(target.isProcessOwner(reader));
        assertFalse(target.isProcessOwner(null));
    }

    @Test
    void theCurrentUsersViewAndEditPermissions_decide() {
        confluence.space("KOM");
        FakeConfluence.loginAs(reader);
        assertTrue(target.canViewSpace("KOM"));
        assertFalse(target.canEdit(confluence.getSpace("KOM")));
        FakeConfluence.loginAs(economist);
        assertTrue(target.canEdit(confluence.getSpace("KOM")));
    }

    @Test
    void nobodyLoggedIn_mayNeitherViewNorEdit() {
        confluence.space("KOM");
        assertFalse(target.canViewSpace("KOM"));
        assertFalse(target.canEdit(confluence.getSpace("KOM")));
    }
}
