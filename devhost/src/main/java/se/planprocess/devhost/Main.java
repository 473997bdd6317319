package se.planprocess.devhost;

import org.slf4j.LoggerFactory;

/** {@code java -jar planprocess-devhost.jar [options]}: starts the host and prints one line when it is ready. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        DevhostOptions options;
        try {
            options = DevhostOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Devhost host;
        try {
            host = Devhost.start(options);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Main.class).error("The devhost did not start", e);
            System.err.println("The devhost did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(host::close, "devhost-shutdown"));
        try {
            host.seedAppDataIfNew();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Main.class).error("Seeding the app's demo data failed; the host keeps running", e);
        }
        // Announced once the demo region is complete, so nobody (person or test) sees it half made.
        System.out.println("Planprocess devhost ready: " + host.baseUrl());
        System.out.flush();
    }
}
