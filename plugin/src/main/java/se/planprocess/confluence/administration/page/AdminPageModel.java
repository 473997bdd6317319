package se.planprocess.confluence.administration.page;

import se.planprocess.confluence.administration.CycleAdministration;
import se.planprocess.confluence.administration.CycleChange;
import se.planprocess.confluence.administration.VersionedCycle;
import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.kind.KindSpecification;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.process.ProcessTemplates;
import se.planprocess.confluence.report.ReportTemplate;
import se.planprocess.confluence.sections.TemplateSet;
import se.planprocess.confluence.workflow.Status;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Builds the administration page's view for the current user from the stored cycles, kinds and committees. */
final class AdminPageModel {
    private static final ZoneId REGION = ZoneId.of("Europe/Stockholm");
    /** The page's texts, by their short name in the template ({@code text.save} is {@code planprocess.admin.save}). */
    private static final List<String> TEXTS = List.of("title", "intro", "cycles", "cycles.caption", "cycle.name",
            "cycle.year", "cycle.state", "cycle.version", "cycle.actions", "active", "archived", "edit", "copy",
            "archive", "archive.confirm", "new", "new.template", "new.year", "create", "editing", "general",
            "nameSv", "nameEn", "horizon", "templateVersion", "phases", "phase", "phase.key", "start", "end",
            "parallel", "parallel.help", "milestones", "milestone", "milestone.key", "date", "milestone.phase",
            "documentKind", "none", "requiredStatus", "committees", "committees.help", "save", "saved", "audit",
            "audit.empty", "audit.version", "audit.at", "audit.actor", "audit.action", "audit.details",
            "action.created", "action.copied", "action.updated", "action.archived", "settings", "group",
            "group.help", "group.save", "error.summary", "error.network", "archived.note", "readonly");

    private final CycleAdministration administration;
    private final CommitteeRepository committees;
    private final KindCatalogue kinds;
    private final Messages messages;
    private final Clock clock;

    AdminPageModel(CycleAdministration administration, CommitteeRepository committees, KindCatalogue kinds,
                   Messages messages, Clock clock) {
        this.administration = administration;
        this.committees = committees;
        this.kinds = kinds;
        this.messages = messages;
        this.clock = clock;
    }

    AdminPageView build(String contextPath, String pageUrl, Long selectedId, boolean administrator,
                        String processOwnerGroup) {
        Locale locale = messages.locale();
        List<VersionedCycle> all = administration.all();
        Optional<VersionedCycle> selected = all.stream()
                .filter(c -> selectedId != null && c.cycle().id() == selectedId).findFirst();
        List<AdminPageView.CycleRow> rows = new ArrayList<>();
        for (VersionedCycle stored : all) {
            Cycle cycle = stored.cycle();
            rows.add(new AdminPageView.CycleRow(cycle.id(), cycle.name().in(locale), cycle.planYear(),
                    cycle.archived(), stored.version(), pageUrl + "?cycle=" + cycle.id(),
                    selected.isPresent() && selected.get().cycle().id() == cycle.id(),
                    all.stream().noneMatch(o -> o.cycle().templateKey().equals(cycle.templateKey())
                            && o.cycle().planYear() == cycle.planYear() + 1)));
        }
        List<AdminPageView.Option> templates = ProcessTemplates.all().stream()
                .map(t -> new AdminPageView.Option(t.key(), t.name().in(locale), false)).toList();
        int suggested = all.stream().mapToInt(c -> c.cycle().planYear()).max()
                .orElse(clock.instant().atZone(REGION).getYear()) + 1;
        AdminPageView.Editor editor = selected.map(s -> editor(s, locale)).orElse(null);
        return new AdminPageView(AdminNav.of(contextPath, AdminNav.Section.CYCLES, messages),
                contextPath + "/rest/planprocess/1.0", pageUrl, administrator, processOwnerGroup,
                rows, templates, suggested, editor);
    }

    private AdminPageView.Editor editor(VersionedCycle stored, Locale locale) {
        Cycle cycle = stored.cycle();
        List<AdminPageView.VersionField> versions = new ArrayList<>();
        TemplateSet templates = administration.templates();
        for (KindSpecification kind : kinds.all()) {
            if (!kind.hasSections()) {
                continue;
            }
            String current = cycle.templateVersion(kind.kind())
                    .orElse(kind.currentTemplate().map(ReportTemplate::version).orElse(null));
            versions.add(new AdminPageView.VersionField(kind.kind().key(), kind.name().in(locale),
                    templates.versionKeys(kind.kind()).stream().map(v -> new AdminPageView.Option(v, v,
                            v.equals(current))).toList()));
        }
        List<AdminPageView.PhaseRow> phases = new ArrayList<>();
        for (int i = 0; i < cycle.phases().size(); i++) {
            CyclePhase phase = cycle.phases().get(i);
            phases.add(new AdminPageView.PhaseRow(i, phase.key(), phase.name().sv(), phase.name().en(),
                    phase.dates().start().toString(), phase.dates().end().toString(), phase.parallel()));
        }
        List<Committee> allCommittees = committees.findAll();
        List<AdminPageView.MilestoneRow> milestones = new ArrayList<>();
        for (int i = 0; i < cycle.milestones().size(); i++) {
            Milestone milestone = cycle.milestones().get(i);
            String kindKey = milestone.documentKind() == null ? "" : milestone.documentKind().key();
            List<AdminPageView.Option> kindOptions = new ArrayList<>();
            kindOptions.add(new AdminPageView.Option("", messages.text("planprocess.admin.none"), kindKey.isEmpty()));
            List<AdminPageView.OptionGroup> statuses = new ArrayList<>();
            for (KindSpecification kind : kinds.all()) {
                kindOptions.add(new AdminPageView.Option(kind.kind().key(), kind.name().in(locale),
                        kind.kind().key().equals(kindKey)));
                List<AdminPageView.Option> options = new ArrayList<>();
                for (Status status : kind.workflow().statuses()) {
                    options.add(new AdminPageView.Option(status.key(), status.name().in(locale),
                            kind.kind().key().equals(kindKey) && status.key().equals(milestone.requiredStatus())));
                }
                statuses.add(new AdminPageView.OptionGroup(kind.name().in(locale), options));
            }
            milestones.add(new AdminPageView.MilestoneRow(i, milestone.key(), milestone.name().sv(),
                    milestone.name().en(), milestone.date().toString(),
                    cycle.phases().stream().map(p -> new AdminPageView.Option(p.key(), p.name().in(locale),
                            p.key().equals(milestone.phaseKey()))).toList(),
                    kindOptions, statuses,
                    allCommittees.stream().map(c -> new AdminPageView.Option(String.valueOf(c.id()), c.name(),
                            milestone.committeeIds().contains(c.id()))).toList()));
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        List<AdminPageView.AuditRow> audit = administration.history(cycle.id()).stream()
                .map(c -> new AdminPageView.AuditRow(c.version(), c.at().atZone(REGION).format(when), c.actorName(),
                        messages.text("planprocess.admin.action." + c.action().key()), c.details(),
                        !c.details().isEmpty()))
                .toList();
        return new AdminPageView.Editor(cycle.id(), stored.version(), cycle.archived(), cycle.name().in(locale),
                cycle.name().sv(), Objects.equals(cycle.name().en(), cycle.name().sv()) ? "" : cycle.name().en(),
                cycle.horizonYears(), cycle.planYear(), versions, phases, milestones, audit, !audit.isEmpty());
    }

    /** The page's labels in the user's language, by short name ({@code text.save}). */
    Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : TEXTS) {
            texts.put(name.replace('.', '_'), messages.text("planprocess.admin." + name));
        }
        return texts;
    }
}
