package se.planprocess.devhost.render;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Locale;
import se.planprocess.devhost.security.DevUser;

/** The current request's user's locale (Swedish for anonymous requests), as Confluence's i18n uses it. */
public final class CurrentLocale {
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private CurrentLocale() {
    }

    public static Locale get() {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        if (user instanceof DevUser devUser) {
            return supported(devUser.locale());
        }
        return SWEDISH;
    }

    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : SWEDISH;
    }
}
