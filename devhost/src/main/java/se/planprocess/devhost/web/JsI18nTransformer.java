package se.planprocess.devhost.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.planprocess.devhost.render.BundleI18nResolver;

/**
 * The {@code jsI18n} web-resource transformer as Confluence runs it on served JavaScript (atlassian-plugins-webresource
 * 6.1.1, {@code com.atlassian.webresource.plugin.i18n.JsI18nTransformer}, the one-phase path; developer.atlassian.com,
 * "Internationalising your plugin's JavaScript"): only calls {@code <ns>.I18n.getText('literal.key')} (single or
 * double quotes, a key of word characters, dots and dashes) are replaced.
 * <ul>
 *   <li>without arguments, {@code AJS.I18n.getText('k')} becomes the translated text as a string literal (a longer
 *   namespace such as {@code window.AJS.I18n.getText('k')} becomes {@code window.AJS.format("raw pattern")});</li>
 *   <li>with arguments, {@code AJS.I18n.getText('k', a)} becomes {@code AJS.format("raw pattern", a)};</li>
 *   <li>anything else (a variable key, a computed expression) is left alone and returns the key at run time.</li>
 * </ul>
 * A key missing from the bundle translates to the key itself.
 */
public final class JsI18nTransformer {
    public static final String KEY = "jsI18n";
    private static final Pattern GET_TEXT =
            Pattern.compile("(?:\\.I18n|\\['I18n']|\\[\"I18n\"])\\.getText\\(\\s*(['\"])([\\w.-]+)\\1\\s*([),])");
    /** The identifier right before {@code .I18n} (for example {@code AJS}), at most 100 characters. */
    private static final Pattern IDENTIFIER = Pattern.compile("(?:\\p{Alpha}|[$_])(?:\\p{Alnum}|[$_]){0,100}$");
    /** The identifier is itself a property ({@code window.AJS}, {@code x[0].AJS}): keep the whole expression. */
    private static final Pattern PROPERTY = Pattern.compile("[.\\]]\\s{0,19}$");

    private JsI18nTransformer() {
    }

    public static String transform(String source, BundleI18nResolver i18n, Locale locale) {
        Matcher call = GET_TEXT.matcher(source);
        StringBuilder out = new StringBuilder(source.length());
        int copied = 0;
        while (call.find()) {
            String before = source.substring(Math.max(copied, call.start() - 120), call.start());
            Matcher identifier = IDENTIFIER.matcher(before);
            if (!identifier.find()) {
                continue;
            }
            String key = call.group(2);
            boolean arguments = ",".equals(call.group(3));
            String head = source.substring(0, call.start() - before.length() + identifier.start());
            boolean property = PROPERTY.matcher(head.substring(Math.max(0, head.length() - 20))).find();
            out.append(source, copied, call.start());
            if (arguments) {
                out.append(".format(\"").append(jsString(i18n.raw(locale, key))).append("\",");
            } else if (property) {
                out.append(".format(\"").append(jsString(i18n.raw(locale, key))).append("\")");
            } else {
                out.setLength(out.length() - (call.start() - (call.start() - before.length() + identifier.start())));
                out.append('"').append(jsString(i18n.format(locale, key))).append('"');
            }
            copied = call.end();
        }
        out.append(source, copied, source.length());
        return out.toString();
    }

    /** The text as the inside of a double-quoted JavaScript string, safe inside an HTML script element too. */
    public static String jsString(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\'' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '/'
                    || c == 0x2028 || c == 0x2029 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
