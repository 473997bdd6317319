package se.planprocess.confluence.process;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogTextTest {
    @Test
    void lineBreaksTabsAndOtherControls_areEscaped_soTheTextStaysOnOneLine() {
        assertEquals("Kultur\\r\\n2026-01-01 ERROR forged\\tx\\u0000\\u2028\\uFFFD",
                LogText.of("Kultur\r\n2026-01-01 ERROR forged\tx\u0000\u2028\ufffd"));
    }

    @Test
    void aBackslash_isDoubled_soAnEscapeCannotBeFaked() {
        assertEquals("a\\\\nb", LogText.of("a\\nb"));
    }

    @Test
    void longText_isCut_sayingHowMuchWasLeftOut() {
        String logged = LogText.of("x".repeat(LogText.MAX + 50));

        assertEquals("x".repeat(LogText.MAX) + "…(50 more)", logged);
    }

    @Test
    void ordinaryText_andNull_areLoggedAsTheyAre() {
        assertEquals("Hälso- och sjukvårdsnämnden \uD83C\uDFE5", LogText.of("Hälso- och sjukvårdsnämnden \uD83C\uDFE5"));
        assertEquals("null", LogText.of(null));
    }

    @Test
    void anException_isLoggedWithItsClassAndStackTrace_butItsMessagesEscaped() {
        IllegalStateException cause = new IllegalStateException("cause\nFORGED");
        RuntimeException error = new RuntimeException("Nämnd\r\nFORGED line", cause);

        Throwable safe = LogText.safe(error);
        StringWriter out = new StringWriter();
        safe.printStackTrace(new PrintWriter(out));
        String[] lines = out.toString().split("\\R");

        assertEquals("java.lang.RuntimeException: Nämnd\\r\\nFORGED line", lines[0]);
        assertArrayEquals(error.getStackTrace(), safe.getStackTrace());
        assertTrue(out.toString().contains("Caused by: java.lang.IllegalStateException: cause\\nFORGED"), out.toString());
        for (String line : lines) {
            assertFalse(line.startsWith("FORGED"), line);
        }
    }
}
