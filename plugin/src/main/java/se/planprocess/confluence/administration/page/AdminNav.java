package se.planprocess.confluence.administration.page;

import se.planprocess.confluence.host.Messages;

import java.util.Arrays;
import java.util.List;

/**
 * The tabs above every page of the process administration: cycles, committees and section templates, each its own
 * servlet under {@code /plugins/servlet/planprocess/admin}. The current one is marked {@code aria-current="page"}.
 */
public record AdminNav(String label, List<Tab> tabs) {

    /** The administration's pages, with the path after {@code /plugins/servlet/planprocess/admin}. */
    public enum Section {
        CYCLES("", "planprocess.admin.nav.cycles"),
        COMMITTEES("/committees", "planprocess.admin.nav.committees"),
        TEMPLATES("/templates", "planprocess.admin.nav.templates");

        private final String path;
        private final String labelKey;

        Section(String path, String labelKey) {
            this.path = path;
            this.labelKey = labelKey;
        }

        /** The page's address below the context path. */
        public String path() {
            return AdminPageServlet.PATH + path;
        }
    }

    /** One tab: its label in the user's language, its address and whether it is the page shown. */
    public record Tab(String label, String url, boolean current) {
    }

    /** The tabs for a page of the administration, {@code current} marked. */
    public static AdminNav of(String contextPath, Section current, Messages messages) {
        return new AdminNav(messages.text("planprocess.admin.nav.label"), Arrays.stream(Section.values())
                .map(s -> new Tab(messages.text(s.labelKey), contextPath + s.path(), s == current))
                .toList());
    }
}
