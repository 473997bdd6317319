package se.planprocess.confluence.rest;

import com.atlassian.confluence.pages.Page;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.host.ConfluenceMeetingPeople;
import se.planprocess.confluence.meeting.Decision;
import se.planprocess.confluence.meeting.MeetingAction;
import se.planprocess.confluence.meeting.MeetingActions;
import se.planprocess.confluence.meeting.MeetingRecords;
import se.planprocess.confluence.meeting.MeetingRepository;
import se.planprocess.confluence.meeting.RegisteredMeeting;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.progress.ProcessCalendar;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * A registered meeting's decisions and actions. Reads need view permission on the meeting's page (otherwise 404, so
 * nothing leaks); recording a decision or an action, and marking an action done, need edit permission (403), and
 * marking done also that the user is the action's owner or the meeting's organiser (the user who created the page, as
 * the registration has it; 403 {@code not-action-owner}); an action done already is 409 {@code action-done}. Values are
 * checked by {@link MeetingRecords} before anything is written; a refusal names the field. JSON only, so Confluence's
 * XSRF check applies as to every other resource of the app (a form post needs {@code X-Atlassian-Token: no-check},
 * a cross-origin browser request is refused).
 */
@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {
    private final DocumentService documents;
    private final MeetingRepository meetings;
    private final ConfluenceMeetingPeople people;
    private final ConfluenceAccess access;
    private final ProcessCalendar calendar;
    private final Clock clock;

    @Inject
    public MeetingResource(DocumentService documents, MeetingRepository meetings, ConfluenceMeetingPeople people,
                           ConfluenceAccess access, ProcessCalendar calendar, Clock clock) {
        this.documents = documents;
        this.meetings = meetings;
        this.people = people;
        this.access = access;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A decision as clients see it; {@code recordedBy} is the recorder's name. */
    public record DecisionJson(long id, String text, String recordedBy, String recordedAt) {
    }

    /** An action as clients see it; {@code canMarkDone}: whether the current user may mark it done now. */
    public record ActionJson(long id, String text, String owner, String ownerName, String due, boolean overdue,
                             boolean done, String doneBy, String doneAt, boolean canMarkDone) {
    }

    @GET
    @Path("/{pageId}/decisions")
    public Response decisions(@PathParam("pageId") String pageId) {
        Meeting meeting = meeting(pageId, false);
        List<Decision> decisions = meetings.decisions(List.of(meeting.document.id()))
                .getOrDefault(meeting.document.id(), List.of());
        Map<String, String> names = people.displayNames(decisions.stream().map(Decision::recordedBy).toList());
        return Responses.ok(decisions.stream().map(d -> json(d, names)).toList());
    }

    @GET
    @Path("/{pageId}/actions")
    public Response actions(@PathParam("pageId") String pageId) {
        Meeting meeting = meeting(pageId, false);
        List<MeetingAction> actions = meetings.actions(List.of(meeting.document.id()))
                .getOrDefault(meeting.document.id(), List.of());
        return Responses.ok(json(actions, meeting));
    }

    @POST
    @Path("/{pageId}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordDecision(@PathParam("pageId") String pageId, String body) {
        Meeting meeting = meeting(pageId, true);
        JsonNode request = Json.object(body);
        Decision decision = records().recordDecision(meeting.document.id(), Json.optionalText(request, "text"),
                currentUserKey());
        return Responses.ok(json(decision, people.displayNames(List.of(decision.recordedBy()))));
    }

    @POST
    @Path("/{pageId}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordAction(@PathParam("pageId") String pageId, String body) {
        Meeting meeting = meeting(pageId, true);
        JsonNode request = Json.object(body);
        String text = Json.optionalText(request, "text");
        String owner = Json.optionalText(request, "owner");
        String due = Json.optionalText(request, "due");
        MeetingAction action = records().recordAction(meeting.document.id(), text, owner, due);
        return Responses.ok(json(List.of(action), meeting).get(0));
    }

    @POST
    @Path("/{pageId}/actions/{actionId}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response markDone(@PathParam("pageId") String pageId, @PathParam("actionId") String actionId,
                             String body) {
        Meeting meeting = meeting(pageId, true);
        long id = DocumentResource.parseId(actionId);
        MeetingAction action = meetings.action(id).filter(a -> a.meetingId() == meeting.document.id())
                .orElseThrow(() -> new DocumentException(Problem.NOT_TRACKED));
        switch (new MeetingActions(meetings, clock).markDone(action.id(), currentUserKey())) {
            case DONE -> {
                MeetingAction done = meetings.action(id).orElseThrow();
                return Responses.ok(json(List.of(done), meeting).get(0));
            }
            case NOT_ALLOWED -> throw new DocumentException(Problem.NOT_ACTION_OWNER);
            case ALREADY_DONE -> throw new DocumentException(Problem.ACTION_DONE);
            default -> throw new DocumentException(Problem.NOT_TRACKED);
        }
    }

    private MeetingRecords records() {
        return new MeetingRecords(meetings, people, clock);
    }

    private DecisionJson json(Decision decision, Map<String, String> names) {
        return new DecisionJson(decision.id(), decision.text(),
                names.getOrDefault(decision.recordedBy(), decision.recordedBy()), decision.recordedAt().toString());
    }

    private List<ActionJson> json(List<MeetingAction> actions, Meeting meeting) {
        Map<String, String> names = people.displayNames(actions.stream()
                .flatMap(a -> Stream.of(a.ownerKey(), a.doneBy())).filter(k -> k != null).toList());
        LocalDate today = calendar.today();
        String user = currentUserKey();
        boolean canEdit = access.canEdit(meeting.page);
        List<ActionJson> json = new ArrayList<>(actions.size());
        for (MeetingAction a : actions) {
            json.add(new ActionJson(a.id(), a.text(), a.ownerKey(), names.getOrDefault(a.ownerKey(), a.ownerKey()),
                    a.due() == null ? null : a.due().toString(), a.isOverdue(today), a.isDone(),
                    a.doneBy() == null ? null : names.getOrDefault(a.doneBy(), a.doneBy()),
                    a.doneAt() == null ? null : a.doneAt().toString(),
                    canEdit && !a.isDone() && a.mayBeClosedBy(user, meeting.registration.organiserKey())));
        }
        return json;
    }

    private String currentUserKey() {
        return access.currentUser().map(u -> u.getKey().getStringValue()).orElse(null);
    }

    private record Meeting(Page page, TrackedDocument document, RegisteredMeeting registration) {
    }

    /** The registered meeting of a page the user may view (and, for a change, edit). */
    private Meeting meeting(String pageId, boolean change) {
        Page page = access.viewablePage(DocumentResource.parseId(pageId))
                .orElseThrow(() -> new DocumentException(Problem.NOT_TRACKED));
        TrackedDocument document = documents.byPage(page.getId())
                .filter(TrackedDocument::isActive)
                .filter(d -> DocumentKind.MEETING.equals(d.kind()))
                .orElseThrow(() -> new DocumentException(Problem.NOT_TRACKED));
        RegisteredMeeting registration = meetings.find(document.id())
                .orElseThrow(() -> new DocumentException(Problem.NOT_TRACKED));
        if (change && !access.canEdit(page)) {
            throw new DocumentException(Problem.FORBIDDEN);
        }
        return new Meeting(page, document, registration);
    }
}
