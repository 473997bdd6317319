package se.planprocess.confluence.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.planprocess.confluence.process.InvalidValueException.Rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UserTextTest {
    /** CR, LF, TAB, NUL, ESC, DEL, NEL (a C1 control), the line and paragraph separators, U+FFFD, lone surrogates. */
    @ParameterizedTest
    @ValueSource(strings = {"\r", "\n", "\t", "\u0000", "\u001b", "\u007f", "\u0085", "\u2028", "\u2029", "\ufffd",
            "\ud800", "\udc00"})
    void aName_withAControlOrBrokenCharacter_isRefused_namingTheField(String bad) {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> UserText.name("Kultur" + bad + "nämnden", "name", 200));

        assertEquals("name", e.field());
        assertEquals(Rule.CONTROL_CHARACTERS, e.rule());
    }

    @Test
    void aName_withLettersOfAnyScript_andCharactersOutsideTheBasicPlane_isKept_stripped() {
        assertEquals("Hälso- och sjukvårdsnämnden \uD83C\uDFE5 Σ", UserText.name("  Hälso- och sjukvårdsnämnden "
                + "\uD83C\uDFE5 Σ ", "name", 200));
    }

    @Test
    void aName_thatIsBlank_orTooLong_isRefused() {
        assertEquals(Rule.BLANK, assertThrows(InvalidValueException.class,
                () -> UserText.name("   ", "shortName", 40)).rule());
        InvalidValueException tooLong = assertThrows(InvalidValueException.class,
                () -> UserText.name("x".repeat(41), "shortName", 40));
        assertEquals(Rule.TOO_LONG, tooLong.rule());
        assertEquals("shortName", tooLong.messageArguments()[0]);
        assertEquals(40, tooLong.messageArguments()[1]);
    }

    @Test
    void aComment_keepsItsLineBreaks_asLineFeeds() {
        assertEquals("Rad ett\nRad två\nRad tre\n\nRad fem",
                UserText.comment("  Rad ett\r\nRad två\rRad tre\n\nRad fem\n", "comment"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t", "\u0000", "\u001b", "\u2028", "\ufffd", "\ud800"})
    void aComment_withAnyOtherControlOrBrokenCharacter_isRefused(String bad) {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> UserText.comment("Fel siffror" + bad + "i tabellen", "comment"));

        assertEquals("comment", e.field());
        assertEquals(Rule.CONTROL_CHARACTERS, e.rule());
    }

    @Test
    void anEmptyComment_isNoComment() {
        assertNull(UserText.comment(" \r\n ", "comment"));
        assertNull(UserText.comment(null, "comment"));
    }

    @Test
    void aRefusal_forAFieldInsideAList_isNamedWithItsPath() {
        InvalidValueException e = new InvalidValueException("nameSv", Rule.CONTROL_CHARACTERS).within("milestones[2]");

        assertEquals("milestones[2].nameSv", e.field());
        assertEquals(Rule.CONTROL_CHARACTERS, e.rule());
    }
}
