package se.planprocess.devhost.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds the tiny test plugin from {@code src/test/fixture-plugin} into a jar, once per JVM, compiled against the
 * host's class path, so its classes are only in the plugin class loader (as in Confluence).
 */
public final class FixturePluginJar {
    private static Path jar;

    private FixturePluginJar() {
    }

    public static synchronized Path get() {
        if (jar == null) {
            jar = build();
        }
        return jar;
    }

    private static Path build() {
        Path sources = Path.of(System.getProperty("devhost.fixtureSources", "src/test/fixture-plugin"));
        try {
            Path work = Files.createTempDirectory("devhost-fixture");
            Path classes = Files.createDirectories(work.resolve("classes"));
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
            try (JarOutputStream jarOut = new JarOutputStream(Files.newOutputStream(out))) {
                add(jarOut, classes);
                add(jarOut, sources.resolve("resources"));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(JarOutputStream jarOut, Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                jarOut.putNextEntry(new JarEntry(root.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, jarOut);
                jarOut.closeEntry();
            }
        }
    }
}
