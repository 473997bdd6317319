package se.planprocess.confluence.calendar.ical;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.io.scribe.property.TextPropertyScribe;
import biweekly.io.text.ICalWriter;
import biweekly.property.Categories;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Method;
import biweekly.property.TextProperty;
import biweekly.property.Transparency;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import se.planprocess.confluence.calendar.CalendarEvent;
import se.planprocess.confluence.calendar.CalendarFeed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

/**
 * Writes a feed as an iCalendar object (RFC 5545) in UTF-8 that Outlook, Google Calendar and Apple Calendar subscribe
 * to: {@code METHOD:PUBLISH}, the calendar's name also as {@code X-WR-CALNAME} (Outlook's), the region's time zone
 * Europe/Stockholm with its {@code VTIMEZONE} (and {@code X-WR-TIMEZONE}), every event all-day ({@code VALUE=DATE},
 * {@code DTEND} the day after the last day) and free time ({@code TRANSP:TRANSPARENT}), with its stable UID, its
 * {@code SEQUENCE} and {@code LAST-MODIFIED} from its revision (0 and none without one), and {@code DTSTAMP} the moment
 * the feed was made (RFC 5545 §3.8.7.2 for an object with a METHOD).
 *
 * <p>biweekly escapes every text value ({@code \}, {@code ;}, {@code ,}, line breaks as {@code \n}), so a name can
 * never start a property of its own. biweekly folds lines by characters; RFC 5545 §3.1 counts octets, so this writer
 * has biweekly write unfolded lines and folds them itself at 75 octets, never inside a UTF-8 character.
 */
public final class IcsWriter {
    public static final String TIME_ZONE = "Europe/Stockholm";
    public static final String PRODUCT_ID = "-//Planprocess//Processkalender//SV";
    static final int MAX_LINE_OCTETS = 75;

    public byte[] write(CalendarFeed feed, Instant generatedAt) {
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT_ID);
        ical.setMethod(Method.publish());
        ical.setName(feed.name());
        ical.setDescription(feed.description());
        ical.addProperty(new CalendarName(feed.name()));
        ical.addProperty(new CalendarDescription(feed.description()));
        ical.addProperty(new CalendarTimeZone(TIME_ZONE));
        ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(TIME_ZONE),
                stockholm()));
        Date stamp = Date.from(generatedAt);
        for (CalendarEvent event : feed.events()) {
            VEvent v = new VEvent();
            v.setUid(event.uid());
            v.setSummary(event.summary());
            if (!event.description().isEmpty()) {
                v.setDescription(event.description());
            }
            v.setDateStart(new DateStart(day(event.start()), false));
            v.setDateEnd(new DateEnd(day(event.endExclusive()), false));
            v.setDateTimeStamp(stamp);
            v.setSequence(event.revision() == null ? 0 : event.revision().sequence());
            if (event.revision() != null) {
                v.setLastModified(Date.from(event.revision().modifiedAt()));
            }
            v.setTransparency(Transparency.transparent());
            if (!event.categories().isEmpty()) {
                v.addProperty(new Categories(event.categories()));
            }
            ical.addEvent(v);
        }
        StringWriter text = new StringWriter();
        try (ICalWriter writer = new ICalWriter(text, ICalVersion.V2_0)) {
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            writer.registerScribe(new CalendarName.Scribe());
            writer.registerScribe(new CalendarDescription.Scribe());
            writer.registerScribe(new CalendarTimeZone.Scribe());
            writer.write(ical);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fold(text.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A day as biweekly's date without time, written as {@code yyyymmdd}. biweekly formats such a date in the JVM's
     * default time zone, so the day starts there (Confluence's JVM may run in any zone).
     */
    private static ICalDate day(LocalDate day) {
        return new ICalDate(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
    }

    /**
     * Europe/Stockholm as Outlook expects it: CET (+01:00) from the last Sunday of October at 03:00, CEST (+02:00)
     * from the last Sunday of March at 02:00 (the EU rule since 1996).
     */
    static VTimezone stockholm() {
        VTimezone zone = new VTimezone(TIME_ZONE);
        StandardTime standard = new StandardTime();
        standard.setDateStart(new biweekly.util.DateTimeComponents(1970, 10, 25, 3, 0, 0, false));
        standard.setTimezoneOffsetFrom(new UtcOffset(true, 2, 0));
        standard.setTimezoneOffsetTo(new UtcOffset(true, 1, 0));
        standard.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(10)
                .byDay(-1, DayOfWeek.SUNDAY).build());
        standard.addTimezoneName("CET");
        zone.addStandardTime(standard);
        DaylightSavingsTime daylight = new DaylightSavingsTime();
        daylight.setDateStart(new biweekly.util.DateTimeComponents(1970, 3, 29, 2, 0, 0, false));
        daylight.setTimezoneOffsetFrom(new UtcOffset(true, 1, 0));
        daylight.setTimezoneOffsetTo(new UtcOffset(true, 2, 0));
        daylight.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(3)
                .byDay(-1, DayOfWeek.SUNDAY).build());
        daylight.addTimezoneName("CEST");
        zone.addDaylightSavingsTime(daylight);
        return zone;
    }

    /**
     * RFC 5545 §3.1: a line longer than 75 octets is split, each continuation starting with one space, so that no
     * line (its leading space included) is longer than 75 octets; a UTF-8 character is never split.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
        for (String line : unfolded.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            int limit = MAX_LINE_OCTETS;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 1;
                    limit = MAX_LINE_OCTETS;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** {@code X-WR-CALNAME}: the calendar's name in Outlook and Apple Calendar. */
    static final class CalendarName extends TextProperty {
        CalendarName(String value) {
            super(value);
        }

        static final class Scribe extends TextPropertyScribe<CalendarName> {
            Scribe() {
                super(CalendarName.class, "X-WR-CALNAME");
            }

            @Override
            protected CalendarName newInstance(String value, ICalVersion version) {
                return new CalendarName(value);
            }
        }
    }

    /** {@code X-WR-CALDESC}: the calendar's description in Outlook and Apple Calendar. */
    static final class CalendarDescription extends TextProperty {
        CalendarDescription(String value) {
            super(value);
        }

        static final class Scribe extends TextPropertyScribe<CalendarDescription> {
            Scribe() {
                super(CalendarDescription.class, "X-WR-CALDESC");
            }

            @Override
            protected CalendarDescription newInstance(String value, ICalVersion version) {
                return new CalendarDescription(value);
            }
        }
    }

    /** {@code X-WR-TIMEZONE}: the calendar's time zone for programs that read no VTIMEZONE. */
    static final class CalendarTimeZone extends TextProperty {
        CalendarTimeZone(String value) {
            super(value);
        }

        static final class Scribe extends TextPropertyScribe<CalendarTimeZone> {
            Scribe() {
                super(CalendarTimeZone.class, "X-WR-TIMEZONE");
            }

            @Override
            protected CalendarTimeZone newInstance(String value, ICalVersion version) {
                return new CalendarTimeZone(value);
            }
        }
    }
}
