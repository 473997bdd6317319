package se.planprocess.devhost.bench;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.planprocess.devhost.Devhost;
import se.planprocess.devhost.DevhostOptions;
import se.planprocess.devhost.content.EntityMapper;
import se.planprocess.devhost.plugin.PluginJarLocator;
import se.planprocess.devhost.render.DevConversionContext;
import se.planprocess.devhost.security.DevPermissionManager;
import se.planprocess.devhost.security.DevUser;
import se.planprocess.devhost.store.SpaceStore;
import se.planprocess.hostao.EmbeddedPostgresDatabase;

/**
 * The tracker benchmark, in the local host with the built plugin jar: the tracker macro's {@code execute}, the JSON
 * and XLSX endpoints over HTTP, and the page listener's cost on an unrelated page, against a lean
 * Page-Properties-Report-style baseline in the same run; then the growth from 10 to 300 committees. A program, not a
 * test. See docs/benchmarks.md ("Tracker benchmarks").
 *
 * <p>System properties: {@code bench.quick=true} (30 committees, 10,000 unrelated pages, 2,000 meetings, fewer
 * rounds), {@code bench.db=h2|postgresql|both} (default both), {@code bench.out=FILE} (also write the report there),
 * {@code bench.plugin=JAR} (default: the newest plugin jar under plugin/target).
 */
public final class TrackerBenchmark {
    /** Between the measured cycle's deadlines: feedback due 1 and 26 September have passed, the plan's are ahead. */
    static final Instant NOW = Instant.parse("2026-10-01T08:00:00Z");
    private static final Pattern ROW_HEADER = Pattern.compile("<th scope=\"row\">");
    private static final String API = "/rest/planprocess/1.0";

    private final boolean quick;
    private final int warmup;
    private final int rounds;
    private final ObjectMapper json = new ObjectMapper();

    private TrackerBenchmark(boolean quick) {
        this.quick = quick;
        this.warmup = quick ? 1 : 2;
        this.rounds = quick ? 3 : 5;
    }

    /**
     * {@code -Dbench.focus=true}: only the 300 committees (no growth rows), the macro, the baseline and the breakdown,
     * for working on the tracker's time; not a recorded run.
     */
    private static final boolean FOCUS = Boolean.getBoolean("bench.focus");

    public static void main(String[] args) throws Exception {
        boolean quick = Boolean.getBoolean("bench.quick");
        String which = System.getProperty("bench.db", "both").toLowerCase(Locale.ROOT);
        TrackerBenchmark bench = new TrackerBenchmark(quick);
        List<String> out = new ArrayList<>();
        out.add("# Planprocess tracker benchmark" + (quick ? " (quick)" : ""));
        out.add("");
        out.addAll(machine());
        long started = System.nanoTime();
        for (String db : List.of("h2", "postgresql")) {
            if (which.equals("both") || which.equals(db)) {
                out.add("");
                out.addAll(bench.run(db));
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
        System.exit(0);
    }

    private List<String> run(String db) throws Exception {
        int committees = quick ? 30 : 300;
        int[] steps = quick ? new int[] {10, 30} : FOCUS ? new int[] {300} : new int[] {10, 30, 100, 300};
        Path jar = System.getProperty("bench.plugin") != null ? Path.of(System.getProperty("bench.plugin"))
                : PluginJarLocator.locate(Path.of(""));
        DevhostOptions options = DevhostOptions.defaults().withPort(0).withDemo(false).withClock(NOW)
                .withPluginJar(jar).withDataDir(Files.createTempDirectory("tracker-bench"));
        if (db.equals("postgresql")) {
            options = options.withDatabase(EmbeddedPostgresDatabase.freshDatabaseUrl("tracker_bench"), "postgres",
                    "postgres");
        }
        List<String> out = new ArrayList<>();
        log("== " + db + ": starting the host with " + jar.getFileName());
        long t = System.nanoTime();
        try (Devhost host = Devhost.start(options)) {
            double startMillis = (System.nanoTime() - t) / 1e6;
            TrackerInstance instance = new TrackerInstance(host, committees, 4, quick ? 10_000 : 100_000,
                    quick ? 2_000 : 20_000);
            instance.createBase();
            Fixture f = new Fixture(host, instance);
            out.add("## " + db + (db.equals("h2") ? " (file database, as the host runs it)" : " (embedded 14)"));
            out.add("");
            List<String[]> growth = new ArrayList<>();
            int from = 0;
            for (int step : steps) {
                log("adding committees " + (from + 1) + "–" + step);
                instance.addCommittees(from, step);
                from = step;
                f.check(step);
                if (!FOCUS) {
                    growth.add(f.growthRow(step));
                }
            }
            out.add(String.format(Locale.ROOT, "Data set: %d committees, %d cycles, %,d pages in the host "
                            + "(%,d unrelated, %,d meeting pages, %,d report pages, %d home pages and a dashboard), "
                            + "%,d tracked documents with %,d history rows in the app's index.",
                    committees, instance.cycleCount, f.count("DEVHOST_PAGE"), instance.unrelatedPages,
                    instance.meetingCount, f.reportPages(), committees, f.count(f.table("TRACKED_DOC")),
                    f.count(f.table("DOC_CHANGE"))));
            out.add("");
            out.add("Set-up (informational, one run):");
            out.add("");
            out.add(String.format(Locale.ROOT, "* host start (migrates the AO tables, loads the plugin): %.0f ms",
                    startMillis));
            instance.setupMillis.forEach((step, ms) -> out.add(String.format(Locale.ROOT, "* %s: %.0f ms", step, ms)));
            out.add("");
            out.addAll(f.checks);
            out.add("");
            log("measuring at " + committees + " committees");
            List<Harness.Result> results = f.measureAll();
            out.add("Load average before measuring: " + f.loadBefore + "; after: " + loadAverage());
            out.add("");
            out.addAll(Harness.table(results));
            if (FOCUS) {
                return out;
            }
            out.add("");
            out.add("Ratios (baseline median / tracker median, baseline p95 / tracker p95):");
            out.add("");
            out.addAll(f.ratios(results));
            out.add("");
            out.add("Growth (the same instance on its way to the full size; medians / p95 in ms):");
            out.add("");
            out.add("| committees | tracker macro, sees all | JSON, sees all | baseline, sees all |");
            out.add("|---:|---:|---:|---:|");
            for (String[] row : growth) {
                out.add("| " + String.join(" | ", row) + " |");
            }
        }
        return out;
    }

    /** The host's services and the two users, for one database. */
    private final class Fixture {
        final Devhost host;
        final TrackerInstance instance;
        final DevPermissionManager permissions;
        final PagePropertiesBaseline baseline;
        final Macro macro;
        final DevUser all;
        final DevUser half;
        final Client allHttp;
        final Client halfHttp;
        final Page dashboard;
        final String cycleKey;
        final int cycle;
        final List<String> checks = new ArrayList<>();
        String loadBefore = "";

        Fixture(Devhost host, TrackerInstance instance) throws Exception {
            this.host = host;
            this.instance = instance;
            SpaceStore spaces = new SpaceStore(host.database());
            permissions = new DevPermissionManager(spaces, host.pages(), host.users());
            baseline = new PagePropertiesBaseline(host.database(), permissions,
                    new se.planprocess.devhost.content.DevLabelManager(host.pages(), spaces,
                            new EntityMapper(spaces, host.pages(), host.users())));
            macro = host.plugin().macro("planprocess-tracker");
            all = host.users().byUsername(TrackerInstance.ALL_USER).orElseThrow();
            half = host.users().byUsername(TrackerInstance.HALF_USER).orElseThrow();
            allHttp = new Client(host.baseUrl(), TrackerInstance.ALL_USER);
            halfHttp = new Client(host.baseUrl(), TrackerInstance.HALF_USER);
            cycle = instance.cycleCount - 2;
            cycleKey = instance.cycleKeys.get(cycle);
            dashboard = new EntityMapper(spaces, host.pages(), host.users())
                    .page(host.pages().byId(TrackerInstance.dashboardPageId()).orElseThrow());
            host.pages().update(dashboard.getId(), "Processöversikt", "<ac:structured-macro ac:name=\""
                    + "planprocess-tracker\"><ac:parameter ac:name=\"cycle\">" + cycleKey
                    + "</ac:parameter></ac:structured-macro>", 2, TrackerInstance.ALL_USER, NOW);
        }

        /** The macro's execute, as the host calls it while it renders a page (user on the thread, display). */
        String macro(DevUser user) throws Exception {
            AuthenticatedUserThreadLocal.set(user);
            try {
                return macro.execute(Map.of("cycle", cycleKey), "",
                        new DevConversionContext(dashboard, TrackerInstance.DASHBOARD_SPACE, "display"));
            } finally {
                AuthenticatedUserThreadLocal.reset();
            }
        }

        Map<String, Integer> baseline(DevUser user) {
            return baseline.statusCounts(user, TrackerInstance.cycleLabel(cycle));
        }

        Map<String, Integer> hostBaseline(DevUser user) {
            return baseline.statusCountsThroughHost(user, TrackerInstance.cycleLabel(cycle));
        }

        String jsonText(Client session) throws Exception {
            HttpResponse<byte[]> r = session.get(API + "/tracker?cycle=" + cycleKey);
            String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("tracker JSON: " + r.statusCode() + " " + body);
            }
            return body;
        }

        byte[] xlsx(Client session) throws Exception {
            HttpResponse<byte[]> r = session.get(API + "/tracker/export?format=xlsx&cycle=" + cycleKey);
            if (r.statusCode() != 200 || r.body().length < 4 || r.body()[0] != 'P' || r.body()[1] != 'K') {
                throw new IllegalStateException("XLSX export: " + r.statusCode());
            }
            return r.body();
        }

        /** Before any timing: the outputs agree with the data set and with each other, else the run stops. */
        void check(int committees) throws Exception {
            int halfCommittees = (committees + 1) / 2;
            JsonNode allJson = json.readTree(jsonText(allHttp));
            JsonNode halfJson = json.readTree(jsonText(halfHttp));
            require(allJson.get("rows").size() == committees, "JSON rows for the all-seeing user: "
                    + allJson.get("rows").size() + ", expected " + committees);
            require(halfJson.get("rows").size() == halfCommittees, "JSON rows for the half user: "
                    + halfJson.get("rows").size() + ", expected " + halfCommittees);
            int allRows = rowHeaders(macro(all)) - 1;
            int halfRows = rowHeaders(macro(half)) - 1;
            require(allRows == committees, "macro rows for the all-seeing user: " + allRows);
            require(halfRows == halfCommittees, "macro rows for the half user: " + halfRows);
            Map<String, Integer> trackerAll = statusCounts(allJson);
            Map<String, Integer> trackerHalf = statusCounts(halfJson);
            Map<String, Integer> expectedAll = expectedCounts(committees, false);
            require(trackerAll.equals(expectedAll), "tracker counts " + trackerAll + " ≠ data set " + expectedAll);
            require(trackerHalf.equals(expectedCounts(committees, true)), "tracker counts of the half user "
                    + trackerHalf);
            require(baseline(all).equals(trackerAll), "baseline " + baseline(all) + " ≠ tracker " + trackerAll);
            require(baseline(half).equals(trackerHalf), "baseline (half) " + baseline(half) + " ≠ tracker "
                    + trackerHalf);
            require(hostBaseline(all).equals(trackerAll), "baseline through the host " + hostBaseline(all)
                    + " ≠ tracker " + trackerAll);
            require(hostBaseline(half).equals(trackerHalf), "baseline through the host (half) "
                    + hostBaseline(half) + " ≠ tracker " + trackerHalf);
            int missing = missingCells(allJson);
            int expectedMissing = 0;
            for (int c = 0; c < committees; c++) {
                expectedMissing += TrackerInstance.hasFeedback(c) ? 0 : 1;
            }
            require(missing == expectedMissing, "missing cells " + missing + ", expected " + expectedMissing);
            int active = findActiveByCycle();
            int expectedActive = 0;
            for (int c = 0; c < committees; c++) {
                expectedActive += (TrackerInstance.hasFeedback(c) ? 1 : 0) + (TrackerInstance.hasOperational(c) ? 1 : 0);
            }
            for (int m = 0; m < instance.meetingCount; m++) {
                if (instance.meetingCommittee(m) < committees && instance.meetingCycle(m) == cycle) {
                    expectedActive++;
                }
            }
            require(active == expectedActive, "the app's repository finds " + active + " active documents in the"
                    + " cycle, expected " + expectedActive);
            byte[] sheet = xlsx(allHttp);
            checks.add(String.format(Locale.ROOT, "Checked at %d committees: JSON and macro rows %d (all) and %d "
                            + "(half); status counts of tracker = data set = baseline (%d and %d documents), "
                            + "%d \"saknas\" cells; the repository's findActiveByCycle %d rows (reports and meetings); "
                            + "XLSX %,d bytes.", committees, allRows, halfRows, sum(trackerAll), sum(trackerHalf),
                    missing, active, sheet.length));
        }

        String[] growthRow(int committees) throws Exception {
            int ops = committees <= 30 ? 20 : 10;
            Harness.Result m = Harness.measure("macro", warmup, rounds, ops, i -> macro(all).length());
            Harness.Result j = Harness.measure("json", warmup, rounds, ops, i -> jsonText(allHttp).length());
            Harness.Result b = Harness.measure("baseline", warmup, rounds, ops, i -> baseline(all).size());
            return new String[] {String.valueOf(committees), Harness.ms(m.median()) + " / " + Harness.ms(m.p95()),
                    Harness.ms(j.median()) + " / " + Harness.ms(j.p95()),
                    Harness.ms(b.median()) + " / " + Harness.ms(b.p95())};
        }

        List<Harness.Result> measureAll() throws Exception {
            loadBefore = loadAverage();
            int ops = quick ? 10 : 20;
            List<Harness.Result> results = new ArrayList<>();
            log("tracker macro");
            results.add(Harness.measure("tracker macro execute, sees all", warmup, rounds, ops,
                    i -> macro(all).length()).withNote(macro(all).length() + " characters of HTML"));
            results.add(Harness.measure("tracker macro execute, sees half", warmup, rounds, ops,
                    i -> macro(half).length()));
            log("baseline");
            results.add(Harness.measure("baseline (label → bodies → StAX), sees all", warmup, rounds, ops,
                    i -> baseline(all).size()).withNote(sum(baseline(all)) + " pages read"));
            results.add(Harness.measure("baseline through the host's API, sees all", warmup, rounds, ops,
                    i -> hostBaseline(all).size()).withNote("getContentForLabel, hasPermission and getBodyAsString"
                    + " per page"));
            if (FOCUS) {
                results.addAll(breakdown());
                return results;
            }
            results.add(Harness.measure("baseline (label → bodies → StAX), sees half", warmup, rounds, ops,
                    i -> baseline(half).size()).withNote(sum(baseline(half)) + " pages read"));
            results.add(Harness.measure("baseline through the host's API, sees half", warmup, rounds, ops,
                    i -> hostBaseline(half).size()));
            log("page view, JSON, XLSX");
            results.add(Harness.measure("page view with the tracker (HTTP), sees all", warmup, rounds, ops,
                    i -> allHttp.get("/pages/viewpage.action?pageId=" + dashboard.getId()).body().length)
                    .withNote("whole page: layout, storage render, macro; loopback HTTP"));
            results.add(Harness.measure("JSON /tracker (HTTP), sees all", warmup, rounds, ops,
                    i -> jsonText(allHttp).length()).withNote(jsonText(allHttp).length()
                    + " bytes"));
            results.add(Harness.measure("JSON /tracker (HTTP), sees half", warmup, rounds, ops,
                    i -> jsonText(halfHttp).length()));
            results.add(Harness.measure("XLSX /tracker/export (HTTP), sees all", warmup, rounds, ops,
                    i -> xlsx(allHttp).length)
                    .withNote(xlsx(allHttp).length + " bytes"));
            results.add(Harness.measure("XLSX /tracker/export (HTTP), sees half", warmup, rounds, ops,
                    i -> xlsx(halfHttp).length));
            results.add(Harness.measure("HTTP floor: unknown cycle (400)", warmup, rounds, ops,
                    i -> allHttp.get(API + "/tracker?cycle=none").statusCode())
                    .withNote("login session, dispatch, cycle lookup, error JSON"));
            log("breakdown");
            results.addAll(breakdown());
            log("listener");
            results.addAll(listener());
            return results;
        }

        /**
         * Where the macro's time goes, through the plugin's own beans: the service without the view, the index read,
         * and the host's page permission check for every document of the cycle against only the ones the matrix
         * shows (its two committee-scoped kinds).
         */
        List<Harness.Result> breakdown() throws Exception {
            Map<String, Object> beans = host.plugin().container().beans();
            Object service = beans.get("trackerService");
            Object repository = beans.get("aoDocumentRepository");
            Object access = beans.get("confluenceAccess");
            Class<?> viewerClass = host.plugin().container().loadClass(
                    "se.planprocess.confluence.host.ConfluenceTrackerViewer");
            Class<?> viewerPort = host.plugin().container().loadClass("se.planprocess.confluence.tracker.TrackerViewer");
            Class<?> cycleClass = host.plugin().container().loadClass("se.planprocess.confluence.process.Cycle");
            Method cycleOf = service.getClass().getMethod("cycle", String.class);
            Method matrix = service.getClass().getMethod("matrix", cycleClass, viewerPort);
            Method find = repository.getClass().getMethod("findActiveByCycle", long.class);
            Method viewable = access.getClass().getMethod("viewablePage", long.class);
            Object cycleObject = ((java.util.Optional<?>) cycleOf.invoke(service, cycleKey)).orElseThrow();
            List<?> documents = (List<?>) find.invoke(repository, instance.cycleIds.get(cycle));
            List<Long> allPages = new ArrayList<>();
            List<Long> shownPages = new ArrayList<>();
            List<Long> shownIds = new ArrayList<>();
            for (Object d : documents) {
                long pageId = (Long) d.getClass().getMethod("pageId").invoke(d);
                String kind = d.getClass().getMethod("kind").invoke(d).toString();
                allPages.add(pageId);
                if (!kind.equals(TrackerInstance.MEETING)) {
                    shownPages.add(pageId);
                    shownIds.add((Long) d.getClass().getMethod("id").invoke(d));
                }
            }
            int ops = quick ? 5 : 10;
            List<Harness.Result> rows = new ArrayList<>();
            rows.add(asUser(all, () -> Harness.measure("breakdown: TrackerService.matrix (no view), sees all", warmup,
                    rounds, ops, i -> matrix.invoke(service, cycleObject, viewerClass.getConstructors()[0]
                            .newInstance(access)).hashCode())));
            rows.add(Harness.measure("breakdown: findActiveByCycle", warmup, rounds, ops,
                    i -> ((List<?>) find.invoke(repository, instance.cycleIds.get(cycle))).size())
                    .withNote(documents.size() + " rows: reports and meetings"));
            Method findKinds = repository.getClass().getMethod("findActiveByCycle", long.class, java.util.Set.class);
            java.lang.reflect.Constructor<?> kind = host.plugin().container()
                    .loadClass("se.planprocess.confluence.process.DocumentKind").getConstructor(String.class);
            java.util.Set<Object> columns = java.util.Set.of(kind.newInstance("feedback-report"),
                    kind.newInstance("operational-plan"));
            int columnRows = ((List<?>) findKinds.invoke(repository, instance.cycleIds.get(cycle), columns)).size();
            require(columnRows == shownIds.size(), "findActiveByCycle(cycle, kinds) finds " + columnRows
                    + " documents, expected " + shownIds.size());
            rows.add(Harness.measure("breakdown: findActiveByCycle(cycle, the columns' kinds)", warmup, rounds, ops,
                    i -> ((List<?>) findKinds.invoke(repository, instance.cycleIds.get(cycle), columns)).size())
                    .withNote(columnRows + " rows: the reports, what the tracker reads"));
            if (!FOCUS) {
                rows.add(asUser(all, () -> Harness.measure("breakdown: viewablePage × every document of the cycle",
                        warmup, rounds, ops, i -> {
                            int n = 0;
                            for (long id : allPages) {
                                n += ((java.util.Optional<?>) viewable.invoke(access, id)).isPresent() ? 1 : 0;
                            }
                            return n;
                        }).withNote(allPages.size() + " host permission checks")));
            }
            rows.add(asUser(all, () -> Harness.measure("breakdown: viewablePage × the shown kinds' documents, one by one",
                    warmup, rounds, ops, i -> {
                        int n = 0;
                        for (long id : shownPages) {
                            n += ((java.util.Optional<?>) viewable.invoke(access, id)).isPresent() ? 1 : 0;
                        }
                        return n;
                    }).withNote(shownPages.size() + " host permission checks")));
            if (FOCUS) {
                rows.add(Harness.measure("host: PageStore.byIds, the shown kinds' pages", warmup, rounds, ops,
                        i -> host.pages().byIds(shownPages).size()));
                rows.add(Harness.measure("host: PageStore.nodes, the shown kinds' pages", warmup, rounds, ops,
                        i -> host.pages().nodes(shownPages).size()));
                rows.add(Harness.measure("host: PageStore.restrictions, the shown kinds' pages", warmup, rounds, ops,
                        i -> host.pages().restrictions(shownPages).size()));
            }
            Method viewablePages = access.getClass().getMethod("viewablePages", java.util.Collection.class);
            rows.add(asUser(all, () -> Harness.measure("breakdown: viewablePages, the shown kinds' documents at once",
                    warmup, rounds, ops, i -> ((Map<?, ?>) viewablePages.invoke(access, shownPages)).size())
                    .withNote(shownPages.size() + " pages loaded, one list permission check")));
            Object committeeRepo = beans.get("aoCommitteeRepository");
            List<String> committeeSpaces = new ArrayList<>();
            for (Object c : (List<?>) committeeRepo.getClass().getMethod("findAll").invoke(committeeRepo)) {
                committeeSpaces.add((String) c.getClass().getMethod("spaceKey").invoke(c));
            }
            Method viewableSpaces = access.getClass().getMethod("viewableSpaceKeys", java.util.Collection.class);
            rows.add(asUser(all, () -> Harness.measure("breakdown: viewableSpaceKeys, every committee's space at once",
                    warmup, rounds, ops, i -> ((java.util.Set<?>) viewableSpaces.invoke(access, committeeSpaces)).size())
                    .withNote(committeeSpaces.size() + " spaces looked up, one list permission check")));
            List<?> activeCommittees = ((List<?>) committeeRepo.getClass().getMethod("findAll").invoke(committeeRepo))
                    .stream().filter(c -> {
                        try {
                            return (Boolean) c.getClass().getMethod("active").invoke(c);
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
            List<Object> shownDocuments = new ArrayList<>();
            for (Object d : documents) {
                if (!d.getClass().getMethod("kind").invoke(d).toString().equals(TrackerInstance.MEETING)) {
                    shownDocuments.add(d);
                }
            }
            Method visibleCommittees = viewerPort.getMethod("visibleCommittees", List.class);
            Method visibleDocuments = viewerPort.getMethod("visibleDocuments", List.class);
            rows.add(asUser(all, () -> Harness.measure("breakdown: visibleCommittees (one list)", warmup, rounds, ops,
                    i -> ((List<?>) visibleCommittees.invoke(viewerClass.getConstructors()[0].newInstance(access),
                            activeCommittees)).size())
                    .withNote(activeCommittees.size() + " committees: a space lookup each, one permission call")));
            rows.add(asUser(all, () -> Harness.measure("breakdown: visibleDocuments (one list)", warmup, rounds, ops,
                    i -> ((List<?>) visibleDocuments.invoke(viewerClass.getConstructors()[0].newInstance(access),
                            shownDocuments)).size())
                    .withNote(shownDocuments.size() + " documents: one page call, one permission call")));
            Object history = beans.get("aoStatusHistory");
            Method changes = history.getClass().getMethod("statusChanges", java.util.Collection.class);
            rows.add(Harness.measure("breakdown: statusChanges of the shown kinds' documents", warmup, rounds, ops,
                    i -> ((Map<?, ?>) changes.invoke(history, shownIds)).size()));
            Object committeeRepository = beans.get("aoCommitteeRepository");
            Method committeesAll = committeeRepository.getClass().getMethod("findAll");
            rows.add(Harness.measure("breakdown: committees findAll", warmup, rounds, ops,
                    i -> ((List<?>) committeesAll.invoke(committeeRepository)).size()));
            rows.add(Harness.measure("breakdown: TrackerService.cycle(key) (all cycles)", warmup, rounds, ops,
                    i -> cycleOf.invoke(service, cycleKey).hashCode()));
            return rows;
        }

        private Harness.Result asUser(DevUser user, java.util.concurrent.Callable<Harness.Result> work)
                throws Exception {
            AuthenticatedUserThreadLocal.set(user);
            try {
                return work.call();
            } finally {
                AuthenticatedUserThreadLocal.reset();
            }
        }

        /**
         * Saving an unrelated page with the app's listeners registered and without them, alternating rounds in the
         * same run; plus publishing the same PageUpdateEvent to the registered listeners alone.
         */
        List<Harness.Result> listener() throws Exception {
            Object bean = host.plugin().container().beans().get("pageEventListener");
            Method register = bean.getClass().getMethod("register");
            Method unregister = bean.getClass().getMethod("unregister");
            int ops = quick ? 50 : 200;
            int pairs = rounds;
            List<Double> with = new ArrayList<>();
            List<Double> without = new ArrayList<>();
            int[] counter = {0};
            Harness.Op save = i -> {
                long id = 11_000_000L + 1 + (counter[0]++ % Math.max(1, instance.unrelatedPages - 1));
                return host.pageService().update(all, id, "Anteckning " + (id - 11_000_000L + 1),
                        "<p>Ändrad " + counter[0] + "</p>").getVersion();
            };
            List<Harness.Result> rows = new ArrayList<>();
            for (int r = 0; r < warmup + pairs; r++) {
                Harness.Result a = Harness.measure("with", 0, 1, ops, save);
                unregister.invoke(bean);
                Harness.Result b;
                try {
                    b = Harness.measure("without", 0, 1, ops, save);
                } finally {
                    register.invoke(bean);
                }
                if (r >= warmup) {
                    with.add(a.median());
                    without.add(b.median());
                }
            }
            Harness.Result savedWith = Harness.measure("save an unrelated page, the app's listeners registered",
                    warmup, rounds, ops, save);
            unregister.invoke(bean);
            Harness.Result savedWithout;
            try {
                savedWithout = Harness.measure("save an unrelated page, the app's listeners not registered", warmup,
                        rounds, ops, save);
            } finally {
                register.invoke(bean);
            }
            double[] diffs = new double[with.size()];
            for (int k = 0; k < diffs.length; k++) {
                diffs[k] = with.get(k) - without.get(k);
            }
            rows.add(savedWith);
            rows.add(savedWithout.withNote(String.format(Locale.ROOT, "alternating rounds: with − without, median "
                    + "of %d round pairs %.3f ms (pairs %.3f … %.3f)", diffs.length, Harness.percentile(diffs, 50),
                    min(diffs), max(diffs))));
            Page unrelated = new EntityMapper(new SpaceStore(host.database()), host.pages(), host.users())
                    .page(host.pages().byId(11_000_001L).orElseThrow());
            var event = new com.atlassian.confluence.event.events.content.page.PageUpdateEvent(this, unrelated,
                    unrelated);
            rows.add(Harness.measure("PageUpdateEvent of an unrelated page, to the app's listener alone", warmup,
                    rounds, ops, i -> {
                        AuthenticatedUserThreadLocal.set(all);
                        try {
                            host.eventPublisher().publish(event);
                        } finally {
                            AuthenticatedUserThreadLocal.reset();
                        }
                        return i;
                    }).withNote("the listener's own cost: the index lookup by page id"));
            return rows;
        }

        List<String> ratios(List<Harness.Result> results) {
            Map<String, Harness.Result> byName = new TreeMap<>();
            results.forEach(r -> byName.put(r.name(), r));
            List<String> lines = new ArrayList<>();
            lines.add("| measured | baseline / it (median) | baseline / it (p95) |");
            lines.add("|---|---:|---:|");
            lines.set(0, "| measured | lean baseline / it (median) | lean baseline / it (p95) "
                    + "| baseline through the host / it (median) | through the host / it (p95) |");
            lines.set(1, "|---|---:|---:|---:|---:|");
            for (String who : List.of("sees all", "sees half")) {
                Harness.Result base = byName.get("baseline (label → bodies → StAX), " + who);
                Harness.Result hostBase = byName.get("baseline through the host's API, " + who);
                for (String name : List.of("tracker macro execute, ", "JSON /tracker (HTTP), ",
                        "XLSX /tracker/export (HTTP), ")) {
                    Harness.Result r = byName.get(name + who);
                    lines.add(String.format(Locale.ROOT, "| %s%s | %.1f× | %.1f× | %.1f× | %.1f× |", name, who,
                            base.median() / r.median(), base.p95() / r.p95(), hostBase.median() / r.median(),
                            hostBase.p95() / r.p95()));
                }
            }
            return lines;
        }

        private int findActiveByCycle() throws Exception {
            Object repository = host.plugin().container().beans().get("aoDocumentRepository");
            Method find = repository.getClass().getMethod("findActiveByCycle", long.class);
            return ((List<?>) find.invoke(repository, instance.cycleIds.get(cycle))).size();
        }

        private Map<String, Integer> statusCounts(JsonNode matrix) {
            Map<String, String> kindNames = new TreeMap<>();
            matrix.get("deliverables").forEach(d -> kindNames.put(d.get("kind").asText(), d.get("name").asText()));
            Map<String, Integer> counts = new TreeMap<>();
            for (JsonNode row : matrix.get("rows")) {
                for (JsonNode cell : row.get("cells")) {
                    if (cell.hasNonNull("status")) {
                        counts.merge(kindNames.get(cell.get("kind").asText()) + "|"
                                + cell.get("status").get("name").asText(), 1, Integer::sum);
                    }
                }
            }
            return counts;
        }

        private Map<String, Integer> expectedCounts(int committees, boolean halfOnly) {
            Map<String, Integer> counts = new TreeMap<>();
            for (int c = 0; c < committees; c++) {
                if (halfOnly && !TrackerInstance.halfSees(c)) {
                    continue;
                }
                if (TrackerInstance.hasFeedback(c)) {
                    counts.merge("Återkopplingsrapport|" + TrackerInstance.FEEDBACK_NAMES.get(
                            instance.feedbackStatus(cycle, c)), 1, Integer::sum);
                }
                if (TrackerInstance.hasOperational(c)) {
                    counts.merge("Verksamhetsplan|" + TrackerInstance.OPERATIONAL_NAMES.get(
                            instance.operationalStatus(cycle, c)), 1, Integer::sum);
                }
            }
            return counts;
        }

        private int missingCells(JsonNode matrix) {
            int missing = 0;
            for (JsonNode row : matrix.get("rows")) {
                for (JsonNode cell : row.get("cells")) {
                    missing += "missing".equals(cell.get("state").asText()) ? 1 : 0;
                }
            }
            return missing;
        }

        int count(String table) {
            return host.database().queryOne("SELECT COUNT(*) FROM " + table, rs -> rs.getInt(1));
        }

        String table(String name) {
            return "\"" + se.planprocess.hostao.AoTablePrefix.prefixOf("se.planprocess.confluence") + "_" + name + "\"";
        }

        int reportPages() {
            return host.database().queryOne("SELECT COUNT(*) FROM DEVHOST_PAGE WHERE PAGE_ID >= 12000000 AND"
                    + " PAGE_ID < 13000000", rs -> rs.getInt(1));
        }
    }

    private static int rowHeaders(String html) {
        Matcher m = ROW_HEADER.matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static double min(double[] values) {
        double m = Double.MAX_VALUE;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(double[] values) {
        double m = -Double.MAX_VALUE;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** A logged-in browser-like session (the login form once, then its cookie; HTTP keep-alive). */
    private static final class Client {
        private final String baseUrl;
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        Client(String baseUrl, String user) throws Exception {
            this.baseUrl = baseUrl;
            String form = "os_username=" + java.net.URLEncoder.encode(user, java.nio.charset.StandardCharsets.UTF_8)
                    + "&os_password=demo";
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login.action"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200 || !r.uri().getPath().endsWith("/dashboard.action")) {
                throw new IllegalStateException("Login as " + user + " failed: " + r.statusCode() + " " + r.uri());
            }
        }

        HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }


    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("The benchmark would measure the wrong thing: " + what);
        }
    }

    private static List<String> machine() {
        Runtime rt = Runtime.getRuntime();
        return List.of(
                "Machine: " + rt.availableProcessors() + " processors, " + System.getProperty("os.name") + " "
                        + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")",
                "Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                        + ", max heap " + rt.maxMemory() / (1024 * 1024) + " MiB",
                "Load average at start: " + loadAverage(),
                "Clock of the app (the host's --clock): " + NOW);
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2] + " (1 / 5 / 15 min)";
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f (1 min)",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static void log(String message) {
        System.err.println("[bench] " + message);
    }
}
