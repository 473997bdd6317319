package se.planprocess.confluence.rest;

import se.planprocess.confluence.host.Messages;

import javax.inject.Inject;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * The domain's refusals (DocumentException, InvalidValueException) and unexpected runtime failures. The answer is made
 * by {@link Responses#error}, as for every error of this API; the mappers differ only in the type they register for,
 * so that no mapper of the host or of Jersey is closer to an exception than ours.
 */
@Provider
public class RuntimeErrorMapper implements ExceptionMapper<RuntimeException> {
    private final Messages messages;

    @Inject
    public RuntimeErrorMapper(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(RuntimeException error) {
        return Responses.error(messages, error);
    }
}
