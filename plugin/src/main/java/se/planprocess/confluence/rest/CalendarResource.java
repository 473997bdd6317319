package se.planprocess.confluence.rest;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.fasterxml.jackson.databind.JsonNode;
import se.planprocess.confluence.calendar.CalendarFeed;
import se.planprocess.confluence.calendar.CalendarFeedService;
import se.planprocess.confluence.calendar.CalendarToken;
import se.planprocess.confluence.calendar.CalendarTokens;
import se.planprocess.confluence.calendar.IssuedToken;
import se.planprocess.confluence.calendar.ical.IcsWriter;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.host.ConfluenceAccess;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The process calendar as a feed that calendar programs subscribe to, and the user's own links to it.
 *
 * <ul>
 *   <li>{@code GET /calendar/feed/{secret}.ics?cycle=&committee=&lang=}: the feed (text/calendar). Fetched by
 *       Outlook without a session, so it is {@code @UnrestrictedAccess}: the secret in the path is the only
 *       credential, and the feed shows what the link's owner may see at this fetch. An unknown or revoked link, an
 *       owner who is gone or deactivated, an unknown cycle or a committee the owner may not see are one 404.</li>
 *   <li>{@code GET /calendar/tokens}, {@code POST /calendar/tokens} ({@code {"replace": true}} revokes the others),
 *       {@code DELETE /calendar/tokens/{id}}: the logged-in user's own links; a write is a JSON request (Confluence's
 *       XSRF check refuses a form or plain-text one).</li>
 * </ul>
 */
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {
    static final String FEED_PATH = "/rest/planprocess/1.0/calendar/feed/";
    static final MediaType CALENDAR = new MediaType("text", "calendar", Map.of("charset", "UTF-8"));

    private final CalendarFeedService feeds;
    private final CalendarTokens tokens;
    private final ConfluenceAccess access;
    private final ApplicationProperties application;
    private final Clock clock;

    @Inject
    public CalendarResource(CalendarFeedService feeds, CalendarTokens tokens, ConfluenceAccess access,
                            ApplicationProperties application, Clock clock) {
        this.feeds = feeds;
        this.tokens = tokens;
        this.access = access;
        this.application = application;
        this.clock = clock;
    }

    @GET
    @Path("/feed/{secret}.ics")
    @Produces({"text/calendar", MediaType.APPLICATION_JSON})
    @UnrestrictedAccess
    public Response feed(@PathParam("secret") String secret, @QueryParam("cycle") String cycle,
                         @QueryParam("committee") String committee, @QueryParam("lang") String lang) {
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("sv-SE");
        CalendarFeed feed = feeds.feed(secret, cycle, committee, locale);
        return Response.ok(new IcsWriter().write(feed, clock.instant()), CALENDAR)
                .header("Content-Disposition", "inline; filename=\"processkalender.ics\"")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("/tokens")
    public Response list() {
        String owner = ownerKey();
        return Responses.ok(tokens.of(owner).stream().map(CalendarResource::tokenMap).toList());
    }

    /** A new link; its secret is in this answer only ({@code url}). */
    @POST
    @Path("/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        String owner = ownerKey();
        JsonNode request = body == null || body.isBlank() ? null : Json.object(body);
        boolean replace = request != null && Json.optionalBoolean(request, "replace");
        IssuedToken issued = tokens.issue(owner, replace);
        Map<String, Object> answer = tokenMap(issued.token());
        answer.put("url", application.getBaseUrl(UrlMode.CANONICAL) + FEED_PATH + issued.secret() + ".ics");
        answer.put("tokens", tokens.of(owner).stream().map(CalendarResource::tokenMap).toList());
        return Responses.ok(answer);
    }

    @DELETE
    @Path("/tokens/{id}")
    public Response revoke(@PathParam("id") String id) {
        String owner = ownerKey();
        long tokenId;
        try {
            tokenId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new DocumentException(Problem.INVALID_INPUT, "id");
        }
        tokens.revoke(owner, tokenId);
        return Responses.ok(Map.of("tokens", tokens.of(owner).stream().map(CalendarResource::tokenMap).toList()));
    }

    private String ownerKey() {
        return access.currentUser().map(ConfluenceUser::getKey).map(k -> k.getStringValue())
                .orElseThrow(() -> new DocumentException(Problem.FORBIDDEN));
    }

    private static Map<String, Object> tokenMap(CalendarToken token) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", token.id());
        map.put("createdAt", token.createdAt().toString());
        return map;
    }
}
