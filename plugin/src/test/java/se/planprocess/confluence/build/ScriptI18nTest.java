package se.planprocess.confluence.build;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Confluence's {@code jsI18n} transformer replaces only {@code AJS.I18n.getText('literal.key', …)} calls it finds in
 * the served source; a call with a variable is left alone and shows the raw key. So every text lookup in the shipped
 * scripts is a literal call, and every key it names is in both bundles.
 */
class ScriptI18nTest {
    private static final Path SCRIPTS = Path.of("src/main/resources/js");
    /** Any use of getText: as a call, passed around, or aliased. */
    private static final Pattern ANY_GET_TEXT = Pattern.compile("getText\\b");
    private static final Pattern LITERAL_CALL =
            Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([A-Za-z0-9_.\\-]+)\\1\\s*[,)]");

    @Test
    void shippedScripts_lookUpTextsOnlyWithLiteralKeys_thatBothBundlesHave() throws IOException {
        Properties swedish = bundle("/i18n/planprocess.properties");
        Properties english = bundle("/i18n/planprocess_en.properties");
        List<String> problems = new ArrayList<>();
        int scripts = 0;
        int literalCalls = 0;
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).sorted().toList()) {
                scripts++;
                String source = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
                int uses = count(ANY_GET_TEXT.matcher(source));
                Matcher literal = LITERAL_CALL.matcher(source);
                int literals = 0;
                while (literal.find()) {
                    literals++;
                    String key = literal.group(2);
                    if (!swedish.containsKey(key)) {
                        problems.add(file.getFileName() + ": key " + key + " missing from planprocess.properties");
                    }
                    if (!english.containsKey(key)) {
                        problems.add(file.getFileName() + ": key " + key + " missing from planprocess_en.properties");
                    }
                }
                if (uses != literals) {
                    problems.add(file.getFileName() + ": " + (uses - literals)
                            + " getText use(s) without a literal key; the jsI18n transformer leaves them as raw keys");
                }
                literalCalls += literals;
            }
        }
        assertTrue(scripts >= 2, "scripts found: " + scripts);
        assertTrue(literalCalls >= 10, "literal calls found: " + literalCalls);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    private static int count(Matcher matcher) {
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ScriptI18nTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            properties.load(in);
        }
        return properties;
    }
}
