package se.planprocess.confluence.bench;

import se.planprocess.confluence.kind.KindCatalogue;
import net.java.ao.DatabaseProvider;
import se.planprocess.confluence.ao.AoCommitteeRepository;
import se.planprocess.confluence.ao.AoCycleRepository;
import se.planprocess.confluence.ao.AoDocChange;
import se.planprocess.confluence.ao.AoDocumentRepository;
import se.planprocess.confluence.ao.AoTrackedDoc;
import se.planprocess.confluence.document.Actor;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.progress.Lateness;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.confluence.testing.Clocks;
import se.planprocess.confluence.workflow.Status;
import se.planprocess.confluence.workflow.Workflows;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Persistence benchmark of a large instance on H2 (in memory) and on PostgreSQL (embedded), through the real
 * Active Objects ORM and the app's own repositories and services. A program, not a test: it never runs in CI.
 * See docs/benchmarks.md for what is measured, why, and how to run it.
 *
 * <p>System properties: {@code bench.quick=true} (a small data set and fewer rounds, for trying it out),
 * {@code bench.db=h2|postgresql|both} (default both), {@code bench.threads} (default 8),
 * {@code bench.seconds} (length of one measured concurrent round, default 5, quick 2), {@code bench.out} (also write
 * the report to this file). AO's own {@code ao.transaction.isolation.level} (default TRANSACTION_SERIALIZABLE) is
 * honoured as AO honours it, and printed.
 */
public final class PersistenceBenchmark {
    /** After every cycle's deadlines (the newest cycle, plan year 2027, has its report deadline on 2026-04-16). */
    private static final String NOW = "2026-10-01T10:00:00+02:00";
    private static final Actor EDITOR = new Actor(Dataset.EDITOR_KEY, Dataset.EDITOR_NAME, false);
    private static final String BACK_COMMENT = "Komplettera avsnittet om ekonomi.";

    private final boolean quick;
    private final int threads;
    private final int seconds;
    private final int warmup;
    private final int rounds;

    private PersistenceBenchmark(boolean quick, int threads, int seconds) {
        this.quick = quick;
        this.threads = threads;
        this.seconds = seconds;
        this.warmup = quick ? 2 : 3;
        this.rounds = quick ? 3 : 5;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = Boolean.getBoolean("bench.quick");
        String which = System.getProperty("bench.db", "both").toLowerCase(Locale.ROOT);
        int threads = Integer.getInteger("bench.threads", 8);
        int seconds = Integer.getInteger("bench.seconds", quick ? 2 : 5);
        PersistenceBenchmark bench = new PersistenceBenchmark(quick, threads, seconds);

        List<String> out = new ArrayList<>();
        out.add("# Planprocess persistence benchmark" + (quick ? " (quick)" : ""));
        out.add("");
        out.addAll(machine());
        long started = System.nanoTime();
        for (AoTestDatabase database : AoTestDatabase.values()) {
            if (which.equals("both") || which.equals(database.name().toLowerCase(Locale.ROOT))) {
                out.add("");
                out.addAll(bench.run(database));
                System.out.flush();
            }
        }
        out.add("");
        out.add(String.format(Locale.ROOT, "Total run time: %.0f s; load average at the end: %s (sink %d)",
                (System.nanoTime() - started) / 1e9, loadAverage(), Harness.sink()));
        System.out.println();
        System.out.println(String.join(System.lineSeparator(), out));
        String file = System.getProperty("bench.out");
        if (file != null) {
            Files.writeString(Path.of(file), String.join("\n", out) + "\n");
        }
    }

    private List<String> run(AoTestDatabase database) throws Exception {
        Dataset data = quick ? new Dataset(30, 3, 2_000, 10) : new Dataset(300, 10, 20_000, 10);
        List<String> out = new ArrayList<>();
        log("== " + database + ": creating the database and loading the data set");

        long t = System.nanoTime();
        EntityManagerActiveObjects ao = database.activeObjects();
        double createMillis = (System.nanoTime() - t) / 1e6;
        data.load(ao);
        AoDocumentRepository documents = new AoDocumentRepository(ao, KindCatalogue.builtIn());
        AoCommitteeRepository committees = new AoCommitteeRepository(ao);
        AoCycleRepository cycles = new AoCycleRepository(ao);
        data.verify(ao, documents);
        Clock clock = Clocks.fixedAt(NOW);
        DocumentService service = new DocumentService(documents, committees, KindCatalogue.builtIn(), clock);
        ProcessCalendar calendar = new ProcessCalendar(clock, KindCatalogue.builtIn());

        out.add("## " + database);
        out.add("");
        out.addAll(databaseFacts(ao, database));
        out.add("");
        out.add(String.format(Locale.ROOT, "Data set: %d committees, %d cycles, %d tracked documents "
                        + "(%d feedback reports with %d history entries each, %d meeting pages, every 20th trashed), "
                        + "%d history rows.", data.committeeCount, data.cycleCount, data.trackedRows,
                data.committeeCount * data.cycleCount, data.historyPerReport, data.meetingCount, data.historyRows));
        out.add("");
        out.add("Set-up (informational, one run):");
        out.add("");
        out.add(String.format(Locale.ROOT, "* create database and migrate the six AO tables: %.0f ms", createMillis));
        double total = createMillis;
        for (Map.Entry<String, Double> step : data.setupMillis.entrySet()) {
            out.add(String.format(Locale.ROOT, "* %s: %.0f ms", step.getKey(), step.getValue()));
            total += step.getValue();
        }
        out.add(String.format(Locale.ROOT, "* total: %.1f s", total / 1000));
        out.add("");

        List<Harness.Result> results = new ArrayList<>();
        DatabaseProvider provider = ao.entityManager().getProvider();

        // 0. What one AO call pays to get a JDBC connection in this runtime (no pool: see docs/benchmarks.md).
        log("connection");
        results.add(Harness.measure("open + close one JDBC connection (AO provider)", warmup, rounds,
                quick ? 50 : 200, i -> {
                    try (Connection c = provider.getConnection()) {
                        return c.getAutoCommit();
                    }
                }));

        // 2. The cross-space tracker's read of one cycle, rotating over all cycles.
        log("findActiveByCycle");
        List<Cycle> allCycles = data.cycles;
        Harness.Result byCycle = Harness.measure("findActiveByCycle(cycle)", warmup, rounds, quick ? 10 : 20,
                i -> documents.findActiveByCycle(allCycles.get(i % allCycles.size()).id()).size());
        int rowsPerCycle = documents.findActiveByCycle(allCycles.get(0).id()).size();
        results.add(byCycle.withNote(rowsPerCycle + " rows per cycle (" + data.committeeCount
                + " reports + active meetings)"));

        // 3. Lateness of every committee in the newest cycle, over the rows the tracker read (pure Java).
        log("lateness");
        Cycle newest = allCycles.get(allCycles.size() - 1);
        List<TrackedDocument> newestRows = documents.findActiveByCycle(newest.id());
        List<Committee> allCommittees = committees.findAll();
        List<Lateness> late = calendar.lateness(newest, allCommittees, newestRows);
        long deadlines = newest.milestones().stream().filter(m -> m.isDeadline() && calendar.hasPassed(m)).count();
        results.add(Harness.measure("ProcessCalendar.lateness(cycle, committees, rows)", warmup, rounds,
                        quick ? 50 : 100, i -> calendar.lateness(newest, allCommittees, newestRows).size())
                .withNote(String.format(Locale.ROOT, "%d committees × %d passed deadlines over %d rows → %d late",
                        allCommittees.size(), deadlines, newestRows.size(), late.size())));

        // 4. One user changing one status: read, check, one transaction inserting history and updating the row.
        log("changeStatus");
        Movers single = new Movers(data, 0, 0, 1);
        results.add(Harness.measure("DocumentService.changeStatus (one user)", warmup, rounds, quick ? 100 : 200,
                        i -> single.move(service, i))
                .withNote("feedback reports of the oldest cycle, forward one step or back with a comment"));

        // 5. The history of one feedback report (10 entries), rotating over the reports of the newest cycle.
        log("history");
        int newestIndex = allCycles.size() - 1;
        long[] historyIds = new long[data.committeeCount];
        for (int c = 0; c < data.committeeCount; c++) {
            historyIds[c] = documents.findByPageId(Dataset.feedbackPageId(newestIndex, c)).orElseThrow().id();
        }
        results.add(Harness.measure("history(documentId)", warmup, rounds, quick ? 100 : 200,
                        i -> documents.history(historyIds[i % historyIds.length]).size())
                .withNote(data.historyPerReport + " entries, among " + data.historyRows + " history rows"));

        // 6. All cycles with their phases and milestones (three queries).
        log("cycles.findAll");
        results.add(Harness.measure("AoCycleRepository.findAll()", warmup, rounds, quick ? 50 : 100,
                        i -> cycles.findAll().size())
                .withNote(data.cycleCount + " cycles, 7 phases and 4 milestones each"));

        out.add("Measured (" + warmup + " warm-up rounds, " + rounds + " measured rounds; median and p95 over all "
                + "measured operations; the lowest–highest round median shows how steady the rounds were):");
        out.add("");
        out.addAll(Harness.table(results));
        out.add("");

        // 7. Concurrent throughput: threads changing statuses of different documents.
        log("concurrent");
        out.addAll(concurrent(data, service));
        return out;
    }

    /** Throughput of {@code threads} writers on disjoint documents, for a warm-up round and measured rounds. */
    private List<String> concurrent(Dataset data, DocumentService service) throws Exception {
        int measuredRounds = quick ? 2 : 3;
        int cycleIndex = Math.min(1, data.cycleCount - 1);
        List<Movers> movers = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            movers.add(new Movers(data, cycleIndex, k, threads));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Double> throughputs = new ArrayList<>();
        List<Double> latencies = new ArrayList<>();
        long conflicts = 0;
        long failures = 0;
        String firstFailure = null;
        try {
            for (int round = -1; round < measuredRounds; round++) {
                boolean measured = round >= 0;
                int length = measured ? seconds : Math.max(1, seconds / 2);
                AtomicBoolean stop = new AtomicBoolean();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Worker>> futures = new ArrayList<>();
                for (Movers m : movers) {
                    futures.add(pool.submit(() -> {
                        Worker w = new Worker();
                        go.await();
                        int i = 0;
                        while (!stop.get()) {
                            long start = System.nanoTime();
                            try {
                                Harness.consume(m.move(service, i++));
                                w.latencies.add((System.nanoTime() - start) / 1e6);
                            } catch (se.planprocess.confluence.document.StaleVersionException e) {
                                w.conflicts++;
                                m.resync(service);
                            } catch (RuntimeException e) {
                                w.failures++;
                                if (w.firstFailure == null) {
                                    w.firstFailure = e;
                                }
                                m.resync(service);
                            }
                        }
                        return w;
                    }));
                }
                long start = System.nanoTime();
                go.countDown();
                Thread.sleep(length * 1000L);
                stop.set(true);
                long operations = 0;
                for (Future<Worker> f : futures) {
                    Worker w = f.get();
                    operations += w.latencies.size();
                    if (measured) {
                        latencies.addAll(w.latencies);
                        conflicts += w.conflicts;
                        failures += w.failures;
                    }
                    if (w.firstFailure != null && firstFailure == null) {
                        firstFailure = rootMessage(w.firstFailure);
                    }
                }
                double elapsed = (System.nanoTime() - start) / 1e9;
                if (measured) {
                    throughputs.add(operations / elapsed);
                }
                log(String.format(Locale.ROOT, "  %s round: %d changes in %.2f s", measured ? "measured" : "warm-up",
                        operations, elapsed));
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "Concurrent: %d threads, each changing statuses of its own %d–%d feedback "
                        + "reports, 1 warm-up round and %d measured rounds of %d s:", threads,
                movers.stream().mapToInt(Movers::size).min().orElse(0),
                movers.stream().mapToInt(Movers::size).max().orElse(0), measuredRounds, seconds));
        out.add("");
        out.add("| benchmark | changes/s (median of rounds) | lowest round | latency median ms | latency p95 ms "
                + "| conflicts | failures |");
        out.add("|---|---:|---:|---:|---:|---:|---:|");
        out.add(String.format(Locale.ROOT, "| changeStatus, %d threads | %.0f | %.0f | %s | %s | %d | %d |", threads,
                Harness.percentile(throughputs, 50), throughputs.stream().mapToDouble(d -> d).min().orElse(0),
                Harness.ms(Harness.percentile(latencies, 50)), Harness.ms(Harness.percentile(latencies, 95)),
                conflicts, failures));
        if (firstFailure != null) {
            out.add("");
            out.add("First failure: " + firstFailure);
        }
        return out;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static final class Worker {
        final List<Double> latencies = new ArrayList<>();
        long conflicts;
        long failures;
        RuntimeException firstFailure;
    }

    /**
     * A set of feedback reports (every {@code stride}-th committee from {@code offset}) that one writer moves along
     * the workflow: one step forward, or from "submitted" one step back with a comment. Reports at "received"
     * (process owner only) are left out. The writer remembers each report's version, as the browser does.
     */
    private static final class Movers {
        private final long[] pageIds;
        private final long[] versions;
        private final int[] ranks;
        private final List<String> statuses = Workflows.FEEDBACK_REPORT.statuses().stream()
                .map(Status::key).toList();

        Movers(Dataset data, int cycleIndex, int offset, int stride) {
            List<Integer> chosen = new ArrayList<>();
            for (int c = offset; c < data.committeeCount; c += stride) {
                if (data.finalStatusIndex(cycleIndex, c) < statuses.size() - 1) {
                    chosen.add(c);
                }
            }
            pageIds = new long[chosen.size()];
            versions = new long[chosen.size()];
            ranks = new int[chosen.size()];
            for (int k = 0; k < chosen.size(); k++) {
                pageIds[k] = Dataset.feedbackPageId(cycleIndex, chosen.get(k));
                versions[k] = data.historyPerReport;
                ranks[k] = data.finalStatusIndex(cycleIndex, chosen.get(k));
            }
        }

        int size() {
            return pageIds.length;
        }

        TrackedDocument move(DocumentService service, int i) {
            int k = i % pageIds.length;
            int submitted = statuses.size() - 2;
            boolean back = ranks[k] >= submitted;
            int target = back ? ranks[k] - 1 : ranks[k] + 1;
            TrackedDocument changed = service.changeStatus(pageIds[k], versions[k], statuses.get(target),
                    back ? BACK_COMMENT : null, true, EDITOR);
            versions[k] = changed.version();
            ranks[k] = target;
            return changed;
        }

        void resync(DocumentService service) {
            for (int k = 0; k < pageIds.length; k++) {
                TrackedDocument d = service.requireByPage(pageIds[k]);
                versions[k] = d.version();
                ranks[k] = statuses.indexOf(d.status());
            }
        }
    }

    private static List<String> machine() {
        List<String> out = new ArrayList<>();
        out.add("## Machine");
        out.add("");
        out.add("* processors (nproc): " + Runtime.getRuntime().availableProcessors());
        out.add("* CPU: " + cpuModel());
        out.add("* OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")");
        out.add("* Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")");
        out.add(String.format(Locale.ROOT, "* JVM max heap: %d MiB; GC: %s", Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining(", "))));
        out.add("* AO transaction isolation (ao.transaction.isolation.level): "
                + System.getProperty("ao.transaction.isolation.level", "TRANSACTION_SERIALIZABLE (AO's default)"));
        out.add("* load average at start (1, 5, 15 min): " + loadAverage()
                + " (other processes on the machine distort the figures)");
        out.add("* JVM arguments: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        return out;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** Versions and settings of the database, the indexes of the two big tables and the plan of the tracker query. */
    private static List<String> databaseFacts(EntityManagerActiveObjects ao, AoTestDatabase database)
            throws SQLException {
        List<String> out = new ArrayList<>();
        DatabaseProvider provider = ao.entityManager().getProvider();
        String docTable = ao.entityManager().getTableNameConverter().getName(AoTrackedDoc.class);
        String changeTable = ao.entityManager().getTableNameConverter().getName(AoDocChange.class);
        try (Connection c = provider.getConnection(); Statement s = c.createStatement()) {
            DatabaseMetaData meta = c.getMetaData();
            out.add("* database: " + meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion()
                    + "; driver " + meta.getDriverName() + " " + meta.getDriverVersion());
            if (database == AoTestDatabase.POSTGRESQL) {
                try (ResultSet rs = s.executeQuery("SELECT version()")) {
                    rs.next();
                    out.add("* server: " + rs.getString(1));
                }
                StringBuilder settings = new StringBuilder("* settings:");
                try (ResultSet rs = s.executeQuery("SELECT name, setting, unit FROM pg_settings WHERE name IN "
                        + "('fsync', 'synchronous_commit', 'shared_buffers', 'max_connections', 'work_mem') "
                        + "ORDER BY name")) {
                    while (rs.next()) {
                        settings.append(' ').append(rs.getString(1)).append('=').append(rs.getString(2))
                                .append(rs.getString(3) == null ? "" : " × " + rs.getString(3));
                    }
                }
                out.add(settings.toString());
            } else {
                out.add("* URL: " + meta.getURL() + " (in memory)");
            }
            String schema = database == AoTestDatabase.POSTGRESQL ? "public" : "PUBLIC";
            out.add("* indexes of " + docTable + ": " + indexes(meta, schema, docTable));
            out.add("* indexes of " + changeTable + ": " + indexes(meta, schema, changeTable));
            int someCycle;
            try (ResultSet rs = s.executeQuery("SELECT MAX(" + provider.quote("CYCLE_ID") + ") FROM "
                    + provider.withSchema(docTable))) {
                rs.next();
                someCycle = rs.getInt(1);
            }
            String explain = (database == AoTestDatabase.POSTGRESQL ? "EXPLAIN ANALYZE " : "EXPLAIN ")
                    + "SELECT * FROM " + provider.withSchema(docTable) + " WHERE " + provider.quote("CYCLE_ID")
                    + " = " + someCycle + " AND " + provider.quote("STATE") + " = 'ACTIVE'";
            out.add("* plan of the tracker's query (`" + explain + "`):");
            out.add("");
            out.add("```");
            try (ResultSet rs = s.executeQuery(explain)) {
                while (rs.next()) {
                    out.add(rs.getString(1).replaceAll("\\s+\\n", "\n").strip());
                }
            }
            out.add("```");
        }
        return out;
    }

    private static String indexes(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<String, List<String>> byIndex = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (name != null && column != null) {
                    byIndex.computeIfAbsent(name, k -> new ArrayList<>()).add(column.replace("\"", "")
                            + (rs.getBoolean("NON_UNIQUE") ? "" : " (unique)"));
                }
            }
        }
        return byIndex.values().stream().map(cols -> String.join("+", cols)).sorted()
                .collect(Collectors.joining(", "));
    }

    private static void log(String message) {
        System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + message);
        System.out.flush();
    }
}
