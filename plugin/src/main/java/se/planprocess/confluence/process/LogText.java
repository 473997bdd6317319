package se.planprocess.confluence.process;

/**
 * User text made safe for a log line: every character a name may not hold is escaped ({@code \n}, {@code \r},
 * {@code \t}, others as {@code \}{@code uXXXX}), backslashes are doubled so an escape cannot be faked, and long text is
 * cut. A log line then stays one line whatever a user typed. Use it for every logged value that may hold user text:
 * titles, names, comments, keys, and messages of exceptions that quote them.
 */
public final class LogText {
    /** Longer text is cut to this many characters, followed by how many were left out. */
    public static final int MAX = 200;

    private LogText() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX) + 16);
        int shown = 0;
        int i = 0;
        while (i < text.length() && shown < MAX) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (UserText.isForbiddenInName(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
            i += width;
            shown++;
        }
        if (i < text.length()) {
            out.append("…(").append(text.codePointCount(i, text.length())).append(" more)");
        }
        return out.toString();
    }

    /**
     * A copy of an exception for logging: the same class name, stack traces and causes, with every message passed
     * through {@link #of}.
     */
    public static Throwable safe(Throwable error) {
        return error == null ? null : new Escaped(error, 0);
    }

    /** An exception standing in for another in a log: its text escaped, its stack trace kept. */
    private static final class Escaped extends Throwable {
        private static final int MAX_CAUSES = 20;
        private final String text;

        Escaped(Throwable original, int depth) {
            super(null, original.getCause() == null || depth >= MAX_CAUSES ? null
                    : new Escaped(original.getCause(), depth + 1), false, true);
            String message = original.getMessage();
            this.text = original.getClass().getName() + (message == null ? "" : ": " + of(message));
            setStackTrace(original.getStackTrace());
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public String getMessage() {
            return text;
        }
    }
}
