package se.planprocess.confluence.rest;

import com.atlassian.confluence.pages.Page;
import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.document.CycleRepository;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.progress.ProcessCalendar;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What the feedback-report wizard needs: committees and cycles with defaults, and whether a report exists. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {
    private final CommitteeRepository committees;
    private final CycleRepository cycles;
    private final DocumentService documents;
    private final ProcessCalendar calendar;
    private final ConfluenceAccess access;
    private final Messages messages;

    @Inject
    public ReportResource(CommitteeRepository committees, CycleRepository cycles, DocumentService documents,
                          ProcessCalendar calendar, ConfluenceAccess access, Messages messages) {
        this.committees = committees;
        this.cycles = cycles;
        this.documents = documents;
        this.calendar = calendar;
        this.access = access;
        this.messages = messages;
    }

    /**
     * Committees and cycles for the wizard, with the space's committee and the current cycle preselected. Only the
     * committees whose space the user may view are listed (the process owner sees all).
     */
    @GET
    @Path("/wizard")
    public Response wizard(@QueryParam("spaceKey") String spaceKey) {
        Locale locale = messages.locale();
        List<Cycle> allCycles = cycles.findAll();
        Optional<Cycle> current = calendar.currentCycle(allCycles);
        Optional<Committee> ofSpace = access.canViewSpace(spaceKey) ? committees.findBySpaceKey(spaceKey)
                : Optional.empty();
        // The context provider's rule, offered before submit: in a committee's space, others than ekonomistaben
        // create that committee's report only.
        Optional<Committee> spaceCommittee = spaceKey == null ? Optional.empty() : committees.findBySpaceKey(spaceKey);
        boolean onlyTheSpacesCommittee = spaceCommittee.isPresent() && !access.currentUserIsProcessOwner();
        List<Map<String, Object>> committeeList = new ArrayList<>();
        for (Committee committee : visibleCommittees()) {
            if (onlyTheSpacesCommittee && committee.id() != spaceCommittee.get().id()) {
                continue;
            }
            if (committee.active()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("id", committee.id());
                c.put("name", committee.name());
                c.put("shortName", committee.shortName());
                committeeList.add(c);
            }
        }
        List<Map<String, Object>> cycleList = new ArrayList<>();
        for (Cycle cycle : allCycles) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", cycle.id());
            c.put("name", cycle.name().in(locale));
            c.put("current", current.map(Cycle::id).filter(id -> id == cycle.id()).isPresent());
            cycleList.add(c);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("committees", committeeList);
        body.put("cycles", cycleList);
        body.put("defaultCommitteeId", ofSpace.map(Committee::id).orElse(null));
        body.put("defaultCycleId", current.map(Cycle::id).orElse(null));
        return Responses.ok(body);
    }

    /**
     * Whether the committee already has its document of a kind in the cycle: the feedback report, or the kind named
     * by {@code kind} (a kind of many documents never has one). Only for a committee whose space the user may
     * view (the process owner: every committee); any other committee id is answered as unknown (404), so nothing
     * leaks. Title and link only when the user may view that page; otherwise {@code visible: false} and a message
     * saying that a report exists which the user may not see (restricted or in the trash), so that nobody creates a
     * second one the database would refuse anyway. That it exists is no more than the refusal of a duplicate tells.
     */
    @GET
    @Path("/existing")
    public Response existing(@QueryParam("committeeId") String committeeId, @QueryParam("cycleId") String cycleId,
                             @QueryParam("kind") String kindKey) {
        DocumentKind kind = kindKey == null ? DocumentKind.FEEDBACK_REPORT : DocumentKind.fromKey(kindKey)
                .filter(k -> documents.kinds().find(k).isPresent())
                .orElseThrow(() -> new DocumentException(Problem.INVALID_INPUT, "kind"));
        long committee = parse(committeeId, "committeeId");
        long cycle = parse(cycleId, "cycleId");
        if (!isVisible(committees.findById(committee))) {
            throw new DocumentException(Problem.UNKNOWN_COMMITTEE);
        }
        Optional<TrackedDocument> existing = documents.singletonSlot(kind, cycle, committee);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("exists", existing.isPresent());
        if (existing.isPresent()) {
            Optional<Page> page = access.viewablePage(existing.get().pageId());
            body.put("visible", page.isPresent());
            page.ifPresent(p -> {
                body.put("pageId", p.getId());
                body.put("title", p.getTitle());
                body.put("url", p.getUrlPath());
            });
            body.put("message", messages.text(page.isPresent() ? "planprocess.wizard.report.exists"
                    : "planprocess.wizard.report.exists.hidden"));
        }
        return Responses.ok(body);
    }

    private List<Committee> visibleCommittees() {
        boolean processOwner = access.currentUserIsProcessOwner();
        return committees.findAll().stream()
                .filter(c -> processOwner || isVisibleSpace(c))
                .toList();
    }

    private boolean isVisible(Optional<Committee> committee) {
        return committee.isPresent() && (access.currentUserIsProcessOwner() || isVisibleSpace(committee.get()));
    }

    /** A committee without a space is the process owner's business only. */
    private boolean isVisibleSpace(Committee committee) {
        return committee.spaceKey() != null && access.canViewSpace(committee.spaceKey());
    }

    private static long parse(String value, String field) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new DocumentException(Problem.INVALID_INPUT, field);
        }
    }
}
