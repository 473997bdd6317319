package com.atlassian.beehive;

/** Stand-in: see docs/host-api.md. */
public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
