package com.atlassian.user;

import java.security.Principal;

/** Stand-in: see docs/host-api.md. */
public interface User extends Entity, Principal {
    String getFullName();

    String getEmail();
}
