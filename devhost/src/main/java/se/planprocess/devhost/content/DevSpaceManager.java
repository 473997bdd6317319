package se.planprocess.devhost.content;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;

/** SpaceManager over the host's spaces. */
public final class DevSpaceManager implements SpaceManager {
    private final EntityMapper mapper;

    public DevSpaceManager(EntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Space getSpace(String spaceKey) {
        return spaceKey == null ? null : mapper.space(spaceKey);
    }
}
