package se.planprocess.confluence.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.process.UserText;

/** Reads request bodies strictly and writes responses; a malformed body is a 400 in the user's language. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final int MAX_BODY = 16 * 1024;

    private Json() {
    }

    static JsonNode object(String body) {
        return object(body, MAX_BODY);
    }

    /** Like {@link #object(String)}, for a body of at most {@code max} characters. */
    static JsonNode object(String body, int max) {
        if (body == null || body.isBlank()) {
            throw new DocumentException(Problem.INVALID_INPUT, "body");
        }
        if (body.length() > max) {
            throw new DocumentException(Problem.INVALID_INPUT, "body");
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new DocumentException(Problem.INVALID_INPUT, "body");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new DocumentException(Problem.INVALID_INPUT, "body");
        }
    }

    static String requiredText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new DocumentException(Problem.INVALID_INPUT, field);
        }
        return value.asText().strip();
    }

    /**
     * A required one-line name: text, not blank, at most {@code max} characters, no control characters (the
     * domain's {@link UserText} rules, checked on the text as sent).
     */
    static String requiredName(JsonNode node, String field, int max) {
        return UserText.name(textOrNull(node, field), field, max);
    }

    /** Like {@link #requiredName}; absent, null or blank gives null. */
    static String optionalName(JsonNode node, String field, int max) {
        return UserText.optionalName(textOrNull(node, field), field, max);
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new DocumentException(Problem.INVALID_INPUT, field);
        }
        return value.asText();
    }

    static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new DocumentException(Problem.INVALID_INPUT, field);
        }
        return value.asText();
    }

    static long requiredVersion(JsonNode node) {
        JsonNode value = node.get("version");
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 1) {
            throw new DocumentException(Problem.INVALID_INPUT, "version");
        }
        return value.asLong();
    }

    static boolean requiredBoolean(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw new DocumentException(Problem.INVALID_INPUT, field);
        }
        return value.asBoolean();
    }

    /** An optional boolean: absent or null is {@code false}; anything but true or false is invalid input. */
    static boolean optionalBoolean(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new DocumentException(Problem.INVALID_INPUT, field);
        }
        return value.asBoolean();
    }

    static int requiredInt(JsonNode node, String field, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()
                || value.asInt() < min || value.asInt() > max) {
            throw new DocumentException(Problem.INVALID_INPUT, field);
        }
        return value.asInt();
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }
}
