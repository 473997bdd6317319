package se.planprocess.confluence.calendar;

import org.junit.jupiter.api.Test;
import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.document.CycleRepository;
import se.planprocess.confluence.document.DocumentChange;
import se.planprocess.confluence.document.DocumentRepository;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.meeting.Decision;
import se.planprocess.confluence.meeting.MeetingAction;
import se.planprocess.confluence.meeting.MeetingRepository;
import se.planprocess.confluence.meeting.RegisteredMeeting;
import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.DateRange;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.process.ProcessTemplates;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.testing.Clocks;
import se.planprocess.confluence.tracker.TrackerViewer;
import se.planprocess.confluence.workflow.Workflows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.CommitteeBuilder.aCommittee;
import static se.planprocess.confluence.testing.TrackedDocumentBuilder.aDocument;

/**
 * A cycle's time plan for one viewer: milestones and deadlines in date order, meeting pages dated by the cycle's
 * milestone for meetings, pages and committees the viewer may not see left out before anything is counted, and the
 * index read once whatever the number of meetings.
 */
class TimePlanServiceTest {
    private final Committee hsn = aCommittee().withId(1).withName("Hälso- och sjukvårdsnämnden").withShortName("HSN")
            .withSpaceKey("HSN").build();
    private final Committee kris = aCommittee().withId(2).withName("Krisledningsnämnden").withShortName("KLN")
            .withSpaceKey("KRIS").build();
    private final Cycle cycle = new Cycle(7, "regionplan-2027", Bilingual.of("Regionplan 2027–2030",
            "Regional plan 2027–2030"), 2027, 4, ProcessTemplates.REGIONAL_PLAN, Map.of(),
            List.of(new CyclePhase("committee-feedback", Bilingual.of("Återkoppling", "Feedback"),
                    new DateRange(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 10, 1)))),
            List.of(milestone("dialogues", "2026-10-01", Set.of(), DocumentKind.MEETING, "held"),
                    milestone("feedback-due", "2026-09-26", Set.of(), DocumentKind.FEEDBACK_REPORT,
                            Workflows.SUBMITTED),
                    milestone("kickoff", "2026-05-14", Set.of(), null, null),
                    milestone("kris-only", "2026-06-01", Set.of(2L), DocumentKind.FEEDBACK_REPORT,
                            Workflows.SUBMITTED)));
    private final List<Set<DocumentKind>> indexReads = new ArrayList<>();
    private final List<Integer> viewerQuestions = new ArrayList<>();
    private final List<RegisteredMeeting> registrations = new ArrayList<>();
    private int meetingReads;

    @Test
    void theEvents_comeInDateOrder_deadlinesApart_andAMeetingPageTakesTheDayOfTheMeetingsMilestone() {
        TrackedDocument styrdialog = aDocument(DocumentKind.MEETING).withPageId(101).withTitle("Styrdialog HSN")
                .forCycle(7).forCommittee(1).withStatus("planned").build();

        TimePlan plan = target(List.of(styrdialog)).plan(cycle, viewer(Set.of(1L), Set.of(101L)));

        assertEquals(List.of("milestone-kickoff", "milestone-kris-only", "milestone-feedback-due",
                        "milestone-dialogues", "meeting-101"),
                plan.events().stream().map(PlanEvent::id).toList());
        assertEquals(List.of(PlanEvent.Type.MILESTONE, PlanEvent.Type.DEADLINE, PlanEvent.Type.DEADLINE,
                PlanEvent.Type.MILESTONE, PlanEvent.Type.MEETING), plan.events().stream().map(PlanEvent::type)
                .toList());
        PlanEvent meeting = plan.events().get(4);
        assertEquals(LocalDate.of(2026, 10, 1), meeting.date());
        assertEquals("committee-feedback", meeting.phaseKey());
        assertEquals(List.of("Hälso- och sjukvårdsnämnden"), meeting.committees());
        assertEquals(101, meeting.pageId());
        assertEquals(LocalDate.of(2026, 12, 3), plan.today());
    }

    @Test
    void meetingPagesTheViewerMayNotSee_areNeitherShownNorCounted_andHiddenCommitteesAreNotNamed() {
        List<TrackedDocument> meetings = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            meetings.add(aDocument(DocumentKind.MEETING).withPageId(200 + i).withTitle("Möte " + i).forCycle(7)
                    .forCommittee(i % 2 == 0 ? 1 : 2).inSpace(i % 2 == 0 ? "HSN" : "KRIS").build());
        }
        Set<Long> visiblePages = new java.util.HashSet<>();
        for (int i = 0; i < 30; i += 2) {
            visiblePages.add(200L + i);
        }

        TimePlan plan = target(meetings).plan(cycle, viewer(Set.of(1L), visiblePages));

        assertEquals(15, plan.events(PlanEvent.Type.MEETING).size());
        assertTrue(plan.events().stream().noneMatch(e -> e.pageId() % 2 == 1));
        PlanEvent krisOnly = plan.events().stream().filter(e -> e.id().equals("milestone-kris-only")).findFirst()
                .orElseThrow();
        assertEquals(List.of(), krisOnly.committees(), "the viewer may not see Krisledningsnämnden's space");
        assertEquals(List.of(Set.of(DocumentKind.MEETING)), indexReads, "one read of the meetings, whatever their number");
        assertEquals(List.of(30), viewerQuestions, "one question about all 30 pages");
    }

    @Test
    void aMeetingPageWithoutOneMilestoneForItsMeetings_orOfNoCommittee_isListedUndated() {
        Cycle twoDialogues = new Cycle(7, cycle.key(), cycle.name(), 2027, 4, cycle.templateKey(), Map.of(),
                cycle.phases(), List.of(milestone("spring", "2026-05-20", Set.of(), DocumentKind.MEETING,
                        "held"), milestone("autumn", "2026-10-01", Set.of(), DocumentKind.MEETING,
                        "held")));
        TrackedDocument meeting = aDocument(DocumentKind.MEETING).withPageId(101).withTitle("Presidieträff")
                .forCycle(7).forCommittee(1).build();

        TrackedDocument regionWide = aDocument(DocumentKind.MEETING).withPageId(102).withTitle("CLG dialogmöte")
                .forCycle(7).unassigned().inSpace("EKONOMI").build();

        TimePlan plan = target(List.of(meeting, regionWide)).plan(twoDialogues, viewer(Set.of(1L), Set.of(101L, 102L)));
        TimePlan oneDialogue = target(List.of(regionWide)).plan(cycle, viewer(Set.of(1L), Set.of(102L)));

        assertEquals(List.of(), plan.events(PlanEvent.Type.MEETING));
        assertEquals(List.of("meeting-101", "meeting-102"), plan.undatedMeetings().stream().map(PlanEvent::id)
                .toList());
        assertEquals(List.of("meeting-102"), oneDialogue.undatedMeetings().stream().map(PlanEvent::id).toList(),
                "a page of no committee is not put on the day of the dialogues with every committee");
    }

    @Test
    void aRegisteredMeeting_isOnItsOwnDay_inItsOwnPhase_andOnlyItsPageDecidesWhetherItIsShown() {
        TrackedDocument presidium = aDocument(DocumentKind.MEETING).withPageId(301).withTitle("Presidieträff HSN")
                .forCycle(7).forCommittee(1).build();
        TrackedDocument hidden = aDocument(DocumentKind.MEETING).withPageId(302).withTitle("Presidieträff KLN")
                .forCycle(7).forCommittee(2).inSpace("KRIS").build();
        registrations.add(new RegisteredMeeting(presidium.id(), 7, "presidium", LocalDate.of(2026, 6, 3), null, null,
                "Regionens hus", "committee-feedback", 1L, "organiser"));
        registrations.add(new RegisteredMeeting(hidden.id(), 7, "presidium", LocalDate.of(2026, 6, 4), null, null,
                "Regionens hus", "committee-feedback", 2L, "organiser"));

        TimePlan plan = target(List.of(presidium, hidden)).plan(cycle, viewer(Set.of(1L), Set.of(301L)));

        List<PlanEvent> shown = plan.events(PlanEvent.Type.MEETING);
        assertEquals(List.of("meeting-301"), shown.stream().map(PlanEvent::id).toList());
        assertEquals(LocalDate.of(2026, 6, 3), shown.get(0).date(), "its own day, not the dialogues' 1 October");
        assertEquals(List.of("Hälso- och sjukvårdsnämnden"), shown.get(0).committees());
        assertEquals(1, meetingReads, "the meetings' index is read once");
    }

    private TimePlanService target(List<TrackedDocument> meetings) {
        CycleRepository cycles = new CycleRepository() {
            @Override
            public List<Cycle> findAll() {
                return List.of(cycle);
            }

            @Override
            public Optional<Cycle> findById(long id) {
                return Optional.of(cycle);
            }

            @Override
            public Optional<Cycle> findByKey(String key) {
                return Optional.of(cycle);
            }

            @Override
            public Cycle save(Cycle c) {
                throw new UnsupportedOperationException();
            }
        };
        CommitteeRepository committees = new CommitteeRepository() {
            @Override
            public List<Committee> findAll() {
                return List.of(hsn, kris);
            }

            @Override
            public Optional<Committee> findById(long id) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Committee> findBySpaceKey(String spaceKey) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Committee save(Committee committee) {
                throw new UnsupportedOperationException();
            }
        };
        DocumentRepository documents = new OnlyMeetings(meetings, indexReads);
        MeetingRepository registered = new MeetingRepository() {
            @Override
            public List<RegisteredMeeting> byCycle(long cycleId) {
                meetingReads++;
                return registrations.stream().filter(m -> m.cycleId() == cycleId).toList();
            }

            @Override
            public RegisteredMeeting save(RegisteredMeeting meeting) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<RegisteredMeeting> find(long documentId) {
                throw new UnsupportedOperationException("the time plan reads a cycle's meetings at once");
            }

            @Override
            public Decision addDecision(long documentId, String text, String recordedBy, java.time.Instant at) {
                throw new UnsupportedOperationException();
            }

            @Override
            public MeetingAction addAction(long documentId, String text, String ownerKey, LocalDate due) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<MeetingAction> action(long actionId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean close(long actionId, String doneBy, java.time.Instant at) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Map<Long, List<Decision>> decisions(java.util.Collection<Long> documentIds) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Map<Long, List<MeetingAction>> actions(java.util.Collection<Long> documentIds) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<MeetingAction> openActionsOf(String ownerKey) {
                throw new UnsupportedOperationException();
            }
        };
        return new TimePlanService(cycles, committees, documents, registered,
                new ProcessCalendar(Clocks.fixedAt("2026-12-03T10:00:00+01:00"), KindCatalogue.builtIn()));
    }

    private TrackerViewer viewer(Set<Long> committeeIds, Set<Long> pageIds) {
        return new TrackerViewer() {
            @Override
            public List<Committee> visibleCommittees(List<Committee> all) {
                return all.stream().filter(c -> committeeIds.contains(c.id())).toList();
            }

            @Override
            public List<TrackedDocument> visibleDocuments(List<TrackedDocument> documents) {
                viewerQuestions.add(documents.size());
                return documents.stream().filter(d -> pageIds.contains(d.pageId())).toList();
            }
        };
    }

    private static Milestone milestone(String key, String date, Set<Long> committees, DocumentKind kind,
                                       String status) {
        return new Milestone(key, Bilingual.of(key, key), LocalDate.parse(date), "committee-feedback", committees,
                kind, status);
    }

    /** The index of one cycle's meeting pages: answers only the read by kinds, and records it. */
    private record OnlyMeetings(List<TrackedDocument> meetings, List<Set<DocumentKind>> reads)
            implements DocumentRepository {
        @Override
        public List<TrackedDocument> findActiveByCycle(long cycleId, Set<DocumentKind> kinds) {
            reads.add(kinds);
            return meetings.stream().filter(d -> kinds.contains(d.kind())).toList();
        }

        @Override
        public Optional<TrackedDocument> findByPageId(long pageId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<TrackedDocument> findSingleton(DocumentKind kind, long cycleId, Long committeeId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TrackedDocument> findActiveByCycle(long cycleId) {
            throw new UnsupportedOperationException("the time plan reads the meetings only");
        }

        @Override
        public List<TrackedDocument> findBySpace(String spaceKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TrackedDocument> findAfter(long afterId, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TrackedDocument insert(TrackedDocument document, DocumentChange registration) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TrackedDocument update(TrackedDocument updated, long expectedVersion, DocumentChange change) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DocumentChange> history(long documentId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<DocumentChange> lastChange(long documentId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(long documentId) {
            throw new UnsupportedOperationException();
        }
    }
}
