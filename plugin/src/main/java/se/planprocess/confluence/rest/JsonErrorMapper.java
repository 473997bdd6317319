package se.planprocess.confluence.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import se.planprocess.confluence.host.Messages;

import javax.inject.Inject;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * A JSON body Jackson could not read or map: 400 naming the field as the client sent it. The answer is made by {@link
 * Responses#error}, as for every error of this API; the mappers differ only in the type they register for, so that no
 * mapper of the host or of Jersey is closer to an exception than ours.
 */
@Provider
public class JsonErrorMapper implements ExceptionMapper<JsonProcessingException> {
    private final Messages messages;

    @Inject
    public JsonErrorMapper(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(JsonProcessingException error) {
        return Responses.error(messages, error);
    }
}
