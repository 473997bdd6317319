package se.planprocess.devhost.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the built plugin jar: the newest {@code plugin/target/planprocess-confluence-*.jar} that is not the
 * {@code -confluence10} one, from the working directory or a parent of it (the repository root).
 */
public final class PluginJarLocator {
    private PluginJarLocator() {
    }

    public static Path locate(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Optional<Path> jar = newestIn(dir.resolve("plugin").resolve("target"));
            if (jar.isPresent()) {
                return jar.get();
            }
        }
        throw new IllegalStateException("No plugin jar found in plugin/target under " + start.toAbsolutePath()
                + " or its parents. Build it (mvn -B install -DskipTests) or pass --plugin <jar>.");
    }

    public static Optional<Path> newestIn(Path targetDir) {
        if (!Files.isDirectory(targetDir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(targetDir)) {
            return files.filter(PluginJarLocator::isPluginJar)
                    .max(Comparator.comparing(PluginJarLocator::modified));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isPluginJar(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith("planprocess-confluence-") && name.endsWith(".jar") && !name.contains("-confluence10")
                && !name.endsWith("-sources.jar") && !name.endsWith("-tests.jar") && !name.endsWith("-javadoc.jar");
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
