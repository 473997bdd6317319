package se.planprocess.confluence.export;

import java.util.Objects;

/** One column of an export: its header text and what its cells hold. */
public record Column(String header, ColumnType type) {
    public Column {
        Objects.requireNonNull(type, "type");
        header = Cell.clean(Objects.requireNonNull(header, "header"));
    }
}
