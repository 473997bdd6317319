package se.planprocess.confluence.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.planprocess.confluence.administration.CycleConflictException;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.NotReadySectionsException;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.document.StaleVersionException;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.process.LogText;
import se.planprocess.confluence.tracker.TrackerFilter;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * JSON responses, and the one place where every error under /rest/planprocess/ becomes an answer (the exception
 * mappers in this package all call {@link #error}): {@code {"status": 400, "error": "invalid-input", "message":
 * "…", "field": "committeeId"}} with the message in the user's language and the field named as the client sent it.
 * An unexpected exception is logged (its text escaped) and answered with a generic message, never its text.
 */
final class Responses {
    private static final Logger LOG = LoggerFactory.getLogger(Responses.class);
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    /** Jersey's own answers with a message of their own; other statuses get the general one. */
    private static final Map<Integer, String> HTTP_ERRORS = Map.of(
            400, "bad-request",
            404, "not-found",
            405, "method-not-allowed",
            406, "not-acceptable",
            414, "uri-too-long",
            415, "unsupported-media-type");

    private Responses() {
    }

    static Response ok(Object body) {
        return Response.ok(Json.write(body), JSON).build();
    }

    /** The answer to any exception a resource (or Jersey itself) throws. */
    static Response error(Messages messages, Throwable error) {
        if (error instanceof DocumentException refusal) {
            return refusal(messages, refusal);
        }
        if (error instanceof TrackerFilter.Refused refused) {
            Map<String, Object> extra = refused instanceof TrackerFilter.UnknownPhase unknown
                    ? Map.of("validPhases", unknown.validPhases()) : null;
            return answer(400, "invalid-input", messages.text(refused.messageKey(),
                    refused.messageArguments(messages.locale())), refused.parameter(), extra);
        }
        if (error instanceof se.planprocess.confluence.space.SpaceRefusal refused) {
            return answer(refused.status(), "refused", messages.text(refused.messageKey(), refused.arguments()),
                    refused.field(), null);
        }
        if (error instanceof InvalidValueException invalid) {
            return answer(400, invalid.rule().code(),
                    messages.text(invalid.rule().messageKey(), invalid.messageArguments()), invalid.field(), null);
        }
        if (error instanceof WebApplicationException web && web.getResponse() != null
                && web.getResponse().getStatus() < 500) {
            return http(messages, web.getResponse());
        }
        if (error instanceof JsonProcessingException json) {
            String field = error instanceof JsonMappingException mapping ? fieldOf(mapping) : "body";
            return answer(400, "invalid-input",
                    messages.text(Problem.INVALID_INPUT.messageKey(), field), field, null);
        }
        LOG.error("Unexpected error in the Planprocess REST API", LogText.safe(error));
        return answer(500, "internal-error", messages.text("planprocess.error.internal"), null, null);
    }

    private static Response refusal(Messages messages, DocumentException e) {
        Problem problem = e.problem();
        Map<String, Object> extra = new LinkedHashMap<>();
        if (e instanceof StaleVersionException stale && stale.latest() != null) {
            extra.put("changedBy", stale.latest().actorName());
            extra.put("currentVersion", stale.latest().seq());
        }
        if (e instanceof CycleConflictException conflict && conflict.latest() != null) {
            extra.put("changedBy", conflict.latest().actorName());
            extra.put("currentVersion", conflict.latest().version());
        }
        // Section templates
        if (e instanceof se.planprocess.confluence.sections.TemplateConflictException conflict
                && conflict.latest() != null) {
            extra.put("changedBy", conflict.latest().actorName());
            extra.put("currentRevision", conflict.latest().revision());
        }
        Serializable[] arguments = e.arguments();
        if (e instanceof NotReadySectionsException notReady) {
            Locale locale = messages.locale();
            arguments = notReady.messageArguments(locale);
            extra.put("notReadySections", notReady.notReady().stream()
                    .map(s -> Map.of("key", s.key(), "heading", s.heading().in(locale))).toList());
            extra.put("sectionCount", notReady.total());
        }
        String field = problem == Problem.INVALID_INPUT && arguments.length > 0 ? String.valueOf(arguments[0]) : null;
        return answer(problem.httpStatus(), problem.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                messages.text(problem.messageKey(), arguments), field, extra);
    }

    private static Response http(Messages messages, Response original) {
        int status = original.getStatus();
        String code = HTTP_ERRORS.get(status);
        String message = code != null ? messages.text("planprocess.error.http." + status)
                : messages.text("planprocess.error.http", String.valueOf(status));
        Response.ResponseBuilder builder = builder(status, code != null ? code : "http-error", message, null, null);
        Object allow = original.getHeaders().getFirst(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    /** The property path of a Jackson mapping error as the client sent it: {@code milestones[0].date}. */
    private static String fieldOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    private static Response answer(int status, String code, String message, String field, Map<String, Object> extra) {
        return builder(status, code, message, field, extra).build();
    }

    private static Response.ResponseBuilder builder(int status, String code, String message, String field,
                                                    Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", code);
        body.put("message", message);
        if (field != null) {
            body.put("field", field);
        }
        if (extra != null) {
            body.putAll(extra);
        }
        return Response.status(status).entity(Json.write(body)).type(JSON);
    }
}
