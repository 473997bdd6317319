package se.planprocess.confluence.space.blueprint;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.UserText;
import se.planprocess.confluence.space.SpaceWizard;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fills the home-page templates of the app's space blueprints. Confluence makes the home page with
 * {@code BlueprintManager#createPageFromTemplate} after the space exists and after {@code SpaceBlueprintCreateEvent}
 * (so a committee room's committee is registered by then); the map returned here renders the template, every value
 * as escaped text unless the template marks the variable {@code at:rawxhtml}, and names the page
 * ({@code ContentPageTitle}: Confluence gives a home page without it an empty title). Values:
 * <ul>
 *   <li>{@code ContentPageTitle}: the space's name as the wizard sent it, checked as a name;</li>
 *   <li>{@code planprocessCommitteeName}: the committee registered for the space (empty when there is none);</li>
 *   <li>{@code planprocessAdminLink} (raw XHTML): the link to the process administration page, its address from
 *   the base URL and its text from the bundle, both escaped here.</li>
 * </ul>
 */
public class SpaceHomeContextProvider implements ContextProvider {
    static final String CONTENT_PAGE_TITLE = "ContentPageTitle";
    static final String COMMITTEE_NAME = "planprocessCommitteeName";
    static final String ADMIN_LINK = "planprocessAdminLink";
    /** The administration page's servlet path, under the base URL. */
    static final String ADMIN_PATH = "/plugins/servlet/planprocess/admin";

    private final CommitteeRepository committees;
    private final ApplicationProperties application;
    private final Messages messages;

    public SpaceHomeContextProvider(CommitteeRepository committees, ApplicationProperties application,
                                    Messages messages) {
        this.committees = committees;
        this.application = application;
        this.messages = messages;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> filled = new LinkedHashMap<>(context);
        Object name = context.get(SpaceWizard.SPACE_NAME);
        filled.put(CONTENT_PAGE_TITLE, UserText.name(name instanceof String s ? s : null, SpaceWizard.SPACE_NAME,
                SpaceWizard.MAX_SPACE_NAME));
        Object spaceKey = context.get(SpaceWizard.SPACE_KEY);
        filled.put(COMMITTEE_NAME, spaceKey instanceof String key
                ? committees.findBySpaceKey(key).map(Committee::name).orElse("") : "");
        String base = application.getBaseUrl(UrlMode.RELATIVE);
        filled.put(ADMIN_LINK, "<a href=\"" + xml((base == null ? "" : base) + ADMIN_PATH) + "\">"
                + xml(messages.text("planprocess.space.home.admin.link")) + "</a>");
        return filled;
    }

    private static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
