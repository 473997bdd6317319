package se.planprocess.confluence.tracker;

import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Committee;

/** What the person looking at the tracker may see (port; Confluence's permissions implement it). */
public interface TrackerViewer {
    /** A committee whose space the viewer may see; a committee without a space only for the process owner. */
    boolean maySee(Committee committee);

    /** A document whose page the viewer may see (space permission and page restrictions). */
    boolean maySee(TrackedDocument document);
}
