package se.planprocess.confluence.rest;

import com.atlassian.confluence.pages.Page;
import com.fasterxml.jackson.databind.JsonNode;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.view.StatusView;
import se.planprocess.confluence.view.StatusViewService;

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
 * A tracked document's status, readiness and history; status changes and section marks. Reads need view
 * permission on the page (otherwise 404, so nothing leaks), changes need edit permission (403). A change carries
 * the version it was based on; a stale one gets 409 naming who changed the document. A step into "Inskickad" (the
 * kind's ready-by status) with sections not ready needs {@code "confirmNotReadySections": true}, else 409. Refusals are thrown and answered
 * by the package's exception mappers.
 */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {
    /**
     * The flag of a status change that goes ahead although sections are not ready; without it such a change is
     * refused with 409 {@code not-ready-sections}, naming the sections.
     */
    static final String CONFIRM_NOT_READY = "confirmNotReadySections";

    private final DocumentService documents;
    private final StatusViewService views;
    private final ConfluenceAccess access;
    private final Messages messages;

    @Inject
    public DocumentResource(DocumentService documents, StatusViewService views, ConfluenceAccess access,
                            Messages messages) {
        this.documents = documents;
        this.views = views;
        this.access = access;
        this.messages = messages;
    }

    @GET
    @Path("/{pageId}")
    public Response get(@PathParam("pageId") String pageId) {
        Page page = viewablePage(pageId);
        TrackedDocument document = tracked(page);
        return Responses.ok(view(document, page));
    }

    @GET
    @Path("/{pageId}/history")
    public Response history(@PathParam("pageId") String pageId) {
        Page page = viewablePage(pageId);
        return Responses.ok(view(tracked(page), page).history());
    }

    @POST
    @Path("/{pageId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeStatus(@PathParam("pageId") String pageId, String body) {
        Page page = editablePage(pageId);
        JsonNode request = Json.object(body);
        String status = Json.requiredText(request, "status");
        long version = Json.requiredVersion(request);
        String comment = Json.optionalText(request, "comment");
        boolean confirmNotReady = Json.optionalBoolean(request, CONFIRM_NOT_READY);
        TrackedDocument changed = documents.changeStatus(page.getId(), version, status, comment, confirmNotReady,
                access.actor());
        return Responses.ok(view(changed, page));
    }

    @POST
    @Path("/{pageId}/sections/{section}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response markSection(@PathParam("pageId") String pageId, @PathParam("section") String section,
                                String body) {
        Page page = editablePage(pageId);
        JsonNode request = Json.object(body);
        boolean ready = Json.requiredBoolean(request, "ready");
        long version = Json.requiredVersion(request);
        String comment = Json.optionalText(request, "comment");
        TrackedDocument changed = documents.markSection(page.getId(), version, section, ready, comment,
                access.actor());
        return Responses.ok(view(changed, page));
    }

    private StatusView view(TrackedDocument document, Page page) {
        return views.view(document, messages.locale(), access.canEdit(page), access.currentUserIsProcessOwner());
    }

    private Page viewablePage(String pageId) {
        return access.viewablePage(parseId(pageId)).orElseThrow(() -> new DocumentException(Problem.NOT_TRACKED));
    }

    private Page editablePage(String pageId) {
        Page page = viewablePage(pageId);
        tracked(page);
        if (!access.canEdit(page)) {
            throw new DocumentException(Problem.FORBIDDEN);
        }
        return page;
    }

    private TrackedDocument tracked(Page page) {
        return documents.byPage(page.getId())
                .filter(TrackedDocument::isActive)
                .orElseThrow(() -> new DocumentException(Problem.NOT_TRACKED));
    }

    static long parseId(String id) {
        try {
            long value = Long.parseLong(id);
            if (value <= 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new DocumentException(Problem.NOT_TRACKED);
        }
    }
}
