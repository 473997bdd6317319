package se.planprocess.confluence.document;

/** The kinds of entry in a document's history. */
public enum ChangeType {
    REGISTERED, STATUS, SECTION, TITLE, MOVED, TRASHED, RESTORED
}
