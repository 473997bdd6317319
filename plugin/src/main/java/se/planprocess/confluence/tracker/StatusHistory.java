package se.planprocess.confluence.tracker;

import se.planprocess.confluence.document.DocumentChange;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The status changes of many documents at once (port; Active Objects implements it in a few set-based queries). */
public interface StatusHistory {
    /**
     * Status changes by document id, in history order; documents without any are left out. A change carries its
     * document, version, type, from and to status and time, all a tracker reads; its actor, comment and section
     * fields may be empty.
     */
    Map<Long, List<DocumentChange>> statusChanges(Collection<Long> documentIds);
}
