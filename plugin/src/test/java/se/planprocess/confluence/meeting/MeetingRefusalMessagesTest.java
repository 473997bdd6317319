package se.planprocess.confluence.meeting;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.process.CycleFactory;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.process.ProcessTemplates;
import se.planprocess.confluence.report.ReportTemplates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A refused meeting reads as a sentence in the user's language, from the app's bundles; every rule has one. */
class MeetingRefusalMessagesTest {
    private static final Messages SWEDISH = new Messages(new BundleI18nResolver(Locale.forLanguageTag("sv-SE")));
    private static final Messages ENGLISH = new Messages(new BundleI18nResolver(Locale.ENGLISH));

    private static String text(Messages messages, MeetingRequest request) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new MeetingPlanner(
                MeetingKinds.defaults()).plan(request, CycleFactory.fromTemplate(ProcessTemplates.REGION_YEARLY, 2025,
                Map.of(DocumentKind.FEEDBACK_REPORT, ReportTemplates.V2024)), id -> Optional.empty()));
        return messages.text(e.rule().messageKey(), e.messageArguments());
    }

    @Test
    void anImpossibleDate_isExplainedInSwedishAndEnglish() {
        MeetingRequest request = new MeetingRequest("kickoff", "", "2025-02-30", "", "", "", "", "");
        assertEquals("Fältet date ska vara ett datum som finns, skrivet ÅÅÅÅ-MM-DD.", text(SWEDISH, request));
        assertEquals("The field date must be a date that exists, written YYYY-MM-DD.", text(ENGLISH, request));
    }

    @Test
    void anEndBeforeTheStart_namesBothFields() {
        MeetingRequest request = new MeetingRequest("kickoff", "", "2025-02-03", "10:00", "09:00", "", "", "");
        assertEquals("Sluttiden i fältet end måste vara efter starttiden (start).", text(SWEDISH, request));
    }

    @Test
    void everyRule_hasAMessageInBothLanguages() {
        for (InvalidValueException.Rule rule : InvalidValueException.Rule.values()) {
            String key = rule.messageKey();
            assertNotEquals(key, SWEDISH.text(key), "Swedish message for " + key);
            assertNotEquals(key, ENGLISH.text(key), "English message for " + key);
            assertNotEquals(SWEDISH.text(key), ENGLISH.text(key), "translated: " + key);
        }
    }
}
