package se.planprocess.devhost.security;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;
import java.util.Objects;
import se.planprocess.devhost.store.UserRecord;

/** A logged-in user as Confluence hands it to plugins, plus the locale the host stores for it. */
public final class DevUser implements ConfluenceUser {
    private static final long serialVersionUID = 1L;

    private final UserKey key;
    private final String name;
    private final String fullName;
    private final String email;
    private final String locale;

    public DevUser(UserRecord record) {
        this.key = new UserKey(record.key());
        this.name = record.username();
        this.fullName = record.fullName();
        this.email = record.email();
        this.locale = record.locale();
    }

    @Override
    public UserKey getKey() {
        return key;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    @Override
    public String getEmail() {
        return email;
    }

    public Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DevUser other && other.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key);
    }

    @Override
    public String toString() {
        return name;
    }
}
