package se.planprocess.confluence.tracker;

/** A column's figures, counted over the rows the viewer may see: done (final status reached), behind, rows. */
public record ColumnTotal(Deliverable deliverable, int done, int behind, int rows) {
}
