package se.planprocess.confluence.rest;

import se.planprocess.confluence.host.Messages;

import javax.inject.Inject;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * The last resort: anything no other mapper took is logged (escaped) and answered with a generic 500. The answer is
 * made by {@link Responses#error}, as for every error of this API; the mappers differ only in the type they register
 * for, so that no mapper of the host or of Jersey is closer to an exception than ours.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
    private final Messages messages;

    @Inject
    public UnexpectedErrorMapper(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(Throwable error) {
        return Responses.error(messages, error);
    }
}
