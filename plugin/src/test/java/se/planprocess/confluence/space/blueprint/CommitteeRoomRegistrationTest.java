package se.planprocess.confluence.space.blueprint;

import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintCreateEvent;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.space.CommitteeSpaces;
import se.planprocess.confluence.space.SpaceRefusal;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A committee room registers its committee when Confluence's space-blueprint event arrives, through the real AO
 * repository: a new committee or an existing one without a space, only when the space's creator is the process
 * owner, and nothing at all when a rule is broken.
 */
class CommitteeRoomRegistrationTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final FakeUser finance = new FakeUser("ekonomi", "Controller, Ekonomistaben");
    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare HSN");
    private AoFixture fixture;
    private FakeConfluence confluence;
    private CommitteeSpaces spaces;
    private SpaceBlueprintListener target;
    private String key;

    @BeforeEach
    void setUp() {
        fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        confluence = new FakeConfluence().processOwner(finance.name());
        spaces = new CommitteeSpaces(fixture.committees, new ConfluenceSpaces(confluence.access()));
        target = new SpaceBlueprintListener(spaces, confluence.access());
        key = "ROOM" + SEQUENCE.incrementAndGet() + fixture.hsnSpace;
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void theProcessOwnersCommitteeRoom_registersTheNewCommittee_withTheNewSpace() {
        FakeConfluence.loginAs(finance);
        Map<String, Object> wizard = newCommittee("Servicenämnden " + key, "S" + key);
        spaces.check(wizard, true);
        confluence.space(key);

        target.onSpaceBlueprintCreated(new SpaceBlueprintCreateEvent(this, confluence.space(key), finance, wizard));

        Committee registered = fixture.committees.findBySpaceKey(key).orElseThrow();
        assertEquals("Servicenämnden " + key, registered.name());
        assertEquals("S" + key, registered.shortName());
        assertTrue(registered.active());
    }

    @Test
    void anExistingCommitteeWithoutASpace_isLinked_notCopied() {
        Committee lone = fixture.committees.save(new Committee(0, "Valnämnden " + key, "V" + key, null, true));
        int before = fixture.committees.findAll().size();
        Map<String, Object> wizard = room();
        wizard.put("planprocessCommittee", "existing");
        wizard.put("planprocessCommitteeId", String.valueOf(lone.id()));

        target.onSpaceBlueprintCreated(new SpaceBlueprintCreateEvent(this, confluence.space(key), finance, wizard));

        assertEquals(lone.id(), fixture.committees.findBySpaceKey(key).orElseThrow().id());
        assertEquals(before, fixture.committees.findAll().size());
    }

    @Test
    void aSecretarysSpace_registersNoCommittee_andTheWizardSaysSoFirst() {
        Map<String, Object> wizard = newCommittee("Sekreterarnämnden " + key, "K" + key);
        SpaceRefusal refusal = assertThrows(SpaceRefusal.class, () -> spaces.check(wizard, false));
        assertEquals("planprocessCommittee", refusal.field());
        assertEquals(403, refusal.status());

        target.onSpaceBlueprintCreated(new SpaceBlueprintCreateEvent(this, confluence.space(key), secretary, wizard));

        assertEquals(List.of(), names("Sekreterarnämnden " + key));
        assertTrue(fixture.committees.findBySpaceKey(key).isEmpty());
    }

    @Test
    void brokenRules_registerNothing() {
        int before = fixture.committees.findAll().size();
        Map<String, Object> hasSpace = room();
        hasSpace.put("planprocessCommittee", "existing");
        hasSpace.put("planprocessCommitteeId", String.valueOf(fixture.hsn.id()));
        Map<String, Object> longName = newCommittee("N".repeat(10_000), "L" + key);
        Map<String, Object> control = newCommittee("Nämnd\u001b[2J " + key, "C" + key);
        Map<String, Object> noChoice = room();
        for (Map<String, Object> wizard : List.of(hasSpace, longName, control, noChoice)) {
            target.onSpaceBlueprintCreated(new SpaceBlueprintCreateEvent(this, confluence.space(key), finance, wizard));
        }
        assertTrue(fixture.committees.findBySpaceKey(key).isEmpty());
        assertEquals(fixture.hsnSpace, fixture.committees.findById(fixture.hsn.id()).orElseThrow().spaceKey(),
                "HSN keeps its own space");
        assertEquals(before, fixture.committees.findAll().size());
    }

    @Test
    void aSpaceOfAnotherBlueprint_isNotTheListenersBusiness() {
        Map<String, Object> planning = new LinkedHashMap<>(newCommittee("Planering " + key, "P" + key));
        planning.put("planprocessSpaceBlueprint", "planeringsprocess");
        target.onSpaceBlueprintCreated(new SpaceBlueprintCreateEvent(this, confluence.space(key), finance, planning));
        assertEquals(List.of(), names("Planering " + key));
    }

    private List<String> names(String name) {
        return fixture.committees.findAll().stream().map(Committee::name).filter(name::equals).toList();
    }

    private Map<String, Object> room() {
        Map<String, Object> wizard = new LinkedHashMap<>();
        wizard.put("planprocessSpaceBlueprint", "namndrum");
        wizard.put("name", "Nämndrum " + key);
        wizard.put("spaceKey", key);
        return wizard;
    }

    private Map<String, Object> newCommittee(String name, String shortName) {
        Map<String, Object> wizard = room();
        wizard.put("planprocessCommittee", "new");
        wizard.put("planprocessCommitteeName", name);
        wizard.put("planprocessCommitteeShortName", shortName.length() > 40 ? shortName.substring(0, 40) : shortName);
        return wizard;
    }
}
