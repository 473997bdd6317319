package se.planprocess.confluence.tracker;

import org.junit.jupiter.api.Test;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.Cycle;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.CycleBuilder.aCycle;

/**
 * The contract of a refused filter, as the macro and the REST API show it: one message in the user's language from
 * the app's bundles (Swedish first, English beside it) that names the parameter and never quotes a hostile value.
 * That nothing is read or half-applied for a refused filter is checked where it is used ({@code TrackerResourceTest}).
 */
class TrackerFilterMessagesTest {
    private static final Messages SWEDISH = new Messages(new BundleI18nResolver(Locale.forLanguageTag("sv-SE")));
    private static final Messages ENGLISH = new Messages(new BundleI18nResolver(Locale.ENGLISH));
    private static final String HOSTILE = "<script>alert(1)</script>";
    private static final Cycle CYCLE = aCycle().withPhase("drafting", "2026-04-01", "2026-05-31")
            .withDeadline("2026-04-16").build();

    private static TrackerFilter.Refused refused(Map<String, String> raw) {
        return assertThrows(TrackerFilter.Refused.class, () -> TrackerFilter.parse(raw, KindCatalogue.builtIn())
                .phaseIn(CYCLE));
    }

    private static String text(Messages messages, TrackerFilter.Refused refused) {
        return messages.text(refused.messageKey(), refused.messageArguments(messages.locale()));
    }

    @Test
    void everyBadValue_isRefusedWithASwedishMessageNamingTheParameter_andAnEnglishOneBesideIt() {
        Map<Map<String, String>, String> cases = new LinkedHashMap<>();
        cases.put(Map.of("kinds", "feedback-report," + HOSTILE),
                "Parametern kinds i processöversikten har ett ogiltigt värde.");
        cases.put(Map.of("kinds", "no-such-kind"), "Parametern kinds i processöversikten har ett ogiltigt värde.");
        cases.put(Map.of("committees", "KN,<b>RUN</b>"),
                "Parametern committees i processöversikten har ett ogiltigt värde.");
        cases.put(Map.of("cycle", "2027\u0000"), "Parametern cycle i processöversikten har ett ogiltigt värde.");
        cases.put(Map.of("phase", "x".repeat(501)), "Parametern phase i processöversikten har ett ogiltigt värde.");
        cases.put(Map.of("spaceCategory", "vard," + HOSTILE),
                "Parametern spaceCategory (rymdkategori) i processöversikten har ett ogiltigt värde.");
        cases.put(Map.of("committees", "KN", "spaceCategory", "vard"),
                "Ange antingen nämnder eller rymdkategori i processöversikten, inte båda.");
        cases.put(Map.of("phase", HOSTILE), "Den angivna fasen finns inte i planperioden");
        cases.put(Map.of("phase", "harvest"), "Fasen harvest finns inte i planperioden");
        for (Map.Entry<Map<String, String>, String> c : cases.entrySet()) {
            TrackerFilter.Refused refused = refused(c.getKey());
            String swedish = text(SWEDISH, refused);
            String english = text(ENGLISH, refused);
            assertTrue(swedish.startsWith(c.getValue()), swedish);
            assertTrue(c.getKey().containsKey(refused.parameter()), refused.parameter() + " of " + c.getKey());
            assertTrue(swedish.contains(refused.parameter()) || swedish.contains("rymdkategori")
                    || swedish.contains("Fasen") || swedish.contains("fasen"), swedish);
            assertNotEquals(refused.messageKey(), swedish, "a key of the bundle");
            assertNotEquals(swedish, english, "English beside the Swedish");
            assertFalse(english.startsWith("planprocess."), english);
            assertFalse(swedish.contains("<script") || swedish.contains("<b>") || english.contains("<script")
                    || english.contains("<b>"), swedish + " / " + english);
        }
    }

    @Test
    void anUnknownCycle_isNamedWhenItIsAKey_andOtherwiseOnlyDescribed() {
        TrackerFilter named = TrackerFilter.parse(Map.of("cycle", " regionplan-2031 "), KindCatalogue.builtIn());
        assertEquals("Planperioden regionplan-2031 finns inte (parametern cycle i processöversikten).",
                text(SWEDISH, named.unknownCycle()));
        assertEquals("The plan period regionplan-2031 does not exist (parameter cycle of the process overview).",
                text(ENGLISH, named.unknownCycle()));
        assertEquals("cycle", named.unknownCycle().parameter());
        assertFalse(named.unknownCycle().noneNamed());

        TrackerFilter hostile = TrackerFilter.parse(Map.of("cycle", HOSTILE), KindCatalogue.builtIn());
        assertEquals("Den angivna planperioden finns inte (parametern cycle i processöversikten).",
                text(SWEDISH, hostile.unknownCycle()));

        TrackerFilter none = TrackerFilter.none();
        assertTrue(none.unknownCycle().noneNamed());
        assertEquals("Det finns ingen planperiod att visa. Ekonomistaben lägger upp planperioder.",
                text(SWEDISH, none.unknownCycle()));
    }
}
