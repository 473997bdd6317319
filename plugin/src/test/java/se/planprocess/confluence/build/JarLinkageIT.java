package se.planprocess.confluence.build;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every class of each jar links against the API its Confluence line exports: loaded in a class loader of its own and
 * made to resolve every field, method and constructor signature and annotation. The 9.2 jar resolves against the
 * stand-ins, AO, Jackson and the javax APIs on the test class path; the Confluence 10 jar against the jakarta APIs
 * (Servlet 6.0, JAX-RS 3.1, Inject 2.0) placed in front of them.
 */
class JarLinkageIT {
    private static final Path JAR_DIR = Path.of(System.getProperty("planprocess.jarDir", "target"));
    private static final String FINAL_NAME = System.getProperty("planprocess.finalName");

    @Test
    void confluence92Jar_linksAgainstTheJavaxApis() throws Exception {
        assertLinks(JAR_DIR.resolve(FINAL_NAME + ".jar"), List.of());
    }

    @Test
    void confluence10Jar_linksAgainstTheJakartaApis() throws Exception {
        Path apis = Path.of(System.getProperty("planprocess.jakartaApis", "target/jakarta-apis"));
        List<Path> jakarta;
        try (Stream<Path> files = Files.list(apis)) {
            jakarta = files.filter(p -> p.toString().endsWith(".jar")).toList();
        }
        assertTrue(jakarta.size() >= 3, "jakarta API jars in " + apis);
        assertLinks(JAR_DIR.resolve(FINAL_NAME + "-confluence10.jar"), jakarta);
    }

    private static void assertLinks(Path pluginJar, List<Path> extra) throws Exception {
        assertTrue(Files.isRegularFile(pluginJar), pluginJar.toString());
        List<URL> urls = new ArrayList<>();
        urls.add(pluginJar.toUri().toURL());
        for (Path path : extra) {
            urls.add(path.toUri().toURL());
        }
        List<String> failures = new ArrayList<>();
        int classes = 0;
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), JarLinkageIT.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                // the plugin's own classes and the jakarta APIs come from this loader, never from the test class path
                if (name.startsWith("se.planprocess.confluence.") || name.startsWith("jakarta.")) {
                    synchronized (getClassLoadingLock(name)) {
                        Class<?> loaded = findLoadedClass(name);
                        return loaded != null ? loaded : findClass(name);
                    }
                }
                return super.loadClass(name, resolve);
            }
        }; JarFile jar = new JarFile(pluginJar.toFile())) {
            for (String className : classNames(jar)) {
                classes++;
                try {
                    Class<?> type = Class.forName(className, false, loader);
                    for (Field field : type.getDeclaredFields()) {
                        field.getGenericType();
                        field.getDeclaredAnnotations();
                    }
                    for (Method method : type.getDeclaredMethods()) {
                        method.getGenericReturnType();
                        method.getGenericParameterTypes();
                        method.getDeclaredAnnotations();
                        method.getParameterAnnotations();
                    }
                    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                        constructor.getGenericParameterTypes();
                        constructor.getDeclaredAnnotations();
                    }
                    type.getDeclaredAnnotations();
                } catch (Throwable e) {
                    failures.add(className + ": " + e);
                }
            }
        }
        assertTrue(classes > 40, "classes checked: " + classes);
        assertTrue(failures.isEmpty(), pluginJar.getFileName() + " does not link:\n" + String.join("\n", failures));
    }

    private static List<String> classNames(JarFile jar) throws IOException {
        List<String> names = new ArrayList<>();
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.endsWith(".class") && !name.equals("module-info.class")) {
                names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
            }
        }
        return names;
    }
}
