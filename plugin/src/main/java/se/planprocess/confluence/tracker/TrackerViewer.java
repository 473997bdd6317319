package se.planprocess.confluence.tracker;

import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Committee;

import java.util.List;

/**
 * What the person looking at the tracker may see (port; Confluence's permissions implement it). The tracker asks
 * through the list methods, once per render: an implementation answers them in a bounded number of host calls.
 */
public interface TrackerViewer {
    /** A committee whose space the viewer may see; a committee without a space only for the process owner. */
    boolean maySee(Committee committee);

    /** A document whose page the viewer may see (space permission and page restrictions). */
    boolean maySee(TrackedDocument document);

    /** The committees of the list the viewer may see, in the list's order. */
    default List<Committee> visibleCommittees(List<Committee> committees) {
        return committees.stream().filter(this::maySee).toList();
    }

    /** The documents of the list the viewer may see, in the list's order. */
    default List<TrackedDocument> visibleDocuments(List<TrackedDocument> documents) {
        return documents.stream().filter(this::maySee).toList();
    }
}
