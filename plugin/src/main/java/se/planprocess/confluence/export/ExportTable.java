package se.planprocess.confluence.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table to export: a title (the XLSX sheet's name), typed columns and rows of cells, each cell of its column's
 * type or empty. Checked when built, so a writer never meets a row of the wrong length or a date in a number column.
 */
public record ExportTable(String title, List<Column> columns, List<List<Cell>> rows) {
    /** Excel's limit for a sheet name. */
    static final int MAX_SHEET_NAME = 31;

    public ExportTable {
        title = Cell.clean(Objects.requireNonNull(title, "title"));
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an export needs at least one column");
        }
        List<List<Cell>> copy = new ArrayList<>(rows.size());
        for (List<Cell> row : rows) {
            List<Cell> cells = List.copyOf(row);
            if (cells.size() != columns.size()) {
                throw new IllegalArgumentException("row " + (copy.size() + 1) + " has " + cells.size()
                        + " cells, the table has " + columns.size() + " columns");
            }
            for (int c = 0; c < cells.size(); c++) {
                ColumnType type = cells.get(c).type();
                if (type != null && type != columns.get(c).type()) {
                    throw new IllegalArgumentException("row " + (copy.size() + 1) + ", column "
                            + columns.get(c).header() + ": a " + type + " cell in a " + columns.get(c).type()
                            + " column");
                }
            }
            copy.add(cells);
        }
        rows = List.copyOf(copy);
    }

    /**
     * The title as an Excel sheet name: without {@code [ ] : * ? / \}, without leading or trailing apostrophes and
     * blanks, at most 31 characters, and "Export" when nothing is left.
     */
    public String sheetName() {
        String name = title.replaceAll("[\\[\\]:*?/\\\\\\t\\r\\n]", " ").replaceAll("\\s+", " ").strip();
        name = name.replaceAll("^'+|'+$", "").strip();
        if (name.length() > MAX_SHEET_NAME) {
            int end = Character.isHighSurrogate(name.charAt(MAX_SHEET_NAME - 1)) ? MAX_SHEET_NAME - 1 : MAX_SHEET_NAME;
            name = name.substring(0, end).replaceAll("'+$", "").strip();
        }
        return name.isEmpty() ? "Export" : name;
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    /**
     * Columns first, then rows: {@code ExportTable.builder("Uppföljning").text("Nämnd").date("Sista dag")
     * .row(Cell.text("Kulturnämnden"), Cell.date(day)).build()}.
     */
    public static final class Builder {
        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Cell>> rows = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder column(String header, ColumnType type) {
            if (!rows.isEmpty()) {
                throw new IllegalStateException("columns come before rows");
            }
            columns.add(new Column(header, type));
            return this;
        }

        public Builder text(String header) {
            return column(header, ColumnType.TEXT);
        }

        public Builder number(String header) {
            return column(header, ColumnType.NUMBER);
        }

        public Builder date(String header) {
            return column(header, ColumnType.DATE);
        }

        public Builder dateTime(String header) {
            return column(header, ColumnType.DATE_TIME);
        }

        public Builder link(String header) {
            return column(header, ColumnType.LINK);
        }

        public Builder row(Cell... cells) {
            return row(Arrays.asList(cells));
        }

        public Builder row(List<Cell> cells) {
            rows.add(List.copyOf(cells));
            return this;
        }

        public ExportTable build() {
            return new ExportTable(title, columns, rows);
        }
    }
}
