package se.planprocess.confluence.calendar.ical;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.calendar.CalendarEvent;
import se.planprocess.confluence.calendar.CalendarFeed;
import se.planprocess.confluence.calendar.EventKind;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The feed as iCalendar text, read back with biweekly and checked line by line against RFC 5545 §3.1: CRLF line
 * ends only, no line longer than 75 octets, folds never inside a UTF-8 character, text values escaped so that a
 * hostile name starts no property of its own.
 */
class IcsWriterTest {
    private static final Instant NOW = Instant.parse("2026-09-01T08:15:00Z");
    private static final String HOSTILE = "Inlämning;nämnd,\\ \"x\"\r\nATTENDEE:mailto:evil@example.com\r\n"
            + "END:VEVENT\nBEGIN:VEVENT\rUID:injected";
    private static final String LONG_SWEDISH = "Återkopplingsrapport från Hälso- och sjukvårdsnämnden ✅ 😀 "
            + "med många långa ord: förhandlingsöverenskommelse, länsövergripande, ärendeförteckning";

    private final IcsWriter target = new IcsWriter();

    private static CalendarFeed feed(CalendarEvent... events) {
        return new CalendarFeed("Processkalender – Regionplan 2027", "Processkalender; alla, nämnder", List.of(events));
    }

    private static CalendarEvent phase(String summary, String description) {
        return new CalendarEvent("cycle-7-phase-kickoff@planprocess.se", EventKind.PHASE, summary, description,
                LocalDate.of(2026, 5, 14), LocalDate.of(2026, 9, 27), List.of("Fas"));
    }

    @Test
    void aHostileName_isOneEscapedTextValue_andAddsNoProperty() {
        byte[] ics = target.write(feed(phase(HOSTILE, HOSTILE)), NOW);
        List<String> lines = strictLines(ics);
        List<String> unfolded = unfold(lines);

        assertEquals(1, unfolded.stream().filter(l -> l.startsWith("BEGIN:VEVENT")).count(), String.join("\n", unfolded));
        assertEquals(1, unfolded.stream().filter(l -> l.startsWith("END:VEVENT")).count());
        assertEquals(1, unfolded.stream().filter(l -> l.startsWith("UID:")).count());
        assertTrue(unfolded.stream().noneMatch(l -> l.startsWith("ATTENDEE")), "no injected ATTENDEE");
        String summary = unfolded.stream().filter(l -> l.startsWith("SUMMARY:")).findFirst().orElseThrow();
        assertTrue(summary.startsWith("SUMMARY:Inlämning\\;nämnd\\,\\\\ \"x\"\\nATTENDEE:mailto:evil@example.com\\n"),
                summary);

        ICalendar back = Biweekly.parse(new String(ics, StandardCharsets.UTF_8)).first();
        assertEquals(1, back.getEvents().size());
        VEvent event = back.getEvents().get(0);
        assertEquals(HOSTILE.replace("\r\n", "\n").replace("\r", "\n"),
                event.getSummary().getValue().replace("\r\n", "\n"));
        assertTrue(event.getAttendees().isEmpty());
        assertEquals("cycle-7-phase-kickoff@planprocess.se", event.getUid().getValue());
        assertEquals("Processkalender; alla, nämnder", back.getDescriptions().get(0).getValue());
    }

    @Test
    void longLines_areFoldedAtSeventyFiveOctets_neverInsideACharacter() {
        byte[] ics = target.write(feed(phase(LONG_SWEDISH.repeat(3), LONG_SWEDISH)), NOW);
        List<String> lines = strictLines(ics);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(" ")), "something was folded");
        assertTrue(lines.stream().anyMatch(l -> l.getBytes(StandardCharsets.UTF_8).length == 75
                || l.getBytes(StandardCharsets.UTF_8).length >= 72), "folded lines use the room they have");
        ICalendar back = Biweekly.parse(new String(ics, StandardCharsets.UTF_8)).first();
        assertEquals(LONG_SWEDISH.repeat(3), back.getEvents().get(0).getSummary().getValue());
    }

    @Test
    void events_areAllDay_inStockholmTime_withTheEndExclusive_andAStableIdentity() {
        TimeZone jvm = TimeZone.getDefault();
        try {
            // Confluence's JVM may run in any zone; the days must not move.
            TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of("America/Los_Angeles")));
            byte[] ics = target.write(feed(phase("Nämndernas återkoppling", "Regionplan 2027")), NOW);
            List<String> unfolded = unfold(strictLines(ics));
            assertTrue(unfolded.contains("DTSTART;VALUE=DATE:20260514"), String.join("\n", unfolded));
            assertTrue(unfolded.contains("DTEND;VALUE=DATE:20260927"));
            assertTrue(unfolded.contains("DTSTAMP:20260901T081500Z"));
            assertTrue(unfolded.contains("SEQUENCE:0"));
            assertTrue(unfolded.contains("METHOD:PUBLISH"));
            assertTrue(unfolded.contains("X-WR-TIMEZONE:Europe/Stockholm"));
            assertTrue(unfolded.contains("X-WR-CALNAME:Processkalender – Regionplan 2027"));
            assertTrue(unfolded.contains("X-WR-CALDESC:Processkalender\\; alla\\, nämnder"));
            assertTrue(unfolded.contains("TZID:Europe/Stockholm"));
            assertEquals("BEGIN:VCALENDAR", unfolded.get(0));
            assertEquals("END:VCALENDAR", unfolded.get(unfolded.size() - 1));

            ICalendar back = Biweekly.parse(new String(ics, StandardCharsets.UTF_8)).first();
            VTimezone zone = back.getTimezoneInfo().getComponents().iterator().next();
            assertEquals("Europe/Stockholm", zone.getTimezoneId().getValue());
            assertEquals(1, zone.getStandardTimes().size());
            assertEquals(1, zone.getDaylightSavingsTime().size());
            VEvent event = back.getEvents().get(0);
            assertFalse(event.getDateStart().getValue().hasTime());
            assertEquals(List.of("Fas"), event.getCategories().get(0).getValues());
        } finally {
            TimeZone.setDefault(jvm);
        }
    }

    @Test
    void aRevisedEvent_carriesItsSequenceAndLastModified() {
        CalendarEvent moved = phase("Inlämning", "").withRevision(
                new se.planprocess.confluence.calendar.Revision(3, Instant.parse("2026-08-30T12:00:00Z")));
        List<String> unfolded = unfold(strictLines(target.write(feed(moved), NOW)));
        assertTrue(unfolded.contains("SEQUENCE:3"), String.join("\n", unfolded));
        assertTrue(unfolded.contains("LAST-MODIFIED:20260830T120000Z"));
        assertTrue(unfolded.contains("DTSTAMP:20260901T081500Z"));
        assertEquals(1, unfolded.stream().filter(l -> l.startsWith("DESCRIPTION")).count(),
                "the calendar's description only: an event without one has no empty DESCRIPTION");
    }

    /** The physical lines: every one ends in CRLF, is valid UTF-8 on its own, and has at most 75 octets. */
    static List<String> strictLines(byte[] ics) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < ics.length; i++) {
            if (ics[i] == '\n') {
                fail("a bare LF at octet " + i);
            }
            if (ics[i] == '\r') {
                if (i + 1 >= ics.length || ics[i + 1] != '\n') {
                    fail("a bare CR at octet " + i);
                }
                byte[] line = Arrays.copyOfRange(ics, start, i);
                if (line.length > 75) {
                    fail("a line of " + line.length + " octets: " + new String(line, StandardCharsets.UTF_8));
                }
                try {
                    lines.add(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString());
                } catch (CharacterCodingException e) {
                    fail("a line folded inside a UTF-8 character: line " + lines.size());
                }
                i++;
                start = i + 1;
            }
        }
        assertEquals(ics.length, start, "the text ends with CRLF");
        return lines;
    }

    static List<String> unfold(List<String> lines) {
        List<String> unfolded = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith(" ") && !unfolded.isEmpty()) {
                unfolded.set(unfolded.size() - 1, unfolded.get(unfolded.size() - 1) + line.substring(1));
            } else {
                unfolded.add(line);
            }
        }
        return unfolded;
    }
}
