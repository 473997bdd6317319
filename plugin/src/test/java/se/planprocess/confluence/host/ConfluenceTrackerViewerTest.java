package se.planprocess.confluence.host;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.process.Committee;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.CommitteeBuilder.aCommittee;
import static se.planprocess.confluence.testing.TrackedDocumentBuilder.aFeedbackReport;

/**
 * The tracker's viewer over in-memory Confluence: whole lists are answered as the single checks answer each item
 * (space permission, page restrictions inherited from ancestors, current pages only, no space for the process owner
 * only), in host calls whose number does not grow with the lists.
 */
class ConfluenceTrackerViewerTest {
    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare");
    private final FakeUser economist = new FakeUser("eva", "Eva Ekonom");
    private final FakeConfluence confluence = new FakeConfluence().processOwner(economist.name());

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void committees_areThoseWhoseSpaceTheViewerSees_inTheirOrder_andEachSpaceIsLookedUpOnce() {
        confluence.space("HSN");
        confluence.space("KN");
        confluence.space("HIDDEN");
        confluence.canView("HSN", secretary.name()).canView("KN", secretary.name());
        Committee hsn = committee(1, "HSN");
        Committee kn = committee(2, "KN");
        Committee hsnAgain = committee(3, "HSN");
        Committee hidden = committee(4, "HIDDEN");
        Committee gone = committee(5, "NOSUCHSPACE");
        Committee noSpace = committee(6, null);
        FakeConfluence.loginAs(secretary);

        List<Committee> visible = new ConfluenceTrackerViewer(confluence.access())
                .visibleCommittees(List.of(kn, hidden, hsn, gone, noSpace, hsnAgain));

        assertEquals(List.of(kn, hsn, hsnAgain), visible);
        assertEquals(Map.of("getPermittedEntities", 1, "getSpace", 4, "isAdmin", 1, "isUserInGroup", 1),
                confluence.calls(), "each distinct space once, one permission call, the process owner asked once");
    }

    @Test
    void aCommitteeWithoutASpace_isForTheProcessOwnerOnly() {
        Committee noSpace = committee(6, null);

        FakeConfluence.loginAs(economist);
        assertEquals(List.of(noSpace), new ConfluenceTrackerViewer(confluence.access()).visibleCommittees(List.of(noSpace)));
        FakeConfluence.loginAs(secretary);
        assertEquals(List.of(), new ConfluenceTrackerViewer(confluence.access()).visibleCommittees(List.of(noSpace)));
        AuthenticatedUserThreadLocal.reset();
        assertEquals(List.of(), new ConfluenceTrackerViewer(confluence.access()).visibleCommittees(List.of(noSpace)));
    }

    @Test
    void documents_leaveOutRestrictedPages_theirChildren_otherSpaces_trashedAndUnknownPages_andLinkTheRest() {
        confluence.canView("HSN", secretary.name(), economist.name()).canView("KN", economist.name());
        Page open = confluence.page(101, "HSN", "Återkopplingsrapport HSN");
        Page restricted = confluence.page(102, "HSN", "Arbetsmaterial");
        Page child = confluence.page(103, "HSN", "Återkopplingsrapport, bilaga");
        child.setParent(restricted);
        confluence.restrictView(restricted.getId(), economist.name());
        confluence.page(104, "KN", "Återkopplingsrapport KN");
        confluence.page(105, "HSN", "Papperskorgen");
        confluence.trash(105);
        List<TrackedDocument> documents = List.of(document(101), document(102), document(103), document(104),
                document(105), document(106));
        FakeConfluence.loginAs(secretary);
        ConfluenceTrackerViewer target = new ConfluenceTrackerViewer(confluence.access());

        List<TrackedDocument> visible = target.visibleDocuments(documents);

        assertEquals(List.of(101L), visible.stream().map(TrackedDocument::pageId).toList());
        assertEquals(Optional.of(open.getUrlPath()), target.pathOf(101));
        assertEquals(Optional.empty(), target.pathOf(103), "no link to a page the viewer may not see");
        assertEquals(Map.of("getAbstractPages", 1, "getPermittedEntities", 1), confluence.calls());
        for (TrackedDocument d : documents) {
            assertEquals(confluence.access().viewablePage(d.pageId()).isPresent(), visible.contains(d),
                    "the list answer is the single answer for page " + d.pageId());
        }

        FakeConfluence.loginAs(economist);
        assertEquals(List.of(101L, 102L, 103L, 104L), new ConfluenceTrackerViewer(confluence.access())
                .visibleDocuments(documents).stream().map(TrackedDocument::pageId).toList());
        AuthenticatedUserThreadLocal.reset();
        assertEquals(List.of(), new ConfluenceTrackerViewer(confluence.access()).visibleDocuments(documents),
                "nothing for the anonymous user");
    }

    @Test
    void theNumberOfHostCalls_doesNotGrowWithTheLists() {
        assertEquals(callsFor(5), callsFor(60));
    }

    @Test
    void aConfluenceWithoutTheBulkPageLookup_getsThePagesOneByOne_withTheSameAnswer_andIsNotAskedForItAgain() {
        confluence.withoutBulkPageLookup().canView("HSN", secretary.name());
        confluence.page(101, "HSN", "Återkopplingsrapport HSN");
        confluence.page(102, "HSN", "Arbetsmaterial");
        confluence.restrictView(102, economist.name());
        List<TrackedDocument> documents = List.of(document(101), document(102), document(103));
        FakeConfluence.loginAs(secretary);
        ConfluenceAccess access = confluence.access();

        List<TrackedDocument> first = new ConfluenceTrackerViewer(access).visibleDocuments(documents);
        List<TrackedDocument> second = new ConfluenceTrackerViewer(access).visibleDocuments(documents);

        assertEquals(List.of(101L), first.stream().map(TrackedDocument::pageId).toList());
        assertEquals(first, second);
        assertEquals(1, confluence.calls("getAbstractPages"), "asked once, then never again");
        assertEquals(6, confluence.calls("getAbstractPage"), "one by one: three pages, twice");
        assertEquals(2, confluence.calls("getPermittedEntities"));
    }

    /** The host calls of one viewer for n committees with a space each and a report each, half of them visible. */
    private Map<String, Integer> callsFor(int n) {
        FakeConfluence host = new FakeConfluence();
        List<Committee> committees = new ArrayList<>();
        List<TrackedDocument> documents = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String key = "S" + i;
            host.space(key);
            if (i % 2 == 0) {
                host.canView(key, secretary.name());
            }
            committees.add(committee(i, key));
            host.page(1000 + i, key, "Rapport " + i);
            documents.add(document(1000 + i));
        }
        FakeConfluence.loginAs(secretary);
        ConfluenceTrackerViewer target = new ConfluenceTrackerViewer(host.access());
        assertEquals(n / 2, target.visibleCommittees(committees).size());
        assertEquals(n / 2, target.visibleDocuments(documents).size());
        Map<String, Integer> calls = new java.util.TreeMap<>(host.calls());
        assertEquals(n, calls.remove("getSpace"), "each space looked up once");
        assertTrue(!calls.containsKey("hasPermission") && !calls.containsKey("getAbstractPage"), calls.toString());
        return calls;
    }

    private static Committee committee(long id, String spaceKey) {
        return aCommittee().withId(id).withName("Nämnd " + id).withShortName("N" + id).withSpaceKey(spaceKey).build();
    }

    private static TrackedDocument document(long pageId) {
        return aFeedbackReport().withPageId(pageId).inSpace("HSN").forCommittee(1).build();
    }
}
