package se.planprocess.devhost.security;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

import java.util.function.Supplier;

/**
 * SAL's application properties as far as the app uses them: the base URL relative to the server (the context path),
 * and the canonical one, which Confluence takes from its configured "Server base URL" and the host from the address
 * it listens on ({@code http://127.0.0.1:<port>/confluence}).
 */
public final class DevApplicationProperties implements ApplicationProperties {
    private final String contextPath;
    private final Supplier<String> canonical;

    public DevApplicationProperties(String contextPath, Supplier<String> canonical) {
        this.contextPath = contextPath;
        this.canonical = canonical;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return switch (urlMode) {
            case RELATIVE -> contextPath;
            case CANONICAL -> canonical.get();
        };
    }
}
