package se.planprocess.devhost.render;

import java.util.Locale;
import java.util.Set;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * Confluence's Velocity auto-escaping: every {@code $reference} is HTML-escaped unless the last name segment ends
 * with "html" (case-insensitive) or is {@code xHtmlContent}, {@code body} or {@code head}, or is a method call
 * whose name starts with {@code render}/{@code getRender}.
 */
public final class AutoEscape implements ReferenceInsertionEventHandler {
    private static final Set<String> RAW_NAMES = Set.of("xHtmlContent", "body", "head");

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || isHtmlSafe(reference)) {
            return value;
        }
        return Html.escape(value);
    }

    public static boolean isHtmlSafe(String reference) {
        String r = reference.trim();
        r = r.replaceFirst("^\\$!?\\{?", "").replaceFirst("}$", "");
        boolean methodCall = r.endsWith(")");
        String previous;
        do {
            previous = r;
            r = r.replaceAll("\\([^()]*\\)", "");
        } while (!r.equals(previous));
        String last = r.substring(r.lastIndexOf('.') + 1).trim();
        if (last.toLowerCase(Locale.ROOT).endsWith("html") || RAW_NAMES.contains(last)) {
            return true;
        }
        return methodCall && (last.startsWith("render") || last.startsWith("getRender"));
    }
}
