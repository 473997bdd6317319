package se.planprocess.devhost.security;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

/** SAL's application properties as far as the app uses them: the base URL relative to the server, the context path. */
public final class DevApplicationProperties implements ApplicationProperties {
    private final String contextPath;

    public DevApplicationProperties(String contextPath) {
        this.contextPath = contextPath;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        if (urlMode != UrlMode.RELATIVE) {
            throw new UnsupportedOperationException("the local host answers only UrlMode.RELATIVE");
        }
        return contextPath;
    }
}
