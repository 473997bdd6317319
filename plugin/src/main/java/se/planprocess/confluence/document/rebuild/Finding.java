package se.planprocess.confluence.document.rebuild;

import java.util.Locale;

/** What the rebuild found about one page: a fix it made (or would make, in a dry run), or something for a person. */
public enum Finding {
    /** A labelled page that was not in the index: registered. */
    REGISTERED(true),
    /** The page went to the trash while the app was not listening. */
    TRASHED(true),
    /** The page came back from the trash. */
    RESTORED(true),
    /** The page was purged: its registration is removed, as when the app sees the purge. */
    PURGED(true),
    /** The page's title changed. */
    RENAMED(true),
    /** The page moved to another space; the committee follows the space. */
    MOVED(true),
    /** Two documents for one committee's single slot: reported, nothing deleted. */
    DUPLICATE(false),
    /** A page labelled for the app whose kind or cycle the rebuild cannot tell: not registered. */
    UNRECOGNISED(false),
    /** The document kept changing under the rebuild: left for the next run. */
    BUSY(false);

    private final boolean fix;

    Finding(boolean fix) {
        this.fix = fix;
    }

    /** True for what the rebuild fixes itself; false for what it reports for a person to look at. */
    public boolean isFix() {
        return fix;
    }

    /** As sent and as named in the message keys: {@code registered}, {@code duplicate}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
