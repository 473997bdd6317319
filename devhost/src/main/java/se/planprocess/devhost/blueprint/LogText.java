package se.planprocess.devhost.blueprint;

/** Text from a request or a plugin made safe for one log line: control characters become {@code \\uXXXX}. */
public final class LogText {
    private static final int MAX = 500;

    private LogText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < MAX; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return text.length() > MAX ? out + "…" : out.toString();
    }
}
