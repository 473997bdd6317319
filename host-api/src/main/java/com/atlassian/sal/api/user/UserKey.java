package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/** Stand-in: see docs/host-api.md. A final value class, as in SAL. */
public final class UserKey implements Serializable {
    private final String userKey;

    public UserKey(String userKey) {
        this.userKey = Objects.requireNonNull(userKey, "userKey");
    }

    public String getStringValue() {
        return userKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey && ((UserKey) o).userKey.equals(userKey);
    }

    @Override
    public int hashCode() {
        return userKey.hashCode();
    }

    @Override
    public String toString() {
        return userKey;
    }
}
