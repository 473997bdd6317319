package se.planprocess.confluence.rest;

import javax.ws.rs.WebApplicationException;
import se.planprocess.confluence.host.Messages;

import javax.inject.Inject;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * Jersey's own refusals (no such resource, method not allowed, not acceptable, unsupported media type) as JSON in the
 * user's language. The answer is made by {@link Responses#error}, as for every error of this API; the mappers differ
 * only in the type they register for, so that no mapper of the host or of Jersey is closer to an exception than ours.
 */
@Provider
public class WebApplicationErrorMapper implements ExceptionMapper<WebApplicationException> {
    private final Messages messages;

    @Inject
    public WebApplicationErrorMapper(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(WebApplicationException error) {
        return Responses.error(messages, error);
    }
}
