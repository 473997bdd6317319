package se.planprocess.confluence.bench;

import se.planprocess.confluence.kind.KindCatalogue;
import net.java.ao.DatabaseProvider;
import net.java.ao.Query;
import se.planprocess.confluence.ao.AoCommitteeRepository;
import se.planprocess.confluence.ao.AoCycleRepository;
import se.planprocess.confluence.ao.AoDocChange;
import se.planprocess.confluence.ao.AoDocumentRepository;
import se.planprocess.confluence.ao.AoTrackedDoc;
import se.planprocess.confluence.document.ChangeType;
import se.planprocess.confluence.document.DocumentChange;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CycleFactory;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.ProcessTemplates;
import se.planprocess.confluence.report.ReportSection;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.workflow.Status;
import se.planprocess.confluence.workflow.Workflows;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The large instance: committees and cycles through the app's own repositories, then the tracked documents and
 * their history written straight into the AO tables with JDBC batches (one AO transaction per row would make the
 * set-up, not the measurements, dominate the run). The rows are the ones {@code AoDocumentRepository} writes: the
 * same slot keys, change keys "documentId:seq", versions equal to the number of history entries, the last status
 * equal to the last status entry. {@link #verify} reads them back through the repository before anything is
 * measured.
 *
 * <p>Per cycle and committee one feedback report with exactly {@code historyPerReport} history entries
 * (registration, status steps up to a status that varies by committee, then section ready/not-ready marks).
 * Meeting pages are spread evenly over cycles and committees; each has one entry per status step from
 * "planned" (1–3 entries), and every 20th of each cycle is trashed (one more entry).
 */
final class Dataset {
    static final String EDITOR_KEY = "anna";
    static final String EDITOR_NAME = "Anna Andersson";
    static final String OWNER_KEY = "erik";
    static final String OWNER_NAME = "Erik Ekonom";
    private static final int BATCH = 1000;

    final int committeeCount;
    final int cycleCount;
    final int meetingCount;
    final int historyPerReport;

    /** Committees in creation order (index = committee index). */
    final List<Committee> committees = new ArrayList<>();
    /** Cycles by plan year, oldest first (index = cycle index). */
    final List<Cycle> cycles = new ArrayList<>();
    /** Timings of the set-up steps in milliseconds, in order. */
    final Map<String, Double> setupMillis = new java.util.LinkedHashMap<>();

    int trackedRows;
    int historyRows;

    Dataset(int committeeCount, int cycleCount, int meetingCount, int historyPerReport) {
        this.committeeCount = committeeCount;
        this.cycleCount = cycleCount;
        this.meetingCount = meetingCount;
        this.historyPerReport = historyPerReport;
    }

    /** Every 20th meeting page of each cycle is in the trash. */
    boolean isTrashed(int meetingIndex) {
        return (meetingIndex / cycleCount) % 20 == 19;
    }

    static long feedbackPageId(int cycleIndex, int committeeIndex) {
        return 1_000_000L + cycleIndex * 10_000L + committeeIndex;
    }

    static long meetingPageId(int meetingIndex) {
        return 5_000_000L + meetingIndex;
    }

    /** The status a feedback report has reached after set-up, as an index into its workflow (0 draft … 5 received). */
    int finalStatusIndex(int cycleIndex, int committeeIndex) {
        int statuses = Workflows.FEEDBACK_REPORT.statuses().size();
        return Math.min((committeeIndex * 7 + cycleIndex) % statuses, historyPerReport - 1);
    }

    static int planYear(int cycleIndex, int cycleCount) {
        return 2027 - (cycleCount - 1) + cycleIndex;
    }

    void load(EntityManagerActiveObjects ao) throws SQLException {
        long t = System.nanoTime();
        AoCommitteeRepository committeeRepository = new AoCommitteeRepository(ao);
        for (int c = 0; c < committeeCount; c++) {
            String shortName = String.format("N%03d", c + 1);
            committees.add(committeeRepository.save(new Committee(0, "Nämnd " + (c + 1), shortName,
                    "SP" + shortName, true)));
        }
        t = lap("committees (repository, one transaction each)", t);

        AoCycleRepository cycleRepository = new AoCycleRepository(ao);
        for (int y = 0; y < cycleCount; y++) {
            cycles.add(cycleRepository.save(CycleFactory.fromTemplate(ProcessTemplates.REGION_YEARLY,
                    planYear(y, cycleCount), Map.of(DocumentKind.FEEDBACK_REPORT, ReportTemplates.V2024))));
        }
        t = lap("cycles with phases and milestones (repository)", t);

        DatabaseProvider provider = ao.entityManager().getProvider();
        String docTable = provider.withSchema(ao.entityManager().getTableNameConverter().getName(AoTrackedDoc.class));
        String changeTable = provider.withSchema(ao.entityManager().getTableNameConverter()
                .getName(AoDocChange.class));
        try (Connection connection = provider.getConnection()) {
            connection.setAutoCommit(false);
            insertDocuments(connection, provider, docTable);
            connection.commit();
            t = lap("tracked documents (JDBC batches)", t);

            Map<Long, Integer> idByPage = new HashMap<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + provider.quote("ID") + ", " + provider.quote("PAGE_ID")
                         + " FROM " + docTable)) {
                while (rs.next()) {
                    idByPage.put(rs.getLong(2), rs.getInt(1));
                }
            }
            insertHistory(connection, provider, changeTable, idByPage);
            connection.commit();
            t = lap("history entries (JDBC batches)", t);

            try (Statement s = connection.createStatement()) {
                s.execute("ANALYZE");
            }
            connection.commit();
            lap("ANALYZE (planner statistics)", t);
            connection.setAutoCommit(true);
        }
    }

    private long lap(String step, long start) {
        setupMillis.put(step, (System.nanoTime() - start) / 1_000_000.0);
        return System.nanoTime();
    }

    private void insertDocuments(Connection connection, DatabaseProvider p, String table) throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", List.of(p.quote("PAGE_ID"),
                p.quote("SPACE_KEY"), p.quote("TITLE"), p.quote("KIND"), p.quote("CYCLE_ID"), p.quote("COMMITTEE_ID"),
                p.quote("STATUS"), p.quote("READY_SECTIONS"), p.quote("DOC_VERSION"), p.quote("STATE"),
                p.quote("TEMPLATE_VERSION"), p.quote("SLOT_KEY"), p.quote("UPDATED_AT"), p.quote("UPDATED_BY")))
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int pending = 0;
            for (int y = 0; y < cycleCount; y++) {
                Cycle cycle = cycles.get(y);
                for (int c = 0; c < committeeCount; c++) {
                    Committee committee = committees.get(c);
                    ReportHistory h = reportHistory(y, c, 0);
                    ps.setLong(1, feedbackPageId(y, c));
                    ps.setString(2, committee.spaceKey());
                    ps.setString(3, "Återkopplingsrapport " + committee.shortName() + " " + cycle.planYear());
                    ps.setString(4, DocumentKind.FEEDBACK_REPORT.key());
                    ps.setInt(5, (int) cycle.id());
                    ps.setInt(6, (int) committee.id());
                    ps.setString(7, h.status);
                    ps.setString(8, String.join(",", h.ready));
                    ps.setLong(9, historyPerReport);
                    ps.setString(10, TrackedDocument.State.ACTIVE.name());
                    ps.setString(11, ReportTemplates.V2024);
                    ps.setString(12, DocumentKind.FEEDBACK_REPORT.key() + ":" + cycle.id() + ":" + committee.id());
                    ps.setLong(13, h.lastAt);
                    ps.setString(14, h.lastActorName);
                    ps.addBatch();
                    pending = flush(ps, pending);
                }
            }
            List<Status> meetingStatuses = KindCatalogue.builtIn().require(DocumentKind.MEETING).workflow().statuses();
            for (int m = 0; m < meetingCount; m++) {
                int y = m % cycleCount;
                Committee committee = committees.get((m / cycleCount) % committeeCount);
                int rank = m % meetingStatuses.size();
                boolean trashed = isTrashed(m);
                ps.setLong(1, meetingPageId(m));
                ps.setString(2, committee.spaceKey());
                ps.setString(3, "Möte " + committee.shortName() + " " + (m + 1));
                ps.setString(4, DocumentKind.MEETING.key());
                ps.setInt(5, (int) cycles.get(y).id());
                ps.setInt(6, (int) committee.id());
                ps.setString(7, meetingStatuses.get(rank).key());
                ps.setString(8, "");
                ps.setLong(9, 1 + rank + (trashed ? 1 : 0));
                ps.setString(10, (trashed ? TrackedDocument.State.TRASHED : TrackedDocument.State.ACTIVE).name());
                ps.setNull(11, Types.VARCHAR);
                ps.setString(12, "page:" + meetingPageId(m));
                ps.setLong(13, meetingAt(y, m, 1 + rank + (trashed ? 1 : 0)));
                ps.setString(14, EDITOR_NAME);
                ps.addBatch();
                pending = flush(ps, pending);
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    private void insertHistory(Connection connection, DatabaseProvider p, String table, Map<Long, Integer> idByPage)
            throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", List.of(p.quote("DOCUMENT_ID"), p.quote("SEQ"),
                p.quote("CHANGE_KEY"), p.quote("CHANGE_TYPE"), p.quote("FROM_VALUE"), p.quote("TO_VALUE"),
                p.quote("SECTION_KEY"), p.quote("COMMENT"), p.quote("ACTOR_KEY"), p.quote("ACTOR_NAME"),
                p.quote("CHANGED_AT"))) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int pending = 0;
            for (int y = 0; y < cycleCount; y++) {
                for (int c = 0; c < committeeCount; c++) {
                    int documentId = idByPage.get(feedbackPageId(y, c));
                    for (Entry e : reportHistory(y, c, documentId).entries) {
                        bind(ps, e);
                        pending = flush(ps, pending);
                    }
                }
            }
            List<Status> meetingStatuses = KindCatalogue.builtIn().require(DocumentKind.MEETING).workflow().statuses();
            for (int m = 0; m < meetingCount; m++) {
                int y = m % cycleCount;
                int documentId = idByPage.get(meetingPageId(m));
                int rank = m % meetingStatuses.size();
                int seq = 1;
                bind(ps, new Entry(documentId, seq, ChangeType.REGISTERED, null, meetingStatuses.get(0).key(), null,
                        null, EDITOR_KEY, EDITOR_NAME, meetingAt(y, m, seq)));
                pending = flush(ps, pending);
                for (int s = 1; s <= rank; s++) {
                    seq++;
                    bind(ps, new Entry(documentId, seq, ChangeType.STATUS, meetingStatuses.get(s - 1).key(),
                            meetingStatuses.get(s).key(), null, null, EDITOR_KEY, EDITOR_NAME, meetingAt(y, m, seq)));
                    pending = flush(ps, pending);
                }
                if (isTrashed(m)) {
                    seq++;
                    bind(ps, new Entry(documentId, seq, ChangeType.TRASHED, null, null, null, null, "",
                            "Confluence", meetingAt(y, m, seq)));
                    pending = flush(ps, pending);
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    private static int flush(PreparedStatement ps, int pending) throws SQLException {
        if (pending + 1 >= BATCH) {
            ps.executeBatch();
            return 0;
        }
        return pending + 1;
    }

    private static void bind(PreparedStatement ps, Entry e) throws SQLException {
        ps.setInt(1, e.documentId);
        ps.setLong(2, e.seq);
        ps.setString(3, e.documentId + ":" + e.seq);
        ps.setString(4, e.type.name());
        setNullable(ps, 5, e.from);
        setNullable(ps, 6, e.to);
        setNullable(ps, 7, e.section);
        setNullable(ps, 8, e.comment);
        ps.setString(9, e.actorKey.isEmpty() ? "#none" : e.actorKey);
        ps.setString(10, e.actorName);
        ps.setLong(11, e.at);
        ps.addBatch();
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private long meetingAt(int cycleIndex, int meetingIndex, int seq) {
        LocalDate day = LocalDate.of(planYear(cycleIndex, cycleCount) - 1, 1, 15).plusDays(meetingIndex % 300);
        return day.atTime(9, 0).toInstant(ZoneOffset.UTC).plusSeconds(3600L * seq).toEpochMilli();
    }

    /** The history of one feedback report and the state it leaves the document in. */
    ReportHistory reportHistory(int cycleIndex, int committeeIndex, int documentId) {
        List<String> statuses = Workflows.FEEDBACK_REPORT.statuses().stream().map(Status::key)
                .toList();
        List<String> sections = ReportTemplates.TEMPLATE_2024.sections().stream().map(ReportSection::key).toList();
        int finalStatus = finalStatusIndex(cycleIndex, committeeIndex);
        long start = LocalDate.of(planYear(cycleIndex, cycleCount) - 1, 3, 1).atTime(8, 0)
                .toInstant(ZoneOffset.UTC).toEpochMilli();
        List<Entry> entries = new ArrayList<>();
        TreeSet<String> ready = new TreeSet<>();
        int seq = 1;
        entries.add(new Entry(documentId, seq, ChangeType.REGISTERED, null, statuses.get(0), null, null, EDITOR_KEY,
                EDITOR_NAME, start));
        // Section marks first (as people write the report), then the status steps.
        int sectionMarks = historyPerReport - 1 - finalStatus;
        for (int k = 0; k < sectionMarks; k++) {
            seq++;
            String section = sections.get(k % sections.size());
            boolean wasReady = ready.contains(section);
            if (wasReady) {
                ready.remove(section);
            } else {
                ready.add(section);
            }
            entries.add(new Entry(documentId, seq, ChangeType.SECTION, wasReady ? "ready" : "not-ready",
                    wasReady ? "not-ready" : "ready", section, null, EDITOR_KEY, EDITOR_NAME,
                    start + 3_600_000L * seq));
        }
        for (int s = 1; s <= finalStatus; s++) {
            seq++;
            boolean owner = s == statuses.size() - 1;
            entries.add(new Entry(documentId, seq, ChangeType.STATUS, statuses.get(s - 1), statuses.get(s), null,
                    null, owner ? OWNER_KEY : EDITOR_KEY, owner ? OWNER_NAME : EDITOR_NAME,
                    start + 3_600_000L * seq));
        }
        Entry last = entries.get(entries.size() - 1);
        return new ReportHistory(entries, statuses.get(finalStatus), List.copyOf(ready), last.at, last.actorName);
    }

    /**
     * Reads the loaded rows back through the app's repository and fails loudly when they are not what the
     * repository itself would have written.
     */
    void verify(EntityManagerActiveObjects ao, AoDocumentRepository documents) {
        int activeMeetingsPerCycle0 = 0;
        int expectedHistory = committeeCount * cycleCount * historyPerReport;
        int meetingStatuses = KindCatalogue.builtIn().require(DocumentKind.MEETING).workflow().statuses().size();
        for (int m = 0; m < meetingCount; m++) {
            boolean trashed = isTrashed(m);
            expectedHistory += 1 + m % meetingStatuses + (trashed ? 1 : 0);
            if (m % cycleCount == 0 && !trashed) {
                activeMeetingsPerCycle0++;
            }
        }
        trackedRows = ao.count(AoTrackedDoc.class, Query.select());
        historyRows = ao.count(AoDocChange.class, Query.select());
        check(trackedRows == committeeCount * cycleCount + meetingCount, "tracked rows " + trackedRows);
        check(historyRows == expectedHistory, "history rows " + historyRows + ", expected " + expectedHistory);
        Cycle cycle = cycles.get(0);
        Committee committee = committees.get(1);
        TrackedDocument report = documents.findSingleton(DocumentKind.FEEDBACK_REPORT, cycle.id(), committee.id())
                .orElseThrow(() -> new IllegalStateException("slot key not found by the repository"));
        check(report.pageId() == feedbackPageId(0, 1), "slot of the wrong page");
        check(report.version() == historyPerReport, "version " + report.version());
        check(report.status().equals(reportHistory(0, 1, 0).status()), "status " + report.status());
        List<DocumentChange> history = documents.history(report.id());
        check(history.size() == historyPerReport, "history size " + history.size());
        check(history.get(history.size() - 1).seq() == report.version(), "last seq is not the version");
        check(history.get(history.size() - 1).toValue() != null, "last entry without a value");
        int active = documents.findActiveByCycle(cycle.id()).size();
        check(active == committeeCount + activeMeetingsPerCycle0, "active in cycle " + active);
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("Loaded data set is not what the repository writes: " + what);
        }
    }

    record ReportHistory(List<Entry> entries, String status, List<String> ready, long lastAt, String lastActorName) {
    }

    record Entry(int documentId, long seq, ChangeType type, String from, String to, String section, String comment,
                 String actorKey, String actorName, long at) {
    }
}
