package se.planprocess.devhost.render;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * Confluence's Velocity auto-escaping: every {@code $reference} is HTML-escaped unless the last name segment ends
 * with "html" (case-insensitive) or is {@code xHtmlContent}, {@code body} or {@code head}, or is a method call
 * whose name starts with {@code render}/{@code getRender}.
 */
public final class AutoEscape implements ReferenceInsertionEventHandler {
    private static final Set<String> RAW_NAMES = Set.of("xHtmlContent", "body", "head");
    private static final Pattern PREFIX = Pattern.compile("^\\$!?\\{?");
    private static final Pattern SUFFIX = Pattern.compile("}$");
    private static final Pattern ARGUMENTS = Pattern.compile("\\([^()]*\\)");
    /** The answer depends on the reference's text only, which comes from the templates: a bounded set. */
    private static final Map<String, Boolean> ANSWERS = new ConcurrentHashMap<>();

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || isHtmlSafe(reference)) {
            return value;
        }
        return Html.escape(value);
    }

    public static boolean isHtmlSafe(String reference) {
        Boolean known = ANSWERS.get(reference);
        if (known != null) {
            return known;
        }
        boolean answer = decide(reference);
        if (ANSWERS.size() < 10_000) {
            ANSWERS.put(reference, answer);
        }
        return answer;
    }

    private static boolean decide(String reference) {
        String r = reference.trim();
        r = SUFFIX.matcher(PREFIX.matcher(r).replaceFirst("")).replaceFirst("");
        boolean methodCall = r.endsWith(")");
        String previous;
        do {
            previous = r;
            r = ARGUMENTS.matcher(r).replaceAll("");
        } while (!r.equals(previous));
        String last = r.substring(r.lastIndexOf('.') + 1).trim();
        if (last.toLowerCase(Locale.ROOT).endsWith("html") || RAW_NAMES.contains(last)) {
            return true;
        }
        return methodCall && (last.startsWith("render") || last.startsWith("getRender"));
    }
}
