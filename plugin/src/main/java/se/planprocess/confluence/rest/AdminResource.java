package se.planprocess.confluence.rest;

import com.fasterxml.jackson.databind.JsonNode;
import se.planprocess.confluence.administration.CycleAdministration;
import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.document.CycleRepository;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.kind.KindSpecification;
import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CycleFactory;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.DateRange;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.process.LogText;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.process.ProcessTemplate;
import se.planprocess.confluence.process.ProcessTemplates;
import se.planprocess.confluence.report.ReportTemplate;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Configuration of committees and cycles, for the process owner (ekonomistaben) and Confluence administrators.
 * The admin page builds on these endpoints.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
    private final CommitteeRepository committees;
    private final CycleRepository cycles;
    private final KindCatalogue kinds;
    private final ConfluenceAccess access;
    private final Messages messages;
    private final CycleAdministration administration;

    @Inject
    public AdminResource(CommitteeRepository committees, CycleRepository cycles, KindCatalogue kinds,
                         ConfluenceAccess access, Messages messages, CycleAdministration administration) {
        this.committees = committees;
        this.cycles = cycles;
        this.kinds = kinds;
        this.access = access;
        this.messages = messages;
        this.administration = administration;
    }

    @GET
    @Path("/committees")
    public Response listCommittees() {
        requireProcessOwner();
        return Responses.ok(committees.findAll());
    }

    /**
     * Creates a committee, or updates the one with the same space key. Names are one line of text; the space must
     * exist in Confluence (it is stored as Confluence spells its key).
     */
    @POST
    @Path("/committees")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveCommittee(String body) {
        requireProcessOwner();
        JsonNode request = Json.object(body);
        String name = Json.requiredName(request, "name", Committee.MAX_NAME);
        String shortName = Json.requiredName(request, "shortName", Committee.MAX_SHORT_NAME);
        String spaceKey = existingSpace(Json.optionalText(request, "spaceKey"));
        boolean active = !request.has("active") || Json.requiredBoolean(request, "active");
        long id = spaceKey == null ? 0 : committees.findBySpaceKey(spaceKey).map(Committee::id).orElse(0L);
        return Responses.ok(committees.save(new Committee(id, name, shortName, spaceKey, active)));
    }

    private String existingSpace(String spaceKey) {
        if (spaceKey == null) {
            return null;
        }
        Committee.requireSpaceKey(spaceKey, "spaceKey");
        return access.existingSpaceKey(spaceKey)
                .orElseThrow(() -> new InvalidValueException("spaceKey", InvalidValueException.Rule.UNKNOWN_SPACE,
                        spaceKey));
    }

    @GET
    @Path("/cycles")
    public Response listCycles() {
        requireProcessOwner();
        return Responses.ok(administration.all().stream().map(CycleAdminResource::cycleMap).toList());
    }

    /**
     * Creates a cycle from a template for a plan year, with optional phase dates
     * ({@code "phases": {"committee-feedback": {"start": "2026-05-14", "end": "2026-09-26"}}}), optional
     * milestones replacing the template's, and optional template versions per kind
     * ({@code "templateVersions": {"feedback-report": "2021"}}; {@code "reportTemplateVersion": "2021"}, as earlier
     * versions sent it, names the feedback report's). A kind with sections that is not named gets its current one.
     */
    @POST
    @Path("/cycles")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createCycle(String body) {
        requireProcessOwner();
        JsonNode request = Json.object(body);
        ProcessTemplate template = ProcessTemplates.byKey(Json.requiredText(request, "template"))
                .orElseThrow(() -> new DocumentException(Problem.INVALID_INPUT, "template"));
        int planYear = Json.requiredInt(request, "planYear", Cycle.FIRST_YEAR, Cycle.LAST_YEAR);
        Map<DocumentKind, String> versions = templateVersions(request);
        Cycle base = CycleFactory.fromTemplate(template, planYear, versions);
        if (cycles.findByKey(base.key()).isPresent()) {
            throw new DocumentException(Problem.DUPLICATE, base.key());
        }
        List<CyclePhase> phases = phases(base, request.get("phases"));
        List<Milestone> milestones = request.has("milestones")
                ? milestones(request.get("milestones"), phases) : base.milestones();
        Cycle cycle = new Cycle(0, base.key(), base.name(), planYear, base.horizonYears(), base.templateKey(),
                versions, phases, milestones);
        return Responses.ok(CycleAdminResource.cycleMap(administration.create(cycle, access.actor())));
    }

    /** Every kind with sections at its current version, overridden by what the request names. */
    private Map<DocumentKind, String> templateVersions(JsonNode request) {
        Map<DocumentKind, String> versions = new LinkedHashMap<>();
        for (KindSpecification specification : kinds.all()) {
            specification.currentTemplate().ifPresent(t -> versions.put(specification.kind(), t.version()));
        }
        if (request.has("reportTemplateVersion")) {
            String version = Json.requiredText(request, "reportTemplateVersion");
            versions.put(DocumentKind.FEEDBACK_REPORT, knownVersion(DocumentKind.FEEDBACK_REPORT, version)
                    .orElseThrow(() -> new DocumentException(Problem.INVALID_INPUT, "reportTemplateVersion")));
        }
        JsonNode named = request.get("templateVersions");
        if (named != null && !named.isNull()) {
            if (!named.isObject()) {
                throw new DocumentException(Problem.INVALID_INPUT, "templateVersions");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = named.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                DocumentKind kind = DocumentKind.fromKey(field.getKey())
                        .filter(k -> kinds.find(k).filter(KindSpecification::hasSections).isPresent())
                        .orElseThrow(() -> new DocumentException(Problem.INVALID_INPUT, "templateVersions"));
                String version = field.getValue().isTextual() ? field.getValue().asText() : null;
                versions.put(kind, knownVersion(kind, version).orElseThrow(
                        () -> new DocumentException(Problem.INVALID_INPUT, "templateVersions." + kind.key())));
            }
        }
        return versions;
    }

    /** A version the kind has, built in or configured. */
    private Optional<String> knownVersion(DocumentKind kind, String version) {
        return version == null ? Optional.empty()
                : administration.templates().template(kind, version).map(ReportTemplate::version);
    }

    /** A cycle as JSON-friendly values (ISO dates). */
    static Map<String, Object> cycleMap(Cycle cycle) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("id", cycle.id());
        map.put("key", cycle.key());
        map.put("nameSv", cycle.name().sv());
        map.put("nameEn", cycle.name().en());
        map.put("planYear", cycle.planYear());
        map.put("horizonYears", cycle.horizonYears());
        map.put("template", cycle.templateKey());
        Map<String, String> versions = new java.util.TreeMap<>();
        cycle.templateVersions().forEach((kind, version) -> versions.put(kind.key(), version));
        map.put("templateVersions", versions);
        // as earlier versions answered: the feedback report's version
        map.put("reportTemplateVersion", cycle.templateVersion(DocumentKind.FEEDBACK_REPORT).orElse(null));
        List<Map<String, Object>> phases = new ArrayList<>();
        for (CyclePhase phase : cycle.phases()) {
            Map<String, Object> p = new java.util.LinkedHashMap<>();
            p.put("key", phase.key());
            p.put("nameSv", phase.name().sv());
            p.put("nameEn", phase.name().en());
            p.put("start", phase.dates().start().toString());
            p.put("end", phase.dates().end().toString());
            p.put("parallel", phase.parallel());
            phases.add(p);
        }
        map.put("phases", phases);
        List<Map<String, Object>> milestones = new ArrayList<>();
        for (Milestone milestone : cycle.milestones()) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("key", milestone.key());
            m.put("nameSv", milestone.name().sv());
            m.put("nameEn", milestone.name().en());
            m.put("date", milestone.date().toString());
            m.put("phase", milestone.phaseKey());
            m.put("documentKind", milestone.documentKind() == null ? null : milestone.documentKind().key());
            m.put("requiredStatus", milestone.requiredStatus());
            m.put("committees", milestone.committeeIds().stream().sorted().toList());
            milestones.add(m);
        }
        map.put("milestones", milestones);
        return map;
    }

    private static List<CyclePhase> phases(Cycle base, JsonNode overrides) {
        List<CyclePhase> phases = new ArrayList<>(base.phases());
        if (overrides == null || overrides.isNull()) {
            return phases;
        }
        if (!overrides.isObject()) {
            throw new DocumentException(Problem.INVALID_INPUT, "phases");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = overrides.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            int index = indexOf(phases, field.getKey(), "phases." + LogText.of(field.getKey()));
            JsonNode dates = field.getValue();
            if (!dates.isObject()) {
                throw new DocumentException(Problem.INVALID_INPUT, "phases." + field.getKey());
            }
            LocalDate start = day(dates, "start", "phases." + field.getKey());
            LocalDate end = day(dates, "end", "phases." + field.getKey());
            if (end.isBefore(start)) {
                throw new DocumentException(Problem.INVALID_INPUT, "phases." + field.getKey() + ".end");
            }
            CyclePhase phase = phases.get(index);
            phases.set(index, new CyclePhase(phase.key(), phase.name(), new DateRange(start, end), phase.parallel()));
        }
        return phases;
    }

    private List<Milestone> milestones(JsonNode list, List<CyclePhase> phases) {
        if (!list.isArray()) {
            throw new DocumentException(Problem.INVALID_INPUT, "milestones");
        }
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "milestones[" + i + "]";
            try {
                milestones.add(milestone(list.get(i), phases));
            } catch (InvalidValueException e) {
                throw e.within(path);
            } catch (DocumentException e) {
                if (e.problem() != Problem.INVALID_INPUT) {
                    throw e;
                }
                Serializable[] arguments = e.arguments();
                throw new DocumentException(Problem.INVALID_INPUT,
                        arguments.length == 0 ? path : path + "." + arguments[0]);
            }
        }
        return milestones;
    }

    /** One milestone; fields are named as in the request, without the list's prefix. */
    private Milestone milestone(JsonNode node, List<CyclePhase> phases) {
        if (node == null || !node.isObject()) {
            throw new DocumentException(Problem.INVALID_INPUT);
        }
        String key = Json.requiredName(node, "key", Milestone.MAX_KEY);
        String nameSv = Json.requiredName(node, "nameSv", Milestone.MAX_NAME);
        String nameEn = Json.optionalName(node, "nameEn", Milestone.MAX_NAME);
        LocalDate date = day(node, "date", "");
        String phaseKey = Json.requiredText(node, "phase");
        indexOf(phases, phaseKey, "phase");
        String kindKey = Json.optionalText(node, "documentKind");
        KindSpecification kind = kindKey == null ? null : DocumentKind.fromKey(kindKey).flatMap(kinds::find)
                .orElseThrow(() -> new DocumentException(Problem.INVALID_INPUT, "documentKind"));
        String status = Json.optionalText(node, "requiredStatus");
        if ((kind == null) != (status == null) || (kind != null && !kind.canRequire(status))) {
            throw new DocumentException(Problem.INVALID_INPUT, "requiredStatus");
        }
        return new Milestone(key, Bilingual.of(nameSv, nameEn), date, phaseKey, Set.of(),
                kind == null ? null : kind.kind(), status);
    }

    private static int indexOf(List<CyclePhase> phases, String key, String field) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new DocumentException(Problem.INVALID_INPUT, field);
    }

    private static LocalDate day(JsonNode node, String field, String prefix) {
        String name = prefix.isEmpty() ? field : prefix + "." + field;
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new DocumentException(Problem.INVALID_INPUT, name);
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new DocumentException(Problem.INVALID_INPUT, name);
        }
    }

    private void requireProcessOwner() {
        if (!access.currentUserIsProcessOwner()) {
            throw new DocumentException(Problem.FORBIDDEN);
        }
    }
}
