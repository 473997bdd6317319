package se.planprocess.confluence.fakes;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The app's real i18n bundles in one language, formatted as Confluence does (MessageFormat). */
public final class BundleI18nResolver implements I18nResolver {
    private Locale locale;

    public BundleI18nResolver(Locale locale) {
        this.locale = locale;
    }

    public void use(Locale newLocale) {
        this.locale = newLocale;
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/planprocess", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
