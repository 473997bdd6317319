package se.planprocess.confluence.report.blueprint;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.document.CycleRepository;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.kind.KindSpecification;
import se.planprocess.confluence.kind.PageRegistration;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.report.ReportSection;
import se.planprocess.confluence.report.ReportTemplate;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.view.StatusViewService;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fills the feedback report's content template: the title, the deadline and the cycle's headings with their guidance
 * as instructional placeholders. A wrong or duplicate choice is refused with a message in the user's language; the
 * wizard refuses the same choices before it submits, so this is the last guard. A title already taken by a page in
 * the space is refused here as well, before Confluence would (it keeps titles unique within a space). The messages carry no user text:
 * Confluence 8.7.2's Create dialog shows a provider's message as HTML.
 *
 * <p>The registration (kind, cycle, committee, template version) goes into the <em>incoming</em> map, under the keys
 * of the feedback report's {@link PageRegistration}. Confluence's
 * create-content plugin publishes {@code BlueprintPageCreateEvent} with the request's context map and uses the map
 * returned here only to render the content template ({@code DefaultContentBlueprintService.createPage},
 * {@code DefaultBlueprintContentGenerator.getContentTemplateContext}); Atlassian's own
 * {@code AbstractBlueprintContextProvider} works the same way, its {@code BlueprintContext} wraps the incoming map.
 * The registration keys always overwrite whatever the request carried under those names.
 */
public class ReportContextProvider implements ContextProvider {
    /** The kind of the pages this provider fills. */
    static final DocumentKind KIND = DocumentKind.FEEDBACK_REPORT;
    /** Confluence's key for the new page's title (BlueprintContextKeys.CONTENT_PAGE_TITLE). */
    static final String CONTENT_PAGE_TITLE = "ContentPageTitle";

    private final CycleRepository cycles;
    private final CommitteeRepository committees;
    private final DocumentService documents;
    private final ProcessCalendar calendar;
    private final Messages messages;
    private final ConfluenceAccess access;

    public ReportContextProvider(CycleRepository cycles, CommitteeRepository committees, DocumentService documents,
                                 ProcessCalendar calendar, Messages messages, ConfluenceAccess access) {
        this.cycles = cycles;
        this.committees = committees;
        this.documents = documents;
        this.calendar = calendar;
        this.messages = messages;
        this.access = access;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        String spaceKey = string(context.get("spaceKey"));
        Cycle cycle = chosenCycle(context.get("cycleId"));
        Committee committee = chosenCommittee(context.get("committeeId"), spaceKey);
        committees.findBySpaceKey(spaceKey)
                .filter(owner -> owner.id() != committee.id() && !access.currentUserIsProcessOwner())
                .ifPresent(owner -> {
                    throw new IllegalArgumentException(messages.text("planprocess.wizard.report.otherspace"));
                });
        documents.singletonSlot(KIND, cycle.id(), committee.id()).ifPresent(existing -> {
            throw new IllegalArgumentException(messages.text(access.viewablePage(existing.pageId()).isPresent()
                    ? "planprocess.wizard.report.exists" : "planprocess.wizard.report.exists.hidden"));
        });
        KindSpecification specification = documents.kinds().require(KIND);
        // the cycle's version of the kind, built in or configured (one read of the configured versions)
        ReportTemplate template = documents.templates().templateFor(KIND, cycle.templateVersion(KIND).orElse(null))
                .orElseThrow();
        PageRegistration registration = specification.pageRegistration().orElseThrow();
        Locale swedish = Locale.forLanguageTag("sv-SE");
        String title = title(cycle, committee);
        if (access.pageTitleTaken(spaceKey, title)) {
            throw new IllegalArgumentException(messages.text("planprocess.wizard.report.titletaken"));
        }

        // What the page-created listener needs: into the request's own map, which the event carries.
        context.put(registration.kindKey(), KIND.key());
        context.put(registration.cycleIdKey(), String.valueOf(cycle.id()));
        context.put(registration.committeeIdKey(), String.valueOf(committee.id()));
        context.put(registration.templateVersionKey(), template.version());
        context.put(registration.cycleLabelKey(), cycle.key());

        // What only the content template needs.
        Map<String, Object> result = new HashMap<>(context);
        result.put(CONTENT_PAGE_TITLE, title);
        result.put("committeeName", committee.name());
        result.put("cycleName", cycle.name().sv());
        result.put("deadlineText", deadlineText(cycle, swedish));
        result.put("sectionsXhtml", sectionsXhtml(template));
        return result;
    }

    /**
     * "Återkopplingsrapport Regionplan 2027–2030 – Hälso- och sjukvårdsnämnden": the cycle's name carries its plan
     * period, so two cycles give two titles. Should another cycle have the same Swedish name, the cycle's key (unique
     * in the database) follows it in parentheses. A committee's name is unique too, so the title is one per report.
     */
    String title(Cycle cycle, Committee committee) {
        String name = cycle.name().sv();
        boolean shared = cycles.findAll().stream()
                .anyMatch(other -> other.id() != cycle.id() && other.name().sv().equals(name));
        return "Återkopplingsrapport " + (shared ? name + " (" + cycle.key() + ")" : name) + " \u2013 "
                + committee.name();
    }

    private Cycle chosenCycle(Object value) {
        String id = string(value);
        if (id.isEmpty()) {
            return calendar.currentCycle(cycles.findAll())
                    .orElseThrow(() -> new IllegalArgumentException(messages.text("planprocess.wizard.report.nocycle")));
        }
        return parse(id).flatMap(cycles::findById)
                .orElseThrow(() -> new IllegalArgumentException(messages.text("planprocess.wizard.report.badcycle")));
    }

    private Committee chosenCommittee(Object value, String spaceKey) {
        String id = string(value);
        Optional<Committee> committee = id.isEmpty()
                ? committees.findBySpaceKey(spaceKey)
                : parse(id).flatMap(committees::findById);
        return committee.filter(Committee::active)
                .orElseThrow(() -> new IllegalArgumentException(messages.text("planprocess.wizard.report.badcommittee")));
    }

    private String deadlineText(Cycle cycle, Locale locale) {
        return cycle.deadlinesFor(KIND, null).stream().findFirst()
                .map(m -> m.name().in(locale) + " " + StatusViewService.formatDay(m.date(), locale))
                .orElse("");
    }

    /** The headings with their guidance as instructional text, and the risk table. All text is escaped. */
    static String sectionsXhtml(ReportTemplate template) {
        StringBuilder xhtml = new StringBuilder();
        for (ReportSection section : template.sections()) {
            xhtml.append("<h2>").append(escape(section.heading().sv())).append("</h2>");
            xhtml.append("<p><ac:placeholder>").append(escape(section.guidance().sv())).append("</ac:placeholder></p>");
            if (ReportTemplates.RISK.equals(section.key())) {
                xhtml.append("<table><tbody><tr><th><p>Risk</p></th><th><p>Konsekvens</p></th>")
                        .append("<th><p>Sannolikhet</p></th><th><p>Åtgärd</p></th></tr>");
                for (int row = 0; row < 3; row++) {
                    xhtml.append("<tr><td><p><br /></p></td><td><p><br /></p></td><td><p><br /></p></td>")
                            .append("<td><p><br /></p></td></tr>");
                }
                xhtml.append("</tbody></table>");
            }
        }
        return xhtml.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString().trim();
    }
}
