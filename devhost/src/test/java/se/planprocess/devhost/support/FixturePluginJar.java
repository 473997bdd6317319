package se.planprocess.devhost.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds the tiny test plugin from {@code src/test/fixture-plugin} into a jar, once per JVM, compiled against the
 * host's class path, so its classes are only in the plugin class loader (as in Confluence).
 */
public final class FixturePluginJar {
    private static Path jar;
    private static Path classes;

    private FixturePluginJar() {
    }

    public static synchronized Path get() {
        if (jar == null) {
            jar = build();
        }
        return jar;
    }

    /**
     * The fixture plugin with another Import-Package header (the manifest's other headers as they are), to test
     * how the host resolves the bundle.
     */
    public static synchronized Path withImportPackage(String importPackage) {
        return variant(importPackage, UnaryOperator.identity());
    }

    /** The fixture plugin with its Spring context file edited. */
    public static synchronized Path withSpringContextEdit(UnaryOperator<String> edit) {
        return variant(null, edit);
    }

    /** The fixture plugin with both another Import-Package header and an edited Spring context. */
    public static synchronized Path withImportAndSpringContext(String importPackage, UnaryOperator<String> edit) {
        return variant(importPackage, edit);
    }

    /** The fixture plugin's classes and resources without a manifest (a plugin Confluence would transform). */
    public static synchronized Path withoutManifest() {
        get();
        try {
            Path out = Files.createTempDirectory("devhost-fixture-variant").resolve("devhost-fixture-plugin.jar");
            try (JarOutputStream jarOut = new JarOutputStream(Files.newOutputStream(out))) {
                add(jarOut, classes, UnaryOperator.identity());
                add(jarOut, sources().resolve("resources"), UnaryOperator.identity());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path variant(String importPackage, UnaryOperator<String> springEdit) {
        get();
        try {
            Manifest manifest = manifest();
            if (importPackage != null) {
                manifest.getMainAttributes().putValue("Import-Package", importPackage);
            }
            Path out = Files.createTempDirectory("devhost-fixture-variant").resolve("devhost-fixture-plugin.jar");
            write(out, manifest, springEdit);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture manifest's Import-Package header. */
    public static String importPackage() {
        try {
            return manifest().getMainAttributes().getValue("Import-Package");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path sources() {
        return Path.of(System.getProperty("devhost.fixtureSources", "src/test/fixture-plugin"));
    }

    private static Manifest manifest() throws IOException {
        try (InputStream in = Files.newInputStream(sources().resolve("MANIFEST.MF"))) {
            return new Manifest(in);
        }
    }

    private static void write(Path out, Manifest manifest, UnaryOperator<String> springEdit) throws IOException {
        try (JarOutputStream jarOut = new JarOutputStream(Files.newOutputStream(out), manifest)) {
            add(jarOut, classes, UnaryOperator.identity());
            add(jarOut, sources().resolve("resources"), springEdit);
        }
    }

    private static Path build() {
        Path sources = sources();
        try {
            Path work = Files.createTempDirectory("devhost-fixture");
            classes = Files.createDirectories(work.resolve("classes"));
            List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp",
                    System.getProperty("java.class.path"), "-proc:none", "-parameters", "--release", "17"));
            try (Stream<Path> files = Files.walk(sources.resolve("java"))) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
            }
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            if (compiler.run(null, null, null, args.toArray(String[]::new)) != 0) {
                throw new IllegalStateException("The fixture plugin did not compile");
            }
            Path out = work.resolve("devhost-fixture-plugin.jar");
            write(out, manifest(), UnaryOperator.identity());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(JarOutputStream jarOut, Path root, UnaryOperator<String> springEdit) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                jarOut.putNextEntry(new JarEntry(name));
                if (name.startsWith("META-INF/spring/")) {
                    jarOut.write(springEdit.apply(Files.readString(p, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8));
                } else {
                    Files.copy(p, jarOut);
                }
                jarOut.closeEntry();
            }
        }
    }
}
