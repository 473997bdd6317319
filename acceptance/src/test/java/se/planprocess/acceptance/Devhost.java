package se.planprocess.acceptance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local host started from its runnable jar, as the README's run command starts it, with a fresh demo region, a
 * fixed clock and a free port. One instance per test JVM, stopped when the JVM ends.
 */
public final class Devhost {
    /** The day the demo region is seen from: the next cycle's reports are being written, the last ones are due. */
    public static final String CLOCK = "2026-11-23T09:00:00Z";
    private static final Pattern READY = Pattern.compile("^Planprocess devhost ready: (http://127\\.0\\.0\\.1:\\d+/confluence)$");
    private static Devhost instance;

    private final Process process;
    private final String baseUrl;

    private Devhost(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    public static synchronized Devhost shared() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    private static Devhost start() {
        Path jar = Path.of(System.getProperty("planprocess.devhostJar", "../devhost/target/planprocess-devhost.jar"));
        Path work = Path.of(System.getProperty("planprocess.workDir", "target/devhost-it"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The host's runnable jar is missing: " + jar.toAbsolutePath()
                    + " (run mvn package first)");
        }
        try {
            Files.createDirectories(work);
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m", "-jar", jar.toAbsolutePath().toString(),
                    "--port", String.valueOf(port),
                    "--data", work.resolve("data").toAbsolutePath().toString(),
                    "--reset",
                    "--clock", CLOCK));
            String pluginDir = System.getProperty("planprocess.pluginJarDir");
            if (pluginDir != null) {
                try (var jars = Files.list(Path.of(pluginDir))) {
                    jars.filter(p -> p.getFileName().toString().matches("planprocess-confluence-[^-]+(-SNAPSHOT)?\\.jar"))
                            .findFirst()
                            .ifPresent(p -> {
                                command.add("--plugin");
                                command.add(p.toAbsolutePath().toString());
                            });
                }
            }
            Process process = new ProcessBuilder(command)
                    .redirectError(work.resolve("devhost.log").toFile())
                    .start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
                try {
                    String line;
                    while ((line = out.readLine()) != null) {
                        Matcher matcher = READY.matcher(line.strip());
                        if (matcher.matches()) {
                            return matcher.group(1);
                        }
                    }
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            String url = ready.get(180, TimeUnit.SECONDS);
            if (url == null) {
                throw new IllegalStateException("The host stopped before it was ready; see " + work.resolve("devhost.log"));
            }
            Thread drain = new Thread(() -> {
                try {
                    while (out.readLine() != null) {
                        // keep the pipe empty
                    }
                } catch (IOException ignored) {
                    // the host ended
                }
            }, "devhost-stdout");
            drain.setDaemon(true);
            drain.start();
            return new Devhost(process, url);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the local host", e);
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
