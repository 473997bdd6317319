package se.planprocess.confluence.rest;

import com.fasterxml.jackson.databind.JsonNode;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.kind.KindSpecification;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.report.ReportSection;
import se.planprocess.confluence.sections.SectionDraft;
import se.planprocess.confluence.sections.SectionTemplates;
import se.planprocess.confluence.sections.TemplateChange;
import se.planprocess.confluence.sections.TemplateSet;
import se.planprocess.confluence.sections.TemplateVersion;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The section templates of every kind for the process owner and Confluence administrators: list the versions, read
 * one, copy one to a new version, reword a configured one on the revision read ({@code PUT}), read its recorded
 * changes. Writes take JSON only ({@code @Consumes}), which Confluence's XSRF rules protect like the other admin
 * writes. Every refusal is one JSON answer naming the field ({@code sections[2].headingSv}); a refused save writes
 * nothing.
 */
@Path("/admin/templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateAdminResource {
    /** A version's whole body: six sections of the longest wording fit, a 10,000-character heading is refused by its rule. */
    static final int MAX_TEMPLATE_BODY = 128 * 1024;

    private final SectionTemplates templates;
    private final ConfluenceAccess access;

    @Inject
    public TemplateAdminResource(SectionTemplates templates, ConfluenceAccess access) {
        this.templates = templates;
        this.access = access;
    }

    /** Every kind with sections and its versions (built in first), without their wording. */
    @GET
    public Response list() {
        requireProcessOwner();
        TemplateSet set = templates.current();
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (KindSpecification kind : templates.kindsWithSections()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("kind", kind.kind().key());
            map.put("nameSv", kind.name().sv());
            map.put("nameEn", kind.name().en());
            map.put("versions", set.versions(kind.kind()).stream().map(TemplateAdminResource::summary).toList());
            kinds.add(map);
        }
        return Responses.ok(kinds);
    }

    @GET
    @Path("/{kind}/{version}")
    public Response get(@PathParam("kind") String kind, @PathParam("version") String version) {
        requireProcessOwner();
        return Responses.ok(versionMap(templates.get(kind(kind), version)));
    }

    /** {@code {"version": "2026"}}: a new configured version with the wording of this one. */
    @POST
    @Path("/{kind}/{version}/copy")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response copy(@PathParam("kind") String kind, @PathParam("version") String version, String body) {
        requireProcessOwner();
        JsonNode request = Json.object(body);
        String newVersion = Json.optionalText(request, "version");
        return Responses.ok(versionMap(templates.copy(kind(kind), version, newVersion, access.actor())));
    }

    /**
     * {@code {"revision": 3, "sections": [{"key": "goals", "headingSv": ..., "headingEn": ..., "guidanceSv": ...,
     * "guidanceEn": ...}, ...]}}: every section of the version, in its order, with its new wording.
     */
    @PUT
    @Path("/{kind}/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("kind") String kind, @PathParam("version") String version, String body) {
        requireProcessOwner();
        JsonNode request = Json.object(body, MAX_TEMPLATE_BODY);
        long revision = revision(request);
        List<SectionDraft> sections = sections(request);
        return Responses.ok(versionMap(templates.update(kind(kind), version, revision, sections, access.actor())));
    }

    @GET
    @Path("/{kind}/{version}/audit")
    public Response audit(@PathParam("kind") String kind, @PathParam("version") String version) {
        requireProcessOwner();
        List<Map<String, Object>> changes = new ArrayList<>();
        for (TemplateChange change : templates.history(kind(kind), version)) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("revision", change.revision());
            map.put("at", change.at().toString());
            map.put("actorKey", change.actorKey());
            map.put("actorName", change.actorName());
            map.put("action", change.action().key());
            map.put("details", change.details());
            changes.add(map);
        }
        return Responses.ok(changes);
    }

    private DocumentKind kind(String key) {
        return DocumentKind.fromKey(key)
                .filter(k -> templates.kindsWithSections().stream().anyMatch(s -> s.kind().equals(k)))
                .orElseThrow(() -> new DocumentException(Problem.UNKNOWN_SECTION_TEMPLATE));
    }

    private static long revision(JsonNode request) {
        JsonNode value = request.get("revision");
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 1) {
            throw new DocumentException(Problem.INVALID_INPUT, "revision");
        }
        return value.asLong();
    }

    private static List<SectionDraft> sections(JsonNode request) {
        JsonNode list = request.get("sections");
        if (list == null || !list.isArray()) {
            throw new DocumentException(Problem.INVALID_INPUT, "sections");
        }
        List<SectionDraft> drafts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode section = list.get(i);
            String path = "sections[" + i + "]";
            if (!section.isObject()) {
                throw new DocumentException(Problem.INVALID_INPUT, path);
            }
            drafts.add(new SectionDraft(Json.optionalText(section, "key"), text(section, path, "headingSv"),
                    text(section, path, "headingEn"), text(section, path, "guidanceSv"),
                    text(section, path, "guidanceEn")));
        }
        return drafts;
    }

    /** A text field of a section (absent or null is null); anything else names the field. */
    private static String text(JsonNode section, String path, String field) {
        JsonNode value = section.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new DocumentException(Problem.INVALID_INPUT, path + "." + field);
        }
        return value.asText();
    }

    private static Map<String, Object> summary(TemplateVersion version) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", version.kind().key());
        map.put("version", version.version());
        map.put("builtIn", version.builtIn());
        map.put("basedOn", version.basedOn());
        map.put("revision", version.revision());
        return map;
    }

    static Map<String, Object> versionMap(TemplateVersion version) {
        Map<String, Object> map = summary(version);
        List<Map<String, Object>> sections = new ArrayList<>();
        for (ReportSection section : version.template().sections()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("key", section.key());
            s.put("headingSv", section.heading().sv());
            s.put("headingEn", section.heading().en());
            s.put("guidanceSv", section.guidance().sv());
            s.put("guidanceEn", section.guidance().en());
            sections.add(s);
        }
        map.put("sections", sections);
        return map;
    }

    private void requireProcessOwner() {
        if (!access.currentUserIsProcessOwner()) {
            throw new DocumentException(Problem.FORBIDDEN);
        }
    }
}
