package se.planprocess.devhost.render;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * An I18nResolver over properties bundles ({@code base.properties} = Swedish default, {@code base_en.properties}
 * = English) for the current user's locale; {@code {0}} arguments through MessageFormat; unknown keys come back
 * as the key. Used for the plugin's bundle and for the host's own strings.
 */
public final class BundleI18nResolver implements I18nResolver {
    private final ClassLoader classLoader;
    private final String baseName;

    public BundleI18nResolver(ClassLoader classLoader, String location) {
        this.classLoader = classLoader;
        this.baseName = location == null ? null : location.replace('/', '.').replaceAll("\\.properties$", "");
    }

    @Override
    public String getText(String key) {
        return getText(CurrentLocale.get(), key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return format(CurrentLocale.get(), key, arguments);
    }

    public String getText(Locale locale, String key) {
        return format(locale, key);
    }

    public String format(Locale locale, String key, Object... arguments) {
        if (key == null) {
            return null;
        }
        ResourceBundle bundle = bundle(locale);
        if (bundle == null || !bundle.containsKey(key)) {
            return key;
        }
        String pattern = bundle.getString(key);
        try {
            return new MessageFormat(pattern, locale).format(arguments == null ? new Object[0] : arguments);
        } catch (IllegalArgumentException e) {
            return pattern;
        }
    }

    /** The unformatted pattern of a key (as Confluence's {@code getI18nRawText}), or the key itself. */
    public String raw(Locale locale, String key) {
        ResourceBundle bundle = bundle(locale);
        return bundle == null || key == null || !bundle.containsKey(key) ? key : bundle.getString(key);
    }

    /** Every key of the bundle for the locale with its raw pattern (the host's own script formats it). */
    public Map<String, String> allRaw(Locale locale) {
        Map<String, String> map = new TreeMap<>();
        ResourceBundle bundle = bundle(locale);
        if (bundle != null) {
            for (String key : bundle.keySet()) {
                map.put(key, bundle.getString(key));
            }
        }
        return map;
    }

    private ResourceBundle bundle(Locale locale) {
        if (baseName == null) {
            return null;
        }
        try {
            return ResourceBundle.getBundle(baseName, CurrentLocale.supported(locale), classLoader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
