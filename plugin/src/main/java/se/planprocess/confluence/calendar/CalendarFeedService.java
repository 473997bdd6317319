package se.planprocess.confluence.calendar;

import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.document.CycleRepository;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.UserText;
import se.planprocess.confluence.tracker.TrackerViewer;

import se.planprocess.confluence.document.DocumentRepository;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.meeting.MeetingRepository;
import se.planprocess.confluence.meeting.RegisteredMeeting;
import se.planprocess.confluence.process.DocumentKind;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Set;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The feed behind a secret link: the link's owner must exist and be active, and the feed holds only what the owner
 * may see at this fetch. Every refusal that concerns the link, its owner, the cycle or the committee is the same
 * {@link Problem#CALENDAR_NOT_FOUND}, so a link tells nothing about what it cannot open. Each event gets its
 * revision from {@link EventRevisions}: its SEQUENCE goes up and its LAST-MODIFIED moves when its dates change.
 */
public final class CalendarFeedService {
    static final int MAX_PARAMETER = 100;

    private final CalendarTokens tokens;
    private final CycleRepository cycles;
    private final CommitteeRepository committees;
    private final FeedOwners owners;
    private final EventRevisions revisions;
    private final Clock clock;
    private final CalendarFeeds feeds;
    private final DocumentRepository documents;
    private final MeetingRepository meetings;

    public CalendarFeedService(CalendarTokens tokens, CycleRepository cycles, CommitteeRepository committees,
                               FeedOwners owners, EventRevisions revisions, KindCatalogue kinds, Clock clock,
                               DocumentRepository documents, MeetingRepository meetings) {
        this.documents = documents;
        this.meetings = meetings;
        this.tokens = tokens;
        this.cycles = cycles;
        this.committees = committees;
        this.owners = owners;
        this.revisions = revisions;
        this.clock = clock;
        this.feeds = new CalendarFeeds(kinds);
    }

    /**
     * @param cycle     a cycle's key or id; blank for all cycles (newest plan year first)
     * @param committee a committee's id or its space's key; blank for everyone
     * @throws DocumentException {@link Problem#INVALID_INPUT} naming {@code cycle} or {@code committee} for a value
     *                           that is too long or has control characters, {@link Problem#CALENDAR_NOT_FOUND} else
     */
    public CalendarFeed feed(String secret, String cycle, String committee, Locale locale) {
        String cycleRef = parameter("cycle", cycle);
        String committeeRef = parameter("committee", committee);
        CalendarToken token = tokens.find(secret).orElseThrow(CalendarFeedService::notFound);
        TrackerViewer viewer = owners.viewer(token.ownerKey()).orElseThrow(CalendarFeedService::notFound);
        List<Committee> all = committees.findAll();
        List<Committee> visible = viewer.visibleCommittees(all);
        Optional<Committee> forCommittee = Optional.empty();
        if (committeeRef != null) {
            forCommittee = Optional.of(visible.stream()
                    .filter(c -> committeeRef.equals(String.valueOf(c.id())) || committeeRef.equals(c.spaceKey()))
                    .findFirst().orElseThrow(CalendarFeedService::notFound));
        }
        List<Cycle> shown;
        if (cycleRef != null) {
            shown = List.of(cycles.findByKey(cycleRef)
                    .or(() -> id(cycleRef).flatMap(cycles::findById))
                    .orElseThrow(CalendarFeedService::notFound));
        } else {
            shown = cycles.findAll().stream()
                    .sorted(Comparator.comparingInt(Cycle::planYear).reversed().thenComparing(Cycle::key))
                    .toList();
        }
        CalendarFeed feed = feeds.build(shown, forCommittee, visible, meetingDates(shown, viewer), locale);
        return revised(feed);
    }

    /**
     * The registered meetings of these cycles on pages the owner may see: per cycle one read of its meeting pages and
     * one of its registrations, and one permission question for all the pages. A meeting whose page is trashed or
     * removed has no active document, so it leaves the feed (as a removed deadline does); its UID is its document's id,
     * so a meeting moved to another day stays the same event with a higher SEQUENCE.
     */
    private List<MeetingDate> meetingDates(List<Cycle> shown, TrackerViewer viewer) {
        List<TrackedDocument> pages = new ArrayList<>();
        for (Cycle cycle : shown) {
            pages.addAll(documents.findActiveByCycle(cycle.id(), Set.of(DocumentKind.MEETING)));
        }
        if (pages.isEmpty()) {
            return List.of();
        }
        Map<Long, TrackedDocument> visible = new LinkedHashMap<>();
        viewer.visibleDocuments(pages).forEach(d -> visible.put(d.id(), d));
        List<MeetingDate> dates = new ArrayList<>();
        for (Cycle cycle : shown) {
            for (RegisteredMeeting meeting : meetings.byCycle(cycle.id())) {
                TrackedDocument page = visible.get(meeting.documentId());
                if (page == null || page.cycleId() != cycle.id()) {
                    continue;
                }
                Long committee = meeting.committeeId() != null ? meeting.committeeId() : page.committeeId();
                dates.add(new MeetingDate(String.valueOf(page.id()), cycle.id(), committee,
                        page.title().isBlank() ? "–" : page.title(), meeting.date()));
            }
        }
        return dates;
    }

    /** Every event with its shared revision (SEQUENCE, LAST-MODIFIED): one call for the whole feed. */
    private CalendarFeed revised(CalendarFeed feed) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        feed.events().forEach(e -> fingerprints.put(e.uid(), e.fingerprint()));
        Map<String, Revision> revised = fingerprints.isEmpty() ? Map.of()
                : revisions.revise(fingerprints, clock.instant());
        return new CalendarFeed(feed.name(), feed.description(),
                feed.events().stream().map(e -> e.withRevision(revised.get(e.uid()))).toList());
    }

    private static String parameter(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_PARAMETER || UserText.hasForbiddenCharacters(value)) {
            throw new DocumentException(Problem.INVALID_INPUT, name);
        }
        return value.strip();
    }

    private static Optional<Long> id(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static DocumentException notFound() {
        return new DocumentException(Problem.CALENDAR_NOT_FOUND);
    }
}
