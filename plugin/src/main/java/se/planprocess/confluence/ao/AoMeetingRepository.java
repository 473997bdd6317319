package se.planprocess.confluence.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;
import se.planprocess.confluence.meeting.Decision;
import se.planprocess.confluence.meeting.MeetingAction;
import se.planprocess.confluence.meeting.MeetingRepository;
import se.planprocess.confluence.meeting.RegisteredMeeting;

/** Meetings, their decisions and actions in Active Objects; lists in one query per chunk of ids. */
public final class AoMeetingRepository implements MeetingRepository {
    /** The most ids one {@code IN} list binds (Oracle's limit is 1,000; SQL Server's parameter limit is 2,100). */
    static final int CHUNK = 500;

    private final ActiveObjects ao;

    public AoMeetingRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public RegisteredMeeting save(RegisteredMeeting meeting) {
        return ao.executeInTransaction(() -> {
            AoMeeting[] existing = ao.find(AoMeeting.class, Query.select().where("DOC_ID = ?",
                    (int) meeting.documentId()));
            AoMeeting row;
            if (existing.length == 0) {
                Map<String, Object> values = new HashMap<>();
                values.put("DOC_ID", (int) meeting.documentId());
                values.put("MEETING_KIND", meeting.kind());
                values.put("MEETING_DAY", meeting.date().toString());
                values.put("ORGANISER_KEY", meeting.organiserKey());
                row = ao.create(AoMeeting.class, values);
            } else {
                row = existing[0];
            }
            row.setCycleId((int) meeting.cycleId());
            row.setMeetingKind(meeting.kind());
            row.setMeetingDay(meeting.date().toString());
            row.setStartTime(meeting.start() == null ? null : meeting.start().toString());
            row.setEndTime(meeting.end() == null ? null : meeting.end().toString());
            row.setPlace(meeting.place());
            row.setPhaseKey(meeting.phase());
            row.setCommitteeId(meeting.committeeId() == null ? 0 : meeting.committeeId().intValue());
            row.setOrganiserKey(meeting.organiserKey());
            row.save();
            return toDomain(row);
        });
    }

    @Override
    public Optional<RegisteredMeeting> find(long documentId) {
        AoMeeting[] rows = ao.find(AoMeeting.class, Query.select().where("DOC_ID = ?", (int) documentId));
        return rows.length == 0 ? Optional.empty() : Optional.of(toDomain(rows[0]));
    }

    @Override
    public List<RegisteredMeeting> byCycle(long cycleId) {
        return Arrays.stream(ao.find(AoMeeting.class, Query.select().where("CYCLE_ID = ?", (int) cycleId)))
                .map(AoMeetingRepository::toDomain)
                .sorted(Comparator.comparing(RegisteredMeeting::date)
                        .thenComparing(m -> m.start() == null ? LocalTime.MIN : m.start())
                        .thenComparingLong(RegisteredMeeting::documentId))
                .toList();
    }

    @Override
    public Decision addDecision(long documentId, String text, String recordedBy, Instant at) {
        return ao.executeInTransaction(() -> {
            Map<String, Object> values = new HashMap<>();
            values.put("DOC_ID", (int) documentId);
            values.put("DECISION_TEXT", text);
            values.put("RECORDED_BY", recordedBy);
            values.put("RECORDED_AT", at.toEpochMilli());
            return toDomain(ao.create(AoMeetingDecision.class, values));
        });
    }

    @Override
    public MeetingAction addAction(long documentId, String text, String ownerKey, LocalDate due) {
        return ao.executeInTransaction(() -> {
            Map<String, Object> values = new HashMap<>();
            values.put("DOC_ID", (int) documentId);
            values.put("ACTION_TEXT", text);
            values.put("OWNER_KEY", ownerKey);
            values.put("DUE_DATE", due == null ? null : due.toString());
            values.put("DONE_AT", 0L);
            return toDomain(ao.create(AoMeetingAction.class, values));
        });
    }

    @Override
    public Optional<MeetingAction> action(long actionId) {
        return Optional.ofNullable(ao.get(AoMeetingAction.class, (int) actionId)).map(AoMeetingRepository::toDomain);
    }

    @Override
    public boolean close(long actionId, String doneBy, Instant at) {
        try {
            return ao.executeInTransaction(() -> {
                AoMeetingAction row = ao.get(AoMeetingAction.class, (int) actionId);
                if (row == null || row.getDoneBy() != null) {
                    return false;
                }
                Map<String, Object> values = new HashMap<>();
                values.put("ACTION_ID", (int) actionId);
                values.put("DONE_BY", doneBy);
                values.put("DONE_AT", at.toEpochMilli());
                ao.create(AoMeetingActionDone.class, values);
                row.setDoneBy(doneBy);
                row.setDoneAt(at.toEpochMilli());
                row.save();
                return true;
            });
        } catch (RuntimeException e) {
            if (ao.find(AoMeetingActionDone.class, Query.select().where("ACTION_ID = ?", (int) actionId)).length > 0) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Map<Long, List<Decision>> decisions(Collection<Long> documentIds) {
        Map<Long, List<Decision>> byMeeting = new LinkedHashMap<>();
        for (List<Integer> chunk : chunks(documentIds)) {
            for (AoMeetingDecision row : ao.find(AoMeetingDecision.class, Query.select()
                    .where("DOC_ID IN (" + placeholders(chunk.size()) + ")", chunk.toArray()))) {
                byMeeting.computeIfAbsent((long) row.getDocId(), id -> new ArrayList<>()).add(toDomain(row));
            }
        }
        byMeeting.values().forEach(list -> list.sort(Comparator.comparing(Decision::recordedAt)
                .thenComparingLong(Decision::id)));
        return byMeeting;
    }

    @Override
    public Map<Long, List<MeetingAction>> actions(Collection<Long> documentIds) {
        Map<Long, List<MeetingAction>> byMeeting = new LinkedHashMap<>();
        for (List<Integer> chunk : chunks(documentIds)) {
            for (AoMeetingAction row : ao.find(AoMeetingAction.class, Query.select()
                    .where("DOC_ID IN (" + placeholders(chunk.size()) + ")", chunk.toArray()))) {
                byMeeting.computeIfAbsent((long) row.getDocId(), id -> new ArrayList<>()).add(toDomain(row));
            }
        }
        byMeeting.values().forEach(list -> list.sort(Comparator.comparingLong(MeetingAction::id)));
        return byMeeting;
    }

    @Override
    public List<MeetingAction> openActionsOf(String ownerKey) {
        return Arrays.stream(ao.find(AoMeetingAction.class, Query.select()
                        .where("OWNER_KEY = ? AND DONE_BY IS NULL", ownerKey)))
                .map(AoMeetingRepository::toDomain)
                .sorted(Comparator.comparing((MeetingAction a) -> a.due() == null ? LocalDate.MAX : a.due())
                        .thenComparingLong(MeetingAction::id))
                .toList();
    }

    private static List<List<Integer>> chunks(Collection<Long> ids) {
        Set<Integer> distinct = ids.stream().filter(java.util.Objects::nonNull).map(Long::intValue)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<Integer> all = List.copyOf(distinct);
        List<List<Integer>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static String placeholders(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }

    static RegisteredMeeting toDomain(AoMeeting row) {
        return new RegisteredMeeting(row.getDocId(), row.getCycleId(), row.getMeetingKind(),
                LocalDate.parse(row.getMeetingDay()), time(row.getStartTime()), time(row.getEndTime()), row.getPlace(),
                row.getPhaseKey(), row.getCommitteeId() == 0 ? null : (long) row.getCommitteeId(),
                row.getOrganiserKey());
    }

    static Decision toDomain(AoMeetingDecision row) {
        return new Decision(row.getID(), row.getDocId(), row.getDecisionText(), row.getRecordedBy(),
                Instant.ofEpochMilli(row.getRecordedAt()));
    }

    static MeetingAction toDomain(AoMeetingAction row) {
        String doneBy = row.getDoneBy();
        return new MeetingAction(row.getID(), row.getDocId(), row.getActionText(), row.getOwnerKey(),
                row.getDueDate() == null ? null : LocalDate.parse(row.getDueDate()), doneBy,
                doneBy == null ? null : Instant.ofEpochMilli(row.getDoneAt()));
    }

    private static LocalTime time(String text) {
        return text == null ? null : LocalTime.parse(text);
    }
}
