package se.planprocess.confluence.calendar.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.templaterenderer.TemplateRenderer;
import se.planprocess.confluence.calendar.CalendarTokens;
import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.document.CycleRepository;
import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.host.ConfluenceTrackerViewer;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.host.PluginKey;
import se.planprocess.confluence.macro.MacroTemplates;
import se.planprocess.confluence.macro.VelocityModel;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.UserText;
import se.planprocess.confluence.progress.ProcessCalendar;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code planprocess-calendar-link} ("Prenumerera på processkalendern"): how to subscribe to the process calendar, a
 * button that makes the viewer's own secret link, a field to copy it from, and the viewer's links with a button to
 * revoke each. Parameters: {@code cycle} (a cycle's key; without it the feed has every cycle) and {@code committee}
 * (a committee's space key; without it the feed is for everyone); an unknown cycle, or a committee the viewer may not
 * see, is an error naming the parameter.
 */
public class CalendarLinkMacro implements Macro {
    static final int MAX_PARAMETER = 100;

    private final CalendarTokens tokens;
    private final CycleRepository cycles;
    private final CommitteeRepository committees;
    private final ConfluenceAccess access;
    private final Messages messages;
    private final MacroTemplates templates;
    private final PageBuilderService pageBuilder;

    public CalendarLinkMacro(CalendarTokens tokens, CycleRepository cycles, CommitteeRepository committees,
                             ConfluenceAccess access, Messages messages, TemplateRenderer renderer,
                             PageBuilderService pageBuilder) {
        this.tokens = tokens;
        this.cycles = cycles;
        this.committees = committees;
        this.access = access;
        this.messages = messages;
        this.templates = new MacroTemplates(renderer, messages);
        this.pageBuilder = pageBuilder;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Map<String, String> raw = parameters == null ? Map.of() : parameters;
        Map<String, Object> model = new LinkedHashMap<>();
        Optional<ConfluenceUser> user = access.currentUser();
        if (user.isEmpty()) {
            model.put("message", messages.text("planprocess.calendar.login"));
            return templates.render("templates/calendar/anonymous.vm", model);
        }
        String cycleKey;
        String committeeKey;
        try {
            cycleKey = parameter(raw, "cycle");
            committeeKey = parameter(raw, "committee");
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
        Optional<Cycle> cycle = cycleKey.isEmpty() ? Optional.empty() : cycles.findByKey(cycleKey);
        if (!cycleKey.isEmpty() && cycle.isEmpty()) {
            return error("cycle");
        }
        Optional<Committee> committee = Optional.empty();
        if (!committeeKey.isEmpty()) {
            committee = new ConfluenceTrackerViewer(access).visibleCommittees(committees.findAll()).stream()
                    .filter(c -> committeeKey.equalsIgnoreCase(c.spaceKey())).findFirst();
            if (committee.isEmpty()) {
                return error("committee");
            }
        }
        DateTimeFormatter created = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ProcessCalendar.REGION_ZONE);
        List<CalendarLinkView.Link> links = tokens.of(user.get().getKey().getStringValue()).stream()
                .map(t -> new CalendarLinkView.Link(String.valueOf(t.id()), created.format(t.createdAt())))
                .toList();
        String scope = cycle.map(c -> c.name().in(messages.locale()))
                .orElse(messages.text("planprocess.calendar.scope.all"))
                + committee.map(c -> ", " + c.name()).orElse("");
        CalendarLinkView view = new CalendarLinkView(cycle.map(Cycle::key).orElse(""),
                committee.map(c -> String.valueOf(c.id())).orElse(""),
                "en".equals(messages.locale().getLanguage()) ? "en" : "sv", scope, links);
        model.put("view", VelocityModel.of(view));
        model.put("text", texts());
        pageBuilder.assembler().resources().requireWebResource(PluginKey.module("calendar-resources"));
        return templates.render("templates/calendar/link.vm", model);
    }

    private static String parameter(Map<String, String> raw, String name) {
        String value = raw.getOrDefault(name, "");
        value = value == null ? "" : value.strip();
        if (value.length() > MAX_PARAMETER || UserText.hasForbiddenCharacters(value)) {
            throw new IllegalArgumentException(name);
        }
        return value;
    }

    private String error(String parameter) throws MacroExecutionException {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("message", messages.text("planprocess.calendar.error.parameter", parameter));
        return templates.render("templates/tracker/error.vm", model);
    }

    private Map<String, String> texts() {
        Map<String, String> text = new LinkedHashMap<>();
        for (String key : List.of("title", "intro", "scope", "create", "replace", "url", "copy", "steps",
                "step1", "step2", "step3", "links", "none", "revoke", "created", "secret")) {
            text.put(key, messages.text("planprocess.calendar." + key));
        }
        return text;
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
