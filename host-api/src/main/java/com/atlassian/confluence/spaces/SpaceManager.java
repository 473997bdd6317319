package com.atlassian.confluence.spaces;

/** Stand-in: see docs/host-api.md. */
public interface SpaceManager {
    Space getSpace(String spaceKey);
}
