package se.planprocess.confluence.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The plugin key, read from the build (the pom property is the only place it is written). */
public final class PluginKey {
    public static final String VALUE = load();

    private PluginKey() {
    }

    /** "pluginKey:moduleKey". */
    public static String module(String moduleKey) {
        return VALUE + ":" + moduleKey;
    }

    private static String load() {
        try (InputStream in = PluginKey.class.getResourceAsStream("/planprocess-plugin.properties")) {
            if (in == null) {
                throw new IllegalStateException("planprocess-plugin.properties is missing from the plugin jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("plugin.key");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
