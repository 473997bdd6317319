package se.planprocess.confluence.tracker;

import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Committee;

import java.util.List;

/**
 * What the person looking at the tracker may see (port; Confluence's permissions implement it). The tracker asks
 * about whole lists, once per render, so that an implementation can answer in a number of host calls that does not
 * grow with the list. Each answer keeps the list's order and leaves out what the viewer may not see.
 */
public interface TrackerViewer {
    /**
     * The committees whose space the viewer may see; a committee without a space only when the viewer is the process
     * owner.
     */
    List<Committee> visibleCommittees(List<Committee> committees);

    /**
     * The documents whose page is a current page the viewer may see: the space's view permission and the page's view
     * restrictions, those inherited from its ancestors included.
     */
    List<TrackedDocument> visibleDocuments(List<TrackedDocument> documents);
}
