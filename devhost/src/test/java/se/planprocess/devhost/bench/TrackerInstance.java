package se.planprocess.devhost.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.planprocess.devhost.Devhost;
import se.planprocess.devhost.security.Passwords;
import se.planprocess.devhost.store.Database;
import se.planprocess.devhost.store.PageRecord;
import se.planprocess.devhost.store.UserRecord;
import se.planprocess.devhost.store.UserStore;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.hostao.AoTablePrefix;

/**
 * The generated instance, in a running host. Spaces, users, permissions, pages and labels go into the host's own
 * tables with JDBC batches; committees and cycles are made through the app's admin REST API, as an administrator
 * would; the app's index rows (tracked documents and their history) go into its AO tables with JDBC batches, the
 * rows the app's repository writes. Committees are added in steps ({@link #addCommittees}), so the growth table is
 * measured on the way to the full instance.
 *
 * <p>Per committee and cycle: one feedback report and one operational plan (the two committee-scoped kinds of the
 * app's catalogue), each a page with a Page Properties table whose "Status" row holds the status the index holds.
 * Every tenth committee has no feedback report and every seventh no operational plan. Meeting pages (kind
 * {@code meeting}) are spread over committees and cycles. Unrelated pages are spread over the committee spaces.
 */
final class TrackerInstance {
    static final String ALL_USER = "bench.alla";
    static final String HALF_USER = "bench.halva";
    static final String PROCESS_OWNERS = "planprocess-ekonomistaben";
    static final String HALF_GROUP = "bench-halvsyn";
    static final String DASHBOARD_SPACE = "EKONOMI";
    /** Process years 2024–2027 (plan years 2025–2028); the clock stands in 2026, between the deadlines. */
    static final int FIRST_PROCESS_YEAR = 2024;
    static final String FEEDBACK = "feedback-report";
    static final String OPERATIONAL = "operational-plan";
    static final String MEETING = "meeting";
    static final List<String> FEEDBACK_STATUSES = List.of("draft", "prepared", "handled", "decided", "submitted",
            "received");
    static final List<String> FEEDBACK_NAMES = List.of("Utkast", "Under beredning", "Behandlad i nämnd", "Beslutad",
            "Inskickad", "Mottagen");
    static final List<String> OPERATIONAL_STATUSES = List.of("draft", "prepared", "decided");
    static final List<String> OPERATIONAL_NAMES = List.of("Utkast", "Under beredning", "Beslutad i nämnd");
    static final List<String> MEETING_STATUSES = List.of("planned", "held", "documented");
    static final List<String> SECTIONS = List.of("changes", "competence", "economy", "goals", "investments", "other",
            "risk");
    private static final int BATCH = 1000;
    private static final long HOME_BASE = 10_000_000L;
    private static final long UNRELATED_BASE = 11_000_000L;
    private static final long REPORT_BASE = 12_000_000L;
    private static final long MEETING_BASE = 13_000_000L;
    private static final long DASHBOARD_PAGE = 9_999_999L;

    final int maxCommittees;
    final int cycleCount;
    final int unrelatedPages;
    final int meetingCount;
    private final Devhost host;
    private final Database db;
    private final ObjectMapper json = new ObjectMapper();
    private final String prefix = AoTablePrefix.prefixOf("se.planprocess.confluence");
    /** Committee ids in the app, by committee index. */
    final List<Long> committeeIds = new ArrayList<>();
    /** Cycles made through the app: id and key by cycle index. */
    final List<Long> cycleIds = new ArrayList<>();
    final List<String> cycleKeys = new ArrayList<>();
    final Map<String, Double> setupMillis = new LinkedHashMap<>();
    private HttpSession admin;

    TrackerInstance(Devhost host, int maxCommittees, int cycleCount, int unrelatedPages, int meetingCount) {
        this.host = host;
        this.db = host.database();
        this.maxCommittees = maxCommittees;
        this.cycleCount = cycleCount;
        this.unrelatedPages = unrelatedPages;
        this.meetingCount = meetingCount;
    }

    static String spaceKey(int committee) {
        return String.format(Locale.ROOT, "N%03d", committee + 1);
    }

    static String committeeName(int committee) {
        return "Nämnd " + (committee + 1);
    }

    static boolean halfSees(int committee) {
        return committee % 2 == 0;
    }

    static boolean hasFeedback(int committee) {
        return committee % 10 != 9;
    }

    static boolean hasOperational(int committee) {
        return committee % 7 != 6;
    }

    /** Index into the kind's statuses; in the last (future) cycle every document is a fresh draft. */
    int feedbackStatus(int cycle, int committee) {
        return cycle == cycleCount - 1 ? 0 : (committee * 7 + cycle) % FEEDBACK_STATUSES.size();
    }

    int operationalStatus(int cycle, int committee) {
        return cycle == cycleCount - 1 ? 0 : (committee * 5 + cycle) % OPERATIONAL_STATUSES.size();
    }

    static int planYear(int cycle) {
        return FIRST_PROCESS_YEAR + cycle + 1;
    }

    static String cycleLabel(int cycle) {
        return "regionplan-" + planYear(cycle);
    }

    static long reportPageId(String kind, int cycle, int committee) {
        return REPORT_BASE + cycle * 10_000L + (FEEDBACK.equals(kind) ? 0 : 5_000L) + committee;
    }

    static long meetingPageId(int meeting) {
        return MEETING_BASE + meeting;
    }

    static long dashboardPageId() {
        return DASHBOARD_PAGE;
    }

    int meetingCommittee(int meeting) {
        return meeting % maxCommittees;
    }

    int meetingCycle(int meeting) {
        return (meeting / maxCommittees) % cycleCount;
    }

    /** Users, groups, all spaces with their permissions and home pages, the unrelated pages, the cycles. */
    void createBase() {
        long t = System.nanoTime();
        UserStore users = new UserStore(db);
        String hash = Passwords.hash("demo");
        for (String group : List.of("confluence-users", PROCESS_OWNERS, HALF_GROUP)) {
            users.createGroup(group);
        }
        users.create(new UserRecord(ALL_USER, ALL_USER, "Controller (benchmark)", null, hash, "sv"));
        users.create(new UserRecord(HALF_USER, HALF_USER, "Läsare halva nämnderna (benchmark)", null, hash, "sv"));
        users.addMember("confluence-users", ALL_USER);
        users.addMember("confluence-users", HALF_USER);
        users.addMember(PROCESS_OWNERS, ALL_USER);
        users.addMember(HALF_GROUP, HALF_USER);
        Instant created = Instant.parse("2023-01-02T08:00:00Z");
        db.inTransaction(c -> {
            try (PreparedStatement space = c.prepareStatement("INSERT INTO DEVHOST_SPACE (SPACE_KEY, NAME, DESCRIPTION,"
                    + " HOME_PAGE_ID, CREATOR, CREATED) VALUES (?,?,?,?,?,?)");
                 PreparedStatement perm = c.prepareStatement("INSERT INTO DEVHOST_SPACE_PERMISSION (SPACE_KEY,"
                         + " PERMISSION, GROUP_NAME) VALUES (?,?,?)")) {
                for (int s = -1; s < maxCommittees; s++) {
                    String key = s < 0 ? DASHBOARD_SPACE : spaceKey(s);
                    space.setString(1, key);
                    space.setString(2, s < 0 ? "Ekonomistaben" : committeeName(s));
                    space.setString(3, "Genererat utrymme");
                    space.setLong(4, s < 0 ? DASHBOARD_PAGE : HOME_BASE + s);
                    space.setString(5, ALL_USER);
                    space.setTimestamp(6, Timestamp.from(created));
                    space.addBatch();
                    for (String p : List.of("VIEWSPACE", "EDITSPACE")) {
                        perm.setString(1, key);
                        perm.setString(2, p);
                        perm.setString(3, PROCESS_OWNERS);
                        perm.addBatch();
                    }
                    if (s < 0 || halfSees(s)) {
                        perm.setString(1, key);
                        perm.setString(2, "VIEWSPACE");
                        perm.setString(3, HALF_GROUP);
                        perm.addBatch();
                    }
                }
                space.executeBatch();
                perm.executeBatch();
            }
            return null;
        });
        t = lap("users, groups, " + (maxCommittees + 1) + " spaces and their permissions (JDBC)", t);
        db.inTransaction(c -> {
            try (Pages pages = new Pages(c)) {
                pages.add(DASHBOARD_PAGE, DASHBOARD_SPACE, null, "Processöversikt", "<p>Processöversikt</p>", created);
                for (int s = 0; s < maxCommittees; s++) {
                    pages.add(HOME_BASE + s, spaceKey(s), null, committeeName(s),
                            "<p>Startsida för " + committeeName(s) + ".</p>", created);
                }
                for (int u = 0; u < unrelatedPages; u++) {
                    int s = u % maxCommittees;
                    long id = UNRELATED_BASE + u;
                    pages.add(id, spaceKey(s), HOME_BASE + s, "Anteckning " + (u + 1), unrelatedBody(u), created);
                    if (u % 10 == 0) {
                        pages.label(id, "anteckning");
                    }
                }
            }
            return null;
        });
        t = lap(String.format(Locale.ROOT, "%,d unrelated pages, home pages, the dashboard page (JDBC)", unrelatedPages), t);
        // The baseline finds pages by label through an index, as Confluence's search does; the host has none.
        db.execute("CREATE INDEX IF NOT EXISTS BENCH_LABEL_NAME ON DEVHOST_LABEL (LABEL)");
        admin = HttpSession.loggedIn(host.baseUrl(), ALL_USER);
        for (int y = 0; y < cycleCount; y++) {
            JsonNode cycle = ok(admin.post("/rest/planprocess/1.0/admin/cycles", "application/json",
                    write(cycleBody(FIRST_PROCESS_YEAR + y)), Map.of()));
            cycleIds.add(cycle.get("id").asLong());
            cycleKeys.add(cycle.get("key").asText());
        }
        lap(cycleCount + " cycles with 4 deadlines each (admin REST)", t);
    }

    /** Committees {@code from} (inclusive) to {@code to}: the app's committees, their documents, pages and history. */
    void addCommittees(int from, int to) {
        long t = System.nanoTime();
        for (int c = from; c < to; c++) {
            JsonNode committee = ok(admin.post("/rest/planprocess/1.0/admin/committees", "application/json",
                    write(Map.of("name", committeeName(c), "shortName", spaceKey(c), "spaceKey", spaceKey(c))),
                    Map.of()));
            committeeIds.add(committee.get("id").asLong());
        }
        t = lap("committees " + (from + 1) + "–" + to + " (admin REST, one request each)", t);
        Instant created = Instant.parse("2024-01-15T08:00:00Z");
        db.inTransaction(c -> {
            try (Pages pages = new Pages(c)) {
                for (int y = 0; y < cycleCount; y++) {
                    for (int k = from; k < to; k++) {
                        if (hasFeedback(k)) {
                            long id = reportPageId(FEEDBACK, y, k);
                            pages.add(id, spaceKey(k), HOME_BASE + k, "Återkopplingsrapport " + spaceKey(k) + " "
                                    + planYear(y), reportBody(k, "Återkopplingsrapport", FEEDBACK_NAMES.get(
                                    feedbackStatus(y, k)), true), created);
                            pages.label(id, cycleLabel(y));
                            pages.label(id, "aterkopplingsrapport");
                        }
                        if (hasOperational(k)) {
                            long id = reportPageId(OPERATIONAL, y, k);
                            pages.add(id, spaceKey(k), HOME_BASE + k, "Verksamhetsplan " + spaceKey(k) + " "
                                    + planYear(y), reportBody(k, "Verksamhetsplan", OPERATIONAL_NAMES.get(
                                    operationalStatus(y, k)), false), created);
                            pages.label(id, cycleLabel(y));
                            pages.label(id, "verksamhetsplan");
                        }
                    }
                }
                for (int m = 0; m < meetingCount; m++) {
                    int k = meetingCommittee(m);
                    if (k >= from && k < to) {
                        pages.add(meetingPageId(m), spaceKey(k), HOME_BASE + k, "Möte " + spaceKey(k) + " " + (m + 1),
                                "<p>Dagordning och anteckningar från mötet.</p>", created);
                        pages.label(meetingPageId(m), "mote");
                    }
                }
            }
            return null;
        });
        t = lap("report and meeting pages with labels, committees " + (from + 1) + "–" + to + " (JDBC)", t);
        db.inTransaction(c -> {
            insertIndex(c, from, to);
            return null;
        });
        t = lap("the app's index rows and history, committees " + (from + 1) + "–" + to + " (JDBC)", t);
        db.execute("ANALYZE");
        lap("ANALYZE", t);
    }

    private void insertIndex(Connection c, int from, int to) throws SQLException {
        String docs = q(prefix + "_TRACKED_DOC");
        String changes = q(prefix + "_DOC_CHANGE");
        String docSql = "INSERT INTO " + docs + " (" + String.join(", ", q("PAGE_ID"), q("SPACE_KEY"), q("TITLE"),
                q("KIND"), q("CYCLE_ID"), q("COMMITTEE_ID"), q("STATUS"), q("READY_SECTIONS"), q("DOC_VERSION"),
                q("STATE"), q("TEMPLATE_VERSION"), q("SLOT_KEY"), q("UPDATED_AT"), q("UPDATED_BY"))
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        List<Doc> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(docSql)) {
            int pending = 0;
            for (int y = 0; y < cycleCount; y++) {
                for (int k = from; k < to; k++) {
                    if (hasFeedback(k)) {
                        all.add(report(FEEDBACK, y, k, feedbackStatus(y, k), FEEDBACK_STATUSES, k % 8));
                    }
                    if (hasOperational(k)) {
                        all.add(report(OPERATIONAL, y, k, operationalStatus(y, k), OPERATIONAL_STATUSES, 0));
                    }
                }
            }
            for (int m = 0; m < meetingCount; m++) {
                int k = meetingCommittee(m);
                if (k >= from && k < to) {
                    all.add(meeting(m));
                }
            }
            for (Doc d : all) {
                ps.setLong(1, d.pageId);
                ps.setString(2, spaceKey(d.committee));
                ps.setString(3, d.title);
                ps.setString(4, d.kind);
                ps.setInt(5, cycleIds.get(d.cycle).intValue());
                ps.setInt(6, committeeIds.get(d.committee).intValue());
                ps.setString(7, d.status);
                ps.setString(8, String.join(",", d.ready));
                ps.setLong(9, d.history.size());
                ps.setString(10, "ACTIVE");
                if (d.kind.equals(FEEDBACK)) {
                    ps.setString(11, "2024");
                } else {
                    ps.setNull(11, Types.VARCHAR);
                }
                ps.setString(12, d.kind.equals(MEETING) ? "page:" + d.pageId
                        : d.kind + ":" + cycleIds.get(d.cycle) + ":" + committeeIds.get(d.committee));
                ps.setLong(13, d.history.get(d.history.size() - 1).at);
                ps.setString(14, "Controller (benchmark)");
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            ps.executeBatch();
        }
        Map<Long, Integer> idByPage = new java.util.HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + q("ID") + ", " + q("PAGE_ID") + " FROM " + docs);
             var rs = s.executeQuery()) {
            while (rs.next()) {
                idByPage.put(rs.getLong(2), rs.getInt(1));
            }
        }
        String changeSql = "INSERT INTO " + changes + " (" + String.join(", ", q("DOCUMENT_ID"), q("SEQ"),
                q("CHANGE_KEY"), q("CHANGE_TYPE"), q("FROM_VALUE"), q("TO_VALUE"), q("SECTION_KEY"), q("COMMENT"),
                q("ACTOR_KEY"), q("ACTOR_NAME"), q("CHANGED_AT")) + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(changeSql)) {
            int pending = 0;
            for (Doc d : all) {
                int documentId = idByPage.get(d.pageId);
                for (int i = 0; i < d.history.size(); i++) {
                    Change e = d.history.get(i);
                    ps.setInt(1, documentId);
                    ps.setLong(2, i + 1);
                    ps.setString(3, documentId + ":" + (i + 1));
                    ps.setString(4, e.type);
                    nullable(ps, 5, e.from);
                    nullable(ps, 6, e.to);
                    nullable(ps, 7, e.section);
                    ps.setNull(8, Types.VARCHAR);
                    ps.setString(9, ALL_USER);
                    ps.setString(10, "Controller (benchmark)");
                    ps.setLong(11, e.at);
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
            }
            ps.executeBatch();
        }
    }

    private record Change(String type, String from, String to, String section, long at) {
    }

    private record Doc(long pageId, String kind, int cycle, int committee, String title, String status,
                       List<String> ready, List<Change> history) {
    }

    /** Registration, section marks, then one status step at a time; late for some committees, on time for others. */
    private Doc report(String kind, int cycle, int committee, int statusIndex, List<String> statuses, int readyCount) {
        boolean future = cycle == cycleCount - 1;
        LocalDate start = future ? LocalDate.of(FIRST_PROCESS_YEAR + cycle - 1, 9, 15)
                : LocalDate.of(FIRST_PROCESS_YEAR + cycle, 8, 1).plusDays(committee % 20);
        long at = start.atTime(9, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
        long step = 86_400_000L * (1 + committee % 8);
        List<Change> history = new ArrayList<>();
        history.add(new Change("REGISTERED", null, statuses.get(0), null, at));
        List<String> ready = SECTIONS.subList(0, Math.min(readyCount, SECTIONS.size()));
        for (String section : ready) {
            history.add(new Change("SECTION", "not-ready", "ready", section, at + 3_600_000L * history.size()));
        }
        for (int s = 1; s <= statusIndex; s++) {
            history.add(new Change("STATUS", statuses.get(s - 1), statuses.get(s), null, at + step * s));
        }
        String title = (kind.equals(FEEDBACK) ? "Återkopplingsrapport " : "Verksamhetsplan ") + spaceKey(committee)
                + " " + planYear(cycle);
        return new Doc(reportPageId(kind, cycle, committee), kind, cycle, committee, title,
                statuses.get(statusIndex), ready, history);
    }

    private Doc meeting(int m) {
        int cycle = meetingCycle(m);
        int rank = m % MEETING_STATUSES.size();
        long at = LocalDate.of(FIRST_PROCESS_YEAR + cycle, 1, 15).plusDays(m % 300).atTime(9, 0)
                .toInstant(ZoneOffset.UTC).toEpochMilli();
        List<Change> history = new ArrayList<>();
        history.add(new Change("REGISTERED", null, MEETING_STATUSES.get(0), null, at));
        for (int s = 1; s <= rank; s++) {
            history.add(new Change("STATUS", MEETING_STATUSES.get(s - 1), MEETING_STATUSES.get(s), null,
                    at + 3_600_000L * s));
        }
        return new Doc(meetingPageId(m), MEETING, cycle, meetingCommittee(m), "Möte " + spaceKey(meetingCommittee(m))
                + " " + (m + 1), MEETING_STATUSES.get(rank), List.of(), history);
    }

    /** A Page Properties table (Confluence's {@code details} macro) with a status lozenge, then seven sections. */
    static String reportBody(int committee, String kindName, String statusName, boolean sections) {
        StringBuilder b = new StringBuilder(6_000);
        b.append("<ac:structured-macro ac:name=\"details\"><ac:rich-text-body><table><tbody>")
                .append("<tr><th>Nämnd</th><td>").append(committeeName(committee)).append("</td></tr>")
                .append("<tr><th>Dokument</th><td>").append(kindName).append("</td></tr>")
                .append("<tr><th>Status</th><td><ac:structured-macro ac:name=\"status\">")
                .append("<ac:parameter ac:name=\"title\">").append(statusName).append("</ac:parameter>")
                .append("<ac:parameter ac:name=\"colour\">Blue</ac:parameter></ac:structured-macro></td></tr>")
                .append("<tr><th>Ansvarig</th><td>Nämndsekreterare</td></tr>")
                .append("</tbody></table></ac:rich-text-body></ac:structured-macro>");
        int count = sections ? SECTIONS.size() : 3;
        for (int i = 0; i < count; i++) {
            b.append("<h2>Avsnitt ").append(i + 1).append("</h2><p>");
            for (int k = 0; k < 5; k++) {
                b.append("Nämnden beskriver här sitt bidrag, sina förändringar och sina behov under planperioden. ");
            }
            b.append("</p>");
        }
        return b.toString();
    }

    private static String unrelatedBody(int u) {
        return "<h2>Anteckning " + (u + 1) + "</h2><p>Minnesanteckningar från arbetsgruppen. Inget här rör "
                + "planprocessen; sidan finns för att instansen ska vara lika stor som en riktig region.</p>"
                + "<ul><li>Punkt ett</li><li>Punkt två</li><li>Punkt tre</li></ul>";
    }

    private Map<String, Object> cycleBody(int year) {
        Map<String, Object> phases = new LinkedHashMap<>();
        phases.put("planning-premises", range(LocalDate.of(year, 1, 1), LocalDate.of(year, 5, 14)));
        phases.put("committee-feedback", range(LocalDate.of(year, 5, 15), LocalDate.of(year, 10, 1)));
        phases.put("drafting", range(LocalDate.of(year, 10, 2), LocalDate.of(year, 10, 31)));
        phases.put("decision", range(LocalDate.of(year, 11, 1), LocalDate.of(year, 11, 30)));
        phases.put("operational-plans", range(LocalDate.of(year, 6, 1), LocalDate.of(year, 12, 15)));
        phases.put("activity-plans", range(LocalDate.of(year, 11, 1), LocalDate.of(year, 12, 31)));
        List<Map<String, Object>> milestones = List.of(
                milestone("kickoff", "Kickoff", LocalDate.of(year, 5, 14), "planning-premises", null, null),
                milestone("feedback-decided", "Återkopplingsrapport beslutad i nämnd", LocalDate.of(year, 9, 1),
                        "committee-feedback", FEEDBACK, "decided"),
                milestone("feedback-due", "Återkopplingsrapport RSAU tillhanda", LocalDate.of(year, 9, 26),
                        "committee-feedback", FEEDBACK, "submitted"),
                milestone("vp-prepared", "Verksamhetsplan beredd", LocalDate.of(year, 10, 15), "operational-plans",
                        OPERATIONAL, "prepared"),
                milestone("vp-decided", "Verksamhetsplan beslutad i nämnd", LocalDate.of(year, 12, 15),
                        "operational-plans", OPERATIONAL, "decided"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("template", "regionplan");
        body.put("planYear", year + 1);
        body.put("reportTemplateVersion", "2024");
        body.put("phases", phases);
        body.put("milestones", milestones);
        return body;
    }

    private static Map<String, Object> range(LocalDate start, LocalDate end) {
        return Map.of("start", start.toString(), "end", end.toString());
    }

    private static Map<String, Object> milestone(String key, String name, LocalDate date, String phase, String kind,
                                                 String status) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("nameSv", name);
        m.put("nameEn", name);
        m.put("date", date.toString());
        m.put("phase", phase);
        if (kind != null) {
            m.put("documentKind", kind);
            m.put("requiredStatus", status);
        }
        return m;
    }

    private long lap(String step, long start) {
        setupMillis.merge(step, (System.nanoTime() - start) / 1e6, Double::sum);
        return System.nanoTime();
    }

    private static String q(String identifier) {
        return "\"" + identifier + "\"";
    }

    private static void nullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private JsonNode ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Set-up: " + response.request().method() + " " + response.uri() + " → "
                    + response.statusCode() + " " + response.body());
        }
        try {
            return json.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Batched inserts of pages (version 1, as the host's page store writes them) and labels. */
    private static final class Pages implements AutoCloseable {
        private final PreparedStatement page;
        private final PreparedStatement version;
        private final PreparedStatement label;
        private int pending;

        Pages(Connection c) throws SQLException {
            page = c.prepareStatement("INSERT INTO DEVHOST_PAGE (PAGE_ID, SPACE_KEY, PARENT_ID, TITLE, BODY, VERSION,"
                    + " CREATOR, LAST_MODIFIER, CREATED, MODIFIED, STATUS) VALUES (?,?,?,?,?,1,?,?,?,?,?)");
            version = c.prepareStatement("INSERT INTO DEVHOST_PAGE_VERSION (PAGE_ID, VERSION, TITLE, BODY, MODIFIER,"
                    + " MODIFIED) VALUES (?,1,?,?,?,?)");
            label = c.prepareStatement("INSERT INTO DEVHOST_LABEL (PAGE_ID, LABEL) VALUES (?,?)");
        }

        void add(long id, String spaceKey, Long parent, String title, String body, Instant at) throws SQLException {
            Timestamp ts = Timestamp.from(at);
            page.setLong(1, id);
            page.setString(2, spaceKey);
            if (parent == null) {
                page.setNull(3, Types.BIGINT);
            } else {
                page.setLong(3, parent);
            }
            page.setString(4, title);
            page.setString(5, body);
            page.setString(6, ALL_USER);
            page.setString(7, ALL_USER);
            page.setTimestamp(8, ts);
            page.setTimestamp(9, ts);
            page.setString(10, PageRecord.CURRENT);
            page.addBatch();
            version.setLong(1, id);
            version.setString(2, title);
            version.setString(3, body);
            version.setString(4, ALL_USER);
            version.setTimestamp(5, ts);
            version.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        void label(long id, String name) throws SQLException {
            label.setLong(1, id);
            label.setString(2, name);
            label.addBatch();
        }

        private void flush() throws SQLException {
            page.executeBatch();
            version.executeBatch();
            label.executeBatch();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            flush();
            page.close();
            version.close();
            label.close();
        }
    }
}
