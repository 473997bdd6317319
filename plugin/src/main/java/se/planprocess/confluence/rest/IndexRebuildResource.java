package se.planprocess.confluence.rest;

import com.fasterxml.jackson.databind.JsonNode;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.document.rebuild.Finding;
import se.planprocess.confluence.document.rebuild.IndexRebuild;
import se.planprocess.confluence.document.rebuild.RebuildItem;
import se.planprocess.confluence.document.rebuild.RebuildReport;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.host.Messages;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds the app's index from the pages ({@link IndexRebuild}), for Confluence administrators and the process
 * owner. {@code POST /admin/index/rebuild} with a JSON body (so a cross-site form cannot send it), {@code {}} or
 * {@code {"dryRun": true}}; answers what was fixed and what to look at, per finding, in the user's language. A
 * second rebuild while one runs gets 409.
 */
@Path("/admin/index")
@Produces(MediaType.APPLICATION_JSON)
public class IndexRebuildResource {
    private final IndexRebuild rebuild;
    private final ConfluenceAccess access;
    private final Messages messages;

    @Inject
    public IndexRebuildResource(IndexRebuild rebuild, ConfluenceAccess access, Messages messages) {
        this.rebuild = rebuild;
        this.access = access;
        this.messages = messages;
    }

    @POST
    @Path("/rebuild")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rebuild(String body) {
        if (!access.currentUserIsProcessOwner()) {
            throw new DocumentException(Problem.FORBIDDEN);
        }
        boolean dryRun = false;
        if (body != null && !body.isBlank()) {
            JsonNode request = Json.object(body);
            dryRun = request.has("dryRun") && Json.requiredBoolean(request, "dryRun");
        }
        RebuildReport report = rebuild.run(dryRun, access.actor(), messages.text("planprocess.rebuild.note"));
        return Responses.ok(json(report));
    }

    private Map<String, Object> json(RebuildReport report) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("dryRun", report.dryRun());
        answer.put("fixed", report.fixes());
        answer.put("toLookAt", report.toLookAt());
        answer.put("summary", messages.text(report.dryRun() ? "planprocess.rebuild.summary.dry"
                : "planprocess.rebuild.summary", String.valueOf(report.fixes()), String.valueOf(report.toLookAt())));
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding finding : Finding.values()) {
            counts.put(finding.code(), report.count(finding));
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("type", finding.code());
            group.put("fix", finding.isFix());
            group.put("heading", messages.text("planprocess.rebuild." + finding.code()));
            group.put("count", report.count(finding));
            List<Map<String, Object>> items = new ArrayList<>();
            for (RebuildItem item : report.items(finding)) {
                items.add(item(finding, item));
            }
            group.put("items", items);
            findings.add(group);
        }
        answer.put("counts", counts);
        answer.put("findings", findings);
        return answer;
    }

    private Map<String, Object> item(Finding finding, RebuildItem item) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("pageId", item.pageId());
        map.put("title", item.title());
        map.put("spaceKey", item.spaceKey());
        map.put("from", item.from());
        map.put("to", item.to());
        map.put("otherPageId", item.otherPageId());
        String key = "planprocess.rebuild." + finding.code()
                + (finding == Finding.UNRECOGNISED ? "." + item.to() : ".item");
        map.put("message", messages.text(key, item.title(), String.valueOf(item.pageId()),
                item.from() == null ? "" : item.from(), item.to() == null ? "" : item.to(),
                item.otherPageId() == null ? "" : String.valueOf(item.otherPageId())));
        return map;
    }
}
