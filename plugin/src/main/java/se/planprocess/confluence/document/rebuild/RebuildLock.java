package se.planprocess.confluence.document.rebuild;

import java.util.Optional;
import java.util.function.Supplier;

/** One rebuild at a time in the whole cluster (port; Confluence's cluster lock implements it). */
public interface RebuildLock {
    /** Runs {@code work} while holding the lock, on this thread; empty, without running it, when someone holds it. */
    <T> Optional<T> whileHeld(Supplier<T> work);
}
