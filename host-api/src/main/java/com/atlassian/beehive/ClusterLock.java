package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Stand-in: see docs/host-api.md. A cluster-wide {@link Lock}; the app calls only the inherited {@code tryLock()}
 * and {@code unlock()}, on the thread that holds it.
 */
public interface ClusterLock extends Lock {
}
