package se.planprocess.confluence.rest;

import com.fasterxml.jackson.databind.JsonNode;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.space.CommitteeSpaces;
import se.planprocess.confluence.space.SpacePlan;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the app's space wizards ask before Confluence creates the space: the committees a committee room may be made
 * for, and the check of the wizard's fields (writes nothing; a refusal names the field, in the user's language).
 */
@Path("/spaces")
@Produces(MediaType.APPLICATION_JSON)
public class SpaceWizardResource {
    private final CommitteeSpaces spaces;
    private final ConfluenceAccess access;

    @Inject
    public SpaceWizardResource(CommitteeSpaces spaces, ConfluenceAccess access) {
        this.spaces = spaces;
        this.access = access;
    }

    /** Active committees without a space, for the process owner only. */
    @GET
    @Path("/committees")
    public Response committeesWithoutSpace() {
        if (!access.currentUserIsProcessOwner()) {
            throw new DocumentException(Problem.FORBIDDEN);
        }
        List<Map<String, Object>> list = spaces.withoutSpace().stream().map(SpaceWizardResource::committee).toList();
        return Responses.ok(Map.of("committees", list));
    }

    /** The wizard's fields as a JSON object of strings; 200 with the plan, or the refusal naming the field. */
    @POST
    @Path("/check")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response check(String body) {
        JsonNode request = Json.object(body);
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = request.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            fields.put(field.getKey(), value.isValueNode() && !value.isNull() ? value.asText() : value.isNull() ? null
                    : List.of());
        }
        SpacePlan plan = spaces.check(fields, access.currentUserIsProcessOwner());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("blueprint", plan.kind().code());
        answer.put("spaceKey", plan.spaceKey());
        answer.put("spaceName", plan.spaceName());
        plan.committee().ifPresent(c -> answer.put("committee", committee(c)));
        return Responses.ok(answer);
    }

    private static Map<String, Object> committee(Committee c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", c.name());
        m.put("shortName", c.shortName());
        return m;
    }
}
