package se.planprocess.devhost.content;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Beehive's cluster lock service for the host's single node: one lock per name for the life of the host, held by a
 * thread; {@code unlock()} from any other thread fails with {@code IllegalMonitorStateException}, the
 * {@link java.util.concurrent.locks.Lock} contract, which a lock spanning nodes cannot relax either.
 */
public final class DevClusterLockService implements ClusterLockService {
    private final ConcurrentMap<String, NodeLock> locks = new ConcurrentHashMap<>();

    @Override
    public ClusterLock getLockForName(String lockName) {
        Objects.requireNonNull(lockName, "lockName");
        return locks.computeIfAbsent(lockName, name -> new NodeLock());
    }

    /** A named lock of this node. */
    private static final class NodeLock extends ReentrantLock implements ClusterLock {
    }
}
