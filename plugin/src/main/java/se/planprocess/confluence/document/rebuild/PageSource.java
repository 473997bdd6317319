package se.planprocess.confluence.document.rebuild;

import java.util.List;
import java.util.Optional;

/** The pages behind the index (port; Confluence's page and label services implement it). */
public interface PageSource {
    /**
     * One batch of the current content carrying {@code label}: {@code limit} items from {@code offset}, of which
     * {@link Batch#pages()} are the pages (other content types are skipped but counted in {@link Batch#scanned()}).
     */
    Batch labelledPages(String label, int offset, int limit);

    /** The page with this id, current or in the trash; empty when it is gone (purged) or is not a page. */
    Optional<PageFacts> page(long pageId);

    /**
     * Whether the page's stored body contains the macro {@code macroName}. Reads the body: the rebuild asks only for
     * pages whose labels do not say their kind.
     */
    boolean carriesMacro(long pageId, String macroName);

    /** A batch of labelled content: the pages in it, and how many items of any type it covered. */
    record Batch(List<PageFacts> pages, int scanned) {
        public Batch {
            pages = List.copyOf(pages);
        }
    }
}
