package se.planprocess.confluence.host;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import se.planprocess.confluence.document.rebuild.RebuildLock;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * One index rebuild at a time across the cluster: Confluence's cluster lock ({@code ClusterLockService}, beehive)
 * under a name that starts with the plugin key. Taken with {@code tryLock()} (a second request does not wait, it is
 * refused) and released by the same thread in {@code finally}, as a {@code Lock} must be.
 */
public class ClusterRebuildLock implements RebuildLock {
    static final String LOCK_NAME = PluginKey.VALUE + ".index-rebuild";

    private final ClusterLockService locks;

    public ClusterRebuildLock(ClusterLockService locks) {
        this.locks = locks;
    }

    @Override
    public <T> Optional<T> whileHeld(Supplier<T> work) {
        ClusterLock lock = locks.getLockForName(LOCK_NAME);
        if (!lock.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            lock.unlock();
        }
    }
}
