package se.planprocess.confluence.kind;

/** How many documents of a kind a cycle holds, and so whom a deadline for the kind binds. */
public enum Scope {
    /**
     * One document per committee and cycle (the feedback report): a deadline binds each committee it names, or every
     * active committee when it names none; a committee without the document is behind.
     */
    COMMITTEE,
    /**
     * One document per region and cycle (the planning premises): a deadline binds the region's own document, never
     * the committees.
     */
    REGION,
    /**
     * Any number per cycle (meetings): a deadline binds the documents that exist, of the committees it names or of
     * every active committee; since no number is owed, none is ever missing.
     */
    MANY;

    /** True when the cycle holds at most one document of the kind per committee (or one in all). */
    public boolean isSingleton() {
        return this != MANY;
    }
}
