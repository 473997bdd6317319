package se.planprocess.devhost;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The command line: {@code [--port 2990] [--db url] [--db-user u] [--db-password p] [--data dir] [--reset]
 * [--plugin jar] [--clock instant] [--no-demo] [--hide-package p]...}.
 */
public record DevhostOptions(int port, String dbUrl, String dbUser, String dbPassword, Path dataDir, boolean reset,
                             Path pluginJar, Instant clock, boolean demo, Set<String> hiddenPackages) {

    public DevhostOptions {
        hiddenPackages = Set.copyOf(hiddenPackages);
    }

    public static DevhostOptions defaults() {
        return new DevhostOptions(2990, null, null, null, Path.of("devhost-data"), false, null, null, true, Set.of());
    }

    public static DevhostOptions parse(String... args) {
        DevhostOptions o = defaults();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> o = o.withPort(Integer.parseInt(value(args, ++i, arg)));
                case "--db" -> o = o.withDatabase(value(args, ++i, arg), o.dbUser, o.dbPassword);
                case "--db-user" -> o = o.withDatabase(o.dbUrl, value(args, ++i, arg), o.dbPassword);
                case "--db-password" -> o = o.withDatabase(o.dbUrl, o.dbUser, value(args, ++i, arg));
                case "--data" -> o = o.withDataDir(Path.of(value(args, ++i, arg)));
                case "--reset" -> o = o.withReset(true);
                case "--plugin" -> o = o.withPluginJar(Path.of(value(args, ++i, arg)));
                case "--clock" -> o = o.withClock(Instant.parse(value(args, ++i, arg)));
                case "--no-demo" -> o = o.withDemo(false);
                case "--hide-package" -> o = o.withHiddenPackage(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + usage());
            }
        }
        return o;
    }

    public static String usage() {
        return "Usage: java -jar devhost/target/planprocess-devhost.jar [--port 2990] [--db <jdbc-url>]"
                + " [--db-user <user>] [--db-password <password>] [--data <dir>] [--reset] [--plugin <jar>]"
                + " [--clock <ISO-instant>] [--no-demo] [--hide-package <java.package>]...";
    }

    public DevhostOptions withPort(int newPort) {
        return new DevhostOptions(newPort, dbUrl, dbUser, dbPassword, dataDir, reset, pluginJar, clock, demo,
                hiddenPackages);
    }

    public DevhostOptions withDataDir(Path dir) {
        return new DevhostOptions(port, dbUrl, dbUser, dbPassword, dir, reset, pluginJar, clock, demo, hiddenPackages);
    }

    public DevhostOptions withPluginJar(Path jar) {
        return new DevhostOptions(port, dbUrl, dbUser, dbPassword, dataDir, reset, jar, clock, demo, hiddenPackages);
    }

    public DevhostOptions withDatabase(String url, String user, String password) {
        return new DevhostOptions(port, url, user, password, dataDir, reset, pluginJar, clock, demo, hiddenPackages);
    }

    public DevhostOptions withReset(boolean newReset) {
        return new DevhostOptions(port, dbUrl, dbUser, dbPassword, dataDir, newReset, pluginJar, clock, demo,
                hiddenPackages);
    }

    public DevhostOptions withClock(Instant instant) {
        return new DevhostOptions(port, dbUrl, dbUser, dbPassword, dataDir, reset, pluginJar, instant, demo,
                hiddenPackages);
    }

    public DevhostOptions withDemo(boolean newDemo) {
        return new DevhostOptions(port, dbUrl, dbUser, dbPassword, dataDir, reset, pluginJar, clock, newDemo,
                hiddenPackages);
    }

    /** Hides a package from the host's exports, as Confluence's resolver hook may hide an internal package. */
    public DevhostOptions withHiddenPackage(String packageName) {
        if (!packageName.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
            throw new IllegalArgumentException("--hide-package needs a Java package name, not " + packageName);
        }
        Set<String> hidden = new LinkedHashSet<>(hiddenPackages);
        hidden.add(packageName);
        return new DevhostOptions(port, dbUrl, dbUser, dbPassword, dataDir, reset, pluginJar, clock, demo, hidden);
    }

    /** The JDBC URL: the given one, or an H2 file database in the data directory. */
    public String jdbcUrl() {
        return dbUrl != null ? dbUrl : "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("devhost");
    }

    public String jdbcUser() {
        return dbUser != null ? dbUser : dbUrl == null ? "sa" : "";
    }

    public String jdbcPassword() {
        return dbPassword != null ? dbPassword : "";
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + usage());
        }
        return args[i];
    }
}
