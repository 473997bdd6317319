package se.planprocess.devhost.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import se.planprocess.devhost.Devhost;
import se.planprocess.devhost.DevhostOptions;

/** Hosts for tests: on a random free port, a temporary H2 file database, the fixture plugin. */
public final class TestHosts {
    private static Devhost shared;

    private TestHosts() {
    }

    /** One host shared by the test classes that do not restart it (started once per JVM). */
    public static synchronized Devhost shared() {
        if (shared == null) {
            shared = Devhost.start(options(tempDir()));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    public static DevhostOptions options(Path dataDir) {
        return DevhostOptions.defaults().withPort(0).withDataDir(dataDir).withPluginJar(FixturePluginJar.get());
    }

    public static Path tempDir() {
        try {
            return Files.createTempDirectory("devhost-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
