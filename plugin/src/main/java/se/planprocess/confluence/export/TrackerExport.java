package se.planprocess.confluence.export;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The tracker's export: one row per committee and deliverable, with the columns below in this order. The tracker
 * fills {@link Row}s from its matrix (after permission filtering) and supplies each header in the user's language;
 * the result goes to either writer.
 */
public final class TrackerExport {
    private TrackerExport() {
    }

    /** The columns, in order, each with the suffix of its i18n key and its type. */
    public enum Col {
        COMMITTEE("committee", ColumnType.TEXT),
        KIND("kind", ColumnType.TEXT),
        TITLE("title", ColumnType.TEXT),
        STATUS("status", ColumnType.TEXT),
        READINESS("readiness", ColumnType.TEXT),
        DEADLINE("deadline", ColumnType.DATE),
        DAYS_LATE("dayslate", ColumnType.NUMBER),
        REACHED_AT("reachedat", ColumnType.DATE),
        LAST_CHANGE("lastchange", ColumnType.DATE_TIME),
        LINK("link", ColumnType.LINK);

        private final String key;
        private final ColumnType type;

        Col(String key, ColumnType type) {
            this.key = key;
            this.type = type;
        }

        /** The i18n key of the header: {@code <prefix>.export.column.<name>}. */
        public String i18nKey(String prefix) {
            return prefix + ".export.column." + key;
        }

        public ColumnType type() {
            return type;
        }
    }

    /**
     * One committee and deliverable. Everything but committee and kind may be missing ({@code null}): a committee
     * without a document has no title, status, page or change, only a deadline and its days late.
     *
     * @param readiness as shown, e.g. "5 av 7"
     * @param daysLate  days past the deadline (still open) or days the required status came late; null when on time
     * @param reachedAt the day the required status was reached
     * @param lastChange the latest change, in the region's time zone
     */
    public record Row(String committee, String kind, String title, String status, String readiness,
                      LocalDate deadline, Integer daysLate, LocalDate reachedAt, LocalDateTime lastChange,
                      URI link) {
        public Row {
            Objects.requireNonNull(committee, "committee");
            Objects.requireNonNull(kind, "kind");
        }

        List<Cell> cells() {
            return List.of(Cell.text(committee), Cell.text(kind), Cell.text(title), Cell.text(status),
                    Cell.text(readiness), Cell.date(deadline), Cell.number(daysLate), Cell.date(reachedAt),
                    Cell.dateTime(lastChange), Cell.link(link, title));
        }
    }

    /** The table, with each column's header from {@code header} (e.g. an i18n lookup of {@link Col#i18nKey}). */
    public static ExportTable table(String title, Function<Col, String> header, List<Row> rows) {
        List<Column> columns = new ArrayList<>();
        for (Col col : Col.values()) {
            columns.add(new Column(header.apply(col), col.type()));
        }
        return new ExportTable(title, columns, rows.stream().map(Row::cells).toList());
    }
}
