package se.planprocess.devhost;

import java.nio.file.Path;
import java.time.Instant;

/** The command line: {@code [--port 2990] [--db url] [--db-user u] [--db-password p] [--data dir] [--reset] [--plugin jar] [--clock instant]}. */
public record DevhostOptions(int port, String dbUrl, String dbUser, String dbPassword, Path dataDir, boolean reset,
                             Path pluginJar, Instant clock, boolean demo) {

    public static DevhostOptions defaults() {
        return new DevhostOptions(2990, null, null, null, Path.of("devhost-data"), false, null, null, true);
    }

    public static DevhostOptions parse(String... args) {
        DevhostOptions o = defaults();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> o = o.withPort(Integer.parseInt(value(args, ++i, arg)));
                case "--db" -> o = new DevhostOptions(o.port, value(args, ++i, arg), o.dbUser, o.dbPassword, o.dataDir,
                        o.reset, o.pluginJar, o.clock, o.demo);
                case "--db-user" -> o = new DevhostOptions(o.port, o.dbUrl, value(args, ++i, arg), o.dbPassword, o.dataDir,
                        o.reset, o.pluginJar, o.clock, o.demo);
                case "--db-password" -> o = new DevhostOptions(o.port, o.dbUrl, o.dbUser, value(args, ++i, arg), o.dataDir,
                        o.reset, o.pluginJar, o.clock, o.demo);
                case "--data" -> o = o.withDataDir(Path.of(value(args, ++i, arg)));
                case "--reset" -> o = new DevhostOptions(o.port, o.dbUrl, o.dbUser, o.dbPassword, o.dataDir, true,
                        o.pluginJar, o.clock, o.demo);
                case "--plugin" -> o = o.withPluginJar(Path.of(value(args, ++i, arg)));
                case "--clock" -> o = new DevhostOptions(o.port, o.dbUrl, o.dbUser, o.dbPassword, o.dataDir, o.reset,
                        o.pluginJar, Instant.parse(value(args, ++i, arg)), o.demo);
                case "--no-demo" -> o = new DevhostOptions(o.port, o.dbUrl, o.dbUser, o.dbPassword, o.dataDir, o.reset,
                        o.pluginJar, o.clock, false);
                default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + usage());
            }
        }
        return o;
    }

    public static String usage() {
        return "Usage: java -jar devhost/target/planprocess-devhost.jar [--port 2990] [--db <jdbc-url>]"
                + " [--db-user <user>] [--db-password <password>] [--data <dir>] [--reset] [--plugin <jar>]"
                + " [--clock <ISO-instant>] [--no-demo]";
    }

    public DevhostOptions withPort(int newPort) {
        return new DevhostOptions(newPort, dbUrl, dbUser, dbPassword, dataDir, reset, pluginJar, clock, demo);
    }

    public DevhostOptions withDataDir(Path dir) {
        return new DevhostOptions(port, dbUrl, dbUser, dbPassword, dir, reset, pluginJar, clock, demo);
    }

    public DevhostOptions withPluginJar(Path jar) {
        return new DevhostOptions(port, dbUrl, dbUser, dbPassword, dataDir, reset, jar, clock, demo);
    }

    public DevhostOptions withDatabase(String url, String user, String password) {
        return new DevhostOptions(port, url, user, password, dataDir, reset, pluginJar, clock, demo);
    }

    public DevhostOptions withReset(boolean newReset) {
        return new DevhostOptions(port, dbUrl, dbUser, dbPassword, dataDir, newReset, pluginJar, clock, demo);
    }

    public DevhostOptions withClock(Instant instant) {
        return new DevhostOptions(port, dbUrl, dbUser, dbPassword, dataDir, reset, pluginJar, instant, demo);
    }

    /** The JDBC URL: the given one, or an H2 file database in the data directory. */
    public String jdbcUrl() {
        return dbUrl != null ? dbUrl : "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("devhost") ;
    }

    public String jdbcUser() {
        return dbUser != null ? dbUser : dbUrl == null ? "sa" : "";
    }

    public String jdbcPassword() {
        return dbPassword != null ? dbPassword : dbUrl == null ? "" : "";
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + usage());
        }
        return args[i];
    }
}
