package se.planprocess.confluence.host;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;
import java.util.Locale;

/**
 * The app's texts in the current user's language. The language itself is read from the bundles
 * ({@code planprocess.language} is "sv" in the Swedish default bundle and "en" in the English one), so the app shows
 * domain data (phase names, headings) in the same language Confluence chose for its messages.
 */
public class Messages {
    static final String LANGUAGE_KEY = "planprocess.language";

    private final I18nResolver i18n;

    public Messages(I18nResolver i18n) {
        this.i18n = i18n;
    }

    public String text(String key, Serializable... arguments) {
        return arguments.length == 0 ? i18n.getText(key) : i18n.getText(key, arguments);
    }

    public Locale locale() {
        String language = i18n.getText(LANGUAGE_KEY);
        return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("sv-SE");
    }
}
