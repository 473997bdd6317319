package se.planprocess.devhost.osgi;

import com.atlassian.plugin.PluginException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plugin bundle's class loader as an OSGi framework wires it (OSGi core, 3.9.4 "Overall search order"):
 * {@code java.*} from the JVM; a package the bundle imports and the host exports from the host, and only from
 * there; every other class from the bundle's own jar. A class of a host package the bundle does not import (or whose
 * optional import did not resolve) is not found, so the plugin class that needs it fails to link
 * ({@code NoClassDefFoundError}) as it would in Confluence.
 */
public final class BundleClassLoader extends URLClassLoader {
    private static final Logger LOG = LoggerFactory.getLogger(BundleClassLoader.class);

    static {
        ClassLoader.registerAsParallelCapable();
    }

    private final String bundle;
    private final ClassLoader host;
    private final Set<String> wired;

    private BundleClassLoader(String bundle, URL jar, ClassLoader host, Set<String> wired) {
        super("bundle:" + bundle, new URL[] {jar}, null);
        this.bundle = bundle;
        this.host = host;
        this.wired = Set.copyOf(wired);
    }

    /**
     * Resolves the bundle's imports against the host's exports, as the framework does before the bundle starts: a
     * mandatory import of a package the host does not export (or hides) fails with Felix's message
     * "Unable to resolve …: missing requirement … osgi.wiring.package=…"; an optional one is left unwired.
     */
    public static BundleClassLoader resolve(BundleManifest manifest, URL jar, ClassLoader host, HostPackages exports) {
        String name = manifest.symbolicName() + " [" + manifest.version() + "]";
        List<String> missing = manifest.imports().stream().filter(i -> !i.optional())
                .filter(i -> !exports.exports(i.packageName()))
                .map(i -> "osgi.wiring.package; (&(osgi.wiring.package=" + i.packageName() + ")"
                        + (i.version() == null ? "" : "(version>=" + lowest(i.version()) + ")") + ")"
                        + (exports.hides(i.packageName()) ? " (hidden from plugins by the host)" : ""))
                .toList();
        if (!missing.isEmpty()) {
            throw new PluginException("Unable to resolve " + name + ": missing requirement [" + name + "] "
                    + missing.get(0) + (missing.size() > 1 ? " Unresolved requirements: " + missing : ""));
        }
        Set<String> wired = new HashSet<>();
        for (BundleManifest.PackageImport i : manifest.imports()) {
            if (exports.exports(i.packageName())) {
                wired.add(i.packageName());
            } else {
                LOG.info("Bundle {}: optional import {} is not available{}; classes that need it will not load",
                        name, i.packageName(), exports.hides(i.packageName()) ? " (hidden)" : "");
            }
        }
        return new BundleClassLoader(manifest.symbolicName(), jar, host, wired);
    }

    private static String lowest(String range) {
        String v = range.trim();
        if (v.startsWith("[") || v.startsWith("(")) {
            v = v.substring(1, v.contains(",") ? v.indexOf(',') : v.length() - 1);
        }
        return v.trim();
    }

    /** Whether the bundle's import of the package is wired to the host. */
    public boolean imports(String packageName) {
        return wired.contains(packageName);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                if (bootDelegated(name)) {
                    c = host.loadClass(name);
                } else if (wired.contains(packageOf(name))) {
                    c = host.loadClass(name);
                } else {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException e) {
                        throw new ClassNotFoundException(name + " not found by " + bundle + " (its package "
                                + packageOf(name) + " is neither in the bundle nor wired by Import-Package)", e);
                    }
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    public URL getResource(String name) {
        String pkg = resourcePackage(name);
        if (pkg != null && wired.contains(pkg)) {
            return host.getResource(name);
        }
        return findResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        String pkg = resourcePackage(name);
        if (pkg != null && wired.contains(pkg)) {
            return host.getResources(name);
        }
        Enumeration<URL> own = findResources(name);
        return own == null ? Collections.emptyEnumeration() : own;
    }

    /**
     * {@code java.*}, and the JVM's reflection accessors (a generated accessor class is defined in a loader whose
     * parent is this one), as Felix delegates {@code sun.reflect} implicitly.
     */
    private static boolean bootDelegated(String name) {
        return name.startsWith("java.") || name.startsWith("jdk.internal.reflect.") || name.startsWith("sun.reflect.");
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    private static String resourcePackage(String resource) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        int slash = path.lastIndexOf('/');
        return slash < 0 ? null : path.substring(0, slash).replace('/', '.');
    }
}
