package se.planprocess.confluence.meeting;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.meeting.MeetingFields.Field;
import se.planprocess.confluence.process.Bilingual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kinds a region starts with carry the seeds' standard fields. */
class MeetingKindsTest {
    private final MeetingKinds target = MeetingKinds.defaults();

    @Test
    void theStyrdialog_startsWithTheFieldsOfSeed000() {
        MeetingKind styrdialog = target.byKey("styrdialog").orElseThrow();
        MeetingFields sv = styrdialog.defaults(Locale.forLanguageTag("sv"));

        assertEquals("Regionstyrelsen samt nämndens presidium och förvaltningschef.", sv.get(Field.PARTICIPANTS));
        assertEquals("Nämndens återkopplingsrapport.", sv.get(Field.BASIS));
        assertEquals("Mötesprotokoll.", sv.get(Field.DOCUMENTATION));
        assertTrue(styrdialog.withCommittee());
        assertFalse(styrdialog.minutes());
    }

    @Test
    void theClgDialogue_isDocumentedInClgMinutes_asSeed001Says() {
        assertEquals("CLG-protokoll.", target.byKey("clg-dialog").orElseThrow()
                .defaults(Locale.forLanguageTag("sv")).get(Field.DOCUMENTATION));
    }

    @Test
    void anEnglishAuthor_getsTheEnglishFields() {
        assertEquals("The committee's feedback report.", target.byKey("styrdialog").orElseThrow()
                .defaults(Locale.ENGLISH).get(Field.BASIS));
    }

    @Test
    void onlyTheMeetingWithMinutes_isMinutes() {
        assertEquals(List.of("minutes"), target.all().stream().filter(MeetingKind::minutes).map(MeetingKind::key)
                .toList());
    }

    @Test
    void everyKind_hasEverySwedishFieldFilledIn() {
        for (MeetingKind kind : target.all()) {
            for (Field field : Field.values()) {
                assertFalse(kind.defaultsSv().get(field).isBlank(), kind.key() + " " + field);
                assertFalse(kind.defaultsEn().get(field).isBlank(), kind.key() + " " + field);
            }
        }
    }

    @Test
    void twoKindsWithOneKey_areRefused() {
        MeetingKind one = target.all().get(0);
        assertThrows(IllegalArgumentException.class, () -> MeetingKinds.of(List.of(one, one)));
    }

    @Test
    void aKindsKey_isALowerCaseWord() {
        assertThrows(IllegalArgumentException.class, () -> new MeetingKind("Styr dialog", Bilingual.of("a", "b"),
                MeetingFields.EMPTY, MeetingFields.EMPTY, false, false));
    }

    @Test
    void typedFields_keepLineBreaks_andRefuseControlCharacters_namingTheField() {
        MeetingFields fields = MeetingFields.typed("A\r\nB", "", null, "", "", "");
        assertEquals("A\nB", fields.participants());
        assertEquals("", fields.basis());
        var e = assertThrows(se.planprocess.confluence.process.InvalidValueException.class,
                () -> MeetingFields.typed("", "x\u0007", "", "", "", ""));
        assertEquals("fields.purpose", e.field());
        assertEquals("fields.followUp", assertThrows(se.planprocess.confluence.process.InvalidValueException.class,
                () -> MeetingFields.typed("", "", "", "", "", "y".repeat(5_001))).field());
    }
}
