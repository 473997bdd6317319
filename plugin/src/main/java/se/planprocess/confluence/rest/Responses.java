package se.planprocess.confluence.rest;

import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.document.StaleVersionException;
import se.planprocess.confluence.host.Messages;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON responses, and errors with a stable code and a message in the user's language. */
final class Responses {
    private Responses() {
    }

    static Response ok(Object body) {
        return Response.ok(Json.write(body), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    static Response error(Messages messages, DocumentException e) {
        Problem problem = e.problem();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", problem.httpStatus());
        body.put("error", problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        body.put("message", messages.text(problem.messageKey(), e.arguments()));
        if (e instanceof StaleVersionException stale && stale.latest() != null) {
            body.put("changedBy", stale.latest().actorName());
            body.put("currentVersion", stale.latest().seq());
        }
        return Response.status(problem.httpStatus())
                .entity(Json.write(body))
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .build();
    }
}
