package se.planprocess.confluence.document;

/** The change was based on an older version: someone else changed the document first. */
public class StaleVersionException extends DocumentException {
    private final transient DocumentChange latest;

    public StaleVersionException(DocumentChange latest) {
        super(Problem.STALE_VERSION, latest == null ? "" : latest.actorName());
        this.latest = latest;
    }

    /** The change that won, when known. */
    public DocumentChange latest() {
        return latest;
    }
}
