package se.planprocess.confluence.fakes;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;

/** A Confluence user for tests. */
public record FakeUser(String name, String fullName) implements ConfluenceUser {
    @Override
    public UserKey getKey() {
        return new UserKey("key-" + name);
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    @Override
    public String getEmail() {
        return name + "@region.example";
    }

    @Override
    public String getName() {
        return name;
    }
}
