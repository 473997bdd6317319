package se.planprocess.confluence.report.macro;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Confluence 9 blocks Velocity method calls that are not on its allowlist, so the app's templates only read values
 * (map keys, lists) and call no method; and no reference opts out of HTML escaping by an "Html" name.
 */
class TemplatesCallNoMethodsTest {
    private static final List<Path> TEMPLATES = List.of(Path.of("src/main/resources/templates/status"),
            Path.of("src/main/resources/templates/tracker"), Path.of("src/main/resources/templates/meeting"),
            Path.of("src/main/resources/templates/calendar"));
    private static final Pattern METHOD_CALL = Pattern.compile("\\$!?\\{?[A-Za-z_][A-Za-z0-9_.]*\\(");
    private static final Pattern UNESCAPED = Pattern.compile("\\$!?\\{?[A-Za-z0-9_.]*(?i:html)\\b");

    @Test
    void statusTemplates_callNoMethods_andEscapeEveryReference() throws IOException {
        List<String> problems = new ArrayList<>();
        int templates = 0;
        for (Path directory : TEMPLATES) {
          try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".vm")).toList()) {
                templates++;
                String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?s)#\\*.*?\\*#", "");
                Matcher call = METHOD_CALL.matcher(text);
                while (call.find()) {
                    problems.add(file.getFileName() + ": method call " + call.group());
                }
                Matcher raw = UNESCAPED.matcher(text);
                while (raw.find()) {
                    problems.add(file.getFileName() + ": unescaped reference " + raw.group());
                }
                assertFalse(text.contains("#disableAntiXss"), file.toString());
            }
          }
        }
        assertTrue(templates >= 9, "templates found: " + templates);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
