package se.planprocess.confluence.calendar.macro;

import java.util.List;

/**
 * What the macro shows: the feed's query (cycle, committee, language) the script adds to a new link, the viewer's
 * links (their creation dates, in the viewer's language) and the texts.
 */
public record CalendarLinkView(String cycle, String committee, String lang, String scope, List<Link> links,
                               boolean hasLinks) {
    public CalendarLinkView {
        links = List.copyOf(links);
    }

    public CalendarLinkView(String cycle, String committee, String lang, String scope, List<Link> links) {
        this(cycle, committee, lang, scope, links, !links.isEmpty());
    }

    /** One of the viewer's links: its id and when it was made. */
    public record Link(String id, String created) {
    }
}
