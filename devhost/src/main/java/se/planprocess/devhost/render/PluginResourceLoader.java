package se.planprocess.devhost.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.collections.ExtendedProperties;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;

/** Loads templates from the plugin's class loader (never from the host's), as Confluence's template renderer does. */
public final class PluginResourceLoader extends ResourceLoader {
    static final String DISABLE_ANTI_XSS = "#disableAntiXss()";

    private final ClassLoader classLoader;

    public PluginResourceLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void init(ExtendedProperties configuration) {
        // nothing to configure
    }

    @Override
    public InputStream getResourceStream(String source) {
        String text = read(classLoader, source);
        if (text == null) {
            throw new ResourceNotFoundException("Template not found in the plugin: " + source);
        }
        return new ByteArrayInputStream(text.replace(DISABLE_ANTI_XSS, "").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false;
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }

    static String read(ClassLoader classLoader, String name) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        try (InputStream in = classLoader.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
