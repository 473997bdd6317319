package se.planprocess.confluence.report.macro;

import java.util.Locale;
import java.util.Map;

/** The status macro's parameters, validated: {@code history} = collapsed | hidden, {@code readiness} = true | false. */
record StatusMacroParameters(boolean showHistory, boolean showReadiness) {
    static StatusMacroParameters parse(Map<String, String> parameters) {
        String history = normalise(parameters.get("history"), "collapsed");
        if (!history.equals("collapsed") && !history.equals("hidden")) {
            throw new IllegalArgumentException("history = " + parameters.get("history"));
        }
        String readiness = normalise(parameters.get("readiness"), "true");
        if (!readiness.equals("true") && !readiness.equals("false")) {
            throw new IllegalArgumentException("readiness = " + parameters.get("readiness"));
        }
        return new StatusMacroParameters(history.equals("collapsed"), readiness.equals("true"));
    }

    private static String normalise(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip().toLowerCase(Locale.ROOT);
    }
}
