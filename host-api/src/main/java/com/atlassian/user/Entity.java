package com.atlassian.user;

import java.io.Serializable;

/** Stand-in: see docs/host-api.md. */
public interface Entity extends Serializable {
    String getName();
}
