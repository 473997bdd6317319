package se.planprocess.confluence.rest;

import com.fasterxml.jackson.databind.JsonNode;
import se.planprocess.confluence.administration.CycleAdministration;
import se.planprocess.confluence.administration.CycleChange;
import se.planprocess.confluence.administration.CycleDraft;
import se.planprocess.confluence.administration.VersionedCycle;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.host.ConfluenceAccess;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One cycle for the process owner and Confluence administrators: read it, save it whole on the version read
 * ({@code PUT}), copy it to the next plan year, archive it, read its recorded changes. Every refusal is one JSON
 * answer naming the field ({@code phases[2].end}); a refused save writes nothing.
 */
@Path("/admin/cycles/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class CycleAdminResource {
    /** A cycle's whole body: enough for a 10,000-character name to be refused by its rule, not by the size. */
    static final int MAX_CYCLE_BODY = 64 * 1024;

    private final CycleAdministration administration;
    private final ConfluenceAccess access;

    @Inject
    public CycleAdminResource(CycleAdministration administration, ConfluenceAccess access) {
        this.administration = administration;
        this.access = access;
    }

    @GET
    public Response get(@PathParam("id") long id) {
        requireProcessOwner();
        return Responses.ok(cycleMap(administration.get(id)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, String body) {
        requireProcessOwner();
        JsonNode request = Json.object(body, MAX_CYCLE_BODY);
        long version = Json.requiredVersion(request);
        CycleDraft draft = draft(request);
        return Responses.ok(cycleMap(administration.update(id, version, draft, access.actor())));
    }

    @POST
    @Path("/copy")
    public Response copy(@PathParam("id") long id) {
        requireProcessOwner();
        return Responses.ok(cycleMap(administration.copy(id, access.actor())));
    }

    @POST
    @Path("/archive")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response archive(@PathParam("id") long id, String body) {
        requireProcessOwner();
        long version = Json.requiredVersion(Json.object(body));
        return Responses.ok(cycleMap(administration.archive(id, version, access.actor())));
    }

    @GET
    @Path("/audit")
    public Response audit(@PathParam("id") long id) {
        requireProcessOwner();
        List<Map<String, Object>> changes = new ArrayList<>();
        for (CycleChange change : administration.history(id)) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("version", change.version());
            map.put("at", change.at().toString());
            map.put("actorKey", change.actorKey());
            map.put("actorName", change.actorName());
            map.put("action", change.action().key());
            map.put("details", change.details());
            changes.add(map);
        }
        return Responses.ok(changes);
    }

    /** A cycle with its version and archive mark, as the list and the page read it. */
    static Map<String, Object> cycleMap(VersionedCycle stored) {
        Map<String, Object> map = AdminResource.cycleMap(stored.cycle());
        map.put("version", stored.version());
        map.put("archived", stored.cycle().archived());
        return map;
    }

    private static CycleDraft draft(JsonNode request) {
        Map<String, String> versions = new LinkedHashMap<>();
        JsonNode named = request.get("templateVersions");
        if (named != null && !named.isNull()) {
            if (!named.isObject()) {
                throw new DocumentException(Problem.INVALID_INPUT, "templateVersions");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = named.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                versions.put(field.getKey(), text(field.getValue(), "templateVersions." + field.getKey()));
            }
        }
        List<CycleDraft.PhaseDraft> phases = new ArrayList<>();
        JsonNode phaseList = list(request, "phases");
        for (int i = 0; i < phaseList.size(); i++) {
            JsonNode p = object(phaseList.get(i), "phases[" + i + "]");
            String path = "phases[" + i + "].";
            phases.add(new CycleDraft.PhaseDraft(text(p, "key", path), text(p, "nameSv", path),
                    text(p, "nameEn", path), text(p, "start", path), text(p, "end", path),
                    bool(p, "parallel", path)));
        }
        List<CycleDraft.MilestoneDraft> milestones = new ArrayList<>();
        JsonNode milestoneList = list(request, "milestones");
        for (int i = 0; i < milestoneList.size(); i++) {
            JsonNode m = object(milestoneList.get(i), "milestones[" + i + "]");
            String path = "milestones[" + i + "].";
            milestones.add(new CycleDraft.MilestoneDraft(text(m, "key", path), text(m, "nameSv", path),
                    text(m, "nameEn", path), text(m, "date", path), text(m, "phase", path),
                    text(m, "documentKind", path), text(m, "requiredStatus", path), ids(m, path + "committees")));
        }
        JsonNode horizon = request.get("horizonYears");
        if (horizon == null || !horizon.isIntegralNumber() || !horizon.canConvertToInt()) {
            throw new DocumentException(Problem.INVALID_INPUT, "horizonYears");
        }
        return new CycleDraft(text(request, "nameSv", ""), text(request, "nameEn", ""), horizon.asInt(), versions,
                phases, milestones);
    }

    private static JsonNode list(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new DocumentException(Problem.INVALID_INPUT, field);
        }
        return value;
    }

    private static JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new DocumentException(Problem.INVALID_INPUT, path);
        }
        return node;
    }

    private static String text(JsonNode node, String field, String prefix) {
        return text(node.get(field), prefix + field);
    }

    private static String text(JsonNode value, String path) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new DocumentException(Problem.INVALID_INPUT, path);
        }
        return value.asText();
    }

    private static boolean bool(JsonNode node, String field, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new DocumentException(Problem.INVALID_INPUT, prefix + field);
        }
        return value.asBoolean();
    }

    private static List<Long> ids(JsonNode node, String path) {
        JsonNode value = node.get("committees");
        List<Long> ids = new ArrayList<>();
        if (value == null || value.isNull()) {
            return ids;
        }
        if (!value.isArray()) {
            throw new DocumentException(Problem.INVALID_INPUT, path);
        }
        for (JsonNode id : value) {
            if (!id.isIntegralNumber() || !id.canConvertToLong()) {
                throw new DocumentException(Problem.INVALID_INPUT, path);
            }
            ids.add(id.asLong());
        }
        return ids;
    }

    private void requireProcessOwner() {
        if (!access.currentUserIsProcessOwner()) {
            throw new DocumentException(Problem.FORBIDDEN);
        }
    }
}
