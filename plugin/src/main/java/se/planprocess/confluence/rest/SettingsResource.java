package se.planprocess.confluence.rest;

import com.fasterxml.jackson.databind.JsonNode;
import se.planprocess.confluence.administration.ProcessSettings;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.host.ConfluenceAccess;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.Map;

/**
 * The app's settings, for Confluence administrators only: the process owner group ({@code processOwnerGroup}), whose
 * members keep the calendar and mark reports received. Read by the process owner too.
 */
@Path("/admin/settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {
    private final ProcessSettings settings;
    private final ConfluenceAccess access;

    @Inject
    public SettingsResource(ProcessSettings settings, ConfluenceAccess access) {
        this.settings = settings;
        this.access = access;
    }

    @GET
    public Response get() {
        if (!access.currentUserIsProcessOwner()) {
            throw new DocumentException(Problem.FORBIDDEN);
        }
        return Responses.ok(Map.of("processOwnerGroup", settings.processOwnerGroup()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(String body) {
        if (!access.currentUserIsAdministrator()) {
            throw new DocumentException(Problem.FORBIDDEN);
        }
        JsonNode request = Json.object(body);
        String group = Json.optionalText(request, "processOwnerGroup");
        settings.setProcessOwnerGroup(group);
        return Responses.ok(Map.of("processOwnerGroup", settings.processOwnerGroup()));
    }
}
