package se.planprocess.confluence.export;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * One typed value of an export row. The factories take {@code null} for "no value" and return {@link Empty}, so a
 * caller maps an optional field without branching. Text is kept as given except for control characters other than
 * tab, line feed and carriage return, which are removed (XML cannot hold them, and no export carries them raw).
 */
public sealed interface Cell permits Cell.Text, Cell.Number, Cell.Date, Cell.DateTime, Cell.Link, Cell.Empty {

    /** The column type this cell belongs in; {@code null} for {@link Empty}, which fits every column. */
    ColumnType type();

    static Cell text(String value) {
        return value == null ? Empty.INSTANCE : new Text(value);
    }

    static Cell number(long value) {
        return new Number(BigDecimal.valueOf(value));
    }

    static Cell number(BigDecimal value) {
        return value == null ? Empty.INSTANCE : new Number(value);
    }

    /** A whole number, or empty for {@code null}. */
    static Cell number(Integer value) {
        return value == null ? Empty.INSTANCE : number(value.longValue());
    }

    static Cell date(LocalDate value) {
        return value == null ? Empty.INSTANCE : new Date(value);
    }

    static Cell dateTime(LocalDateTime value) {
        return value == null ? Empty.INSTANCE : new DateTime(value);
    }

    /** A link to an absolute http or https address, shown as {@code text} (the address itself when blank). */
    static Cell link(URI url, String text) {
        return url == null ? Empty.INSTANCE : new Link(url, text == null || text.isBlank() ? url.toString() : text);
    }

    static Cell empty() {
        return Empty.INSTANCE;
    }

    /** Free text. */
    record Text(String value) implements Cell {
        public Text {
            value = clean(Objects.requireNonNull(value, "value"));
        }

        @Override
        public ColumnType type() {
            return ColumnType.TEXT;
        }
    }

    /** A number, kept exact. */
    record Number(BigDecimal value) implements Cell {
        public Number {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public ColumnType type() {
            return ColumnType.NUMBER;
        }
    }

    /** A calendar day. */
    record Date(LocalDate value) implements Cell {
        public Date {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public ColumnType type() {
            return ColumnType.DATE;
        }
    }

    /** A local date and time (the caller converts instants to the region's zone). */
    record DateTime(LocalDateTime value) implements Cell {
        public DateTime {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public ColumnType type() {
            return ColumnType.DATE_TIME;
        }
    }

    /** A link: only absolute http and https addresses, so no export carries a {@code javascript:} or file link. */
    record Link(URI url, String text) implements Cell {
        public Link {
            Objects.requireNonNull(url, "url");
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
                throw new IllegalArgumentException("a link must be an absolute http(s) address: " + clean(url.toString()));
            }
            text = clean(Objects.requireNonNull(text, "text"));
        }

        @Override
        public ColumnType type() {
            return ColumnType.LINK;
        }
    }

    /** No value. */
    enum Empty implements Cell {
        INSTANCE;

        @Override
        public ColumnType type() {
            return null;
        }
    }

    /** The text without control characters other than tab, line feed and carriage return. */
    static String clean(String text) {
        StringBuilder result = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f
                    || (c >= 0x80 && c < 0xa0) || c == '\ufffe' || c == '\uffff';
            if (control && result == null) {
                result = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!control && result != null) {
                result.append(c);
            }
        }
        return result == null ? text : result.toString();
    }
}
