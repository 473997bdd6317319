package se.planprocess.confluence.space;

/** What the space rules need to know of the host's spaces (port). */
public interface SpaceDirectory {
    /** Whether a space with this key exists (whether or not the current user may see it). */
    boolean exists(String spaceKey);
}
