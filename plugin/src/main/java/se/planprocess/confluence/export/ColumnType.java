package se.planprocess.confluence.export;

/** What a column holds, which decides how each file format writes its cells. */
public enum ColumnType {
    /** Free text, always written as text (never a formula). */
    TEXT,
    /** A number (days late, counts). */
    NUMBER,
    /** A calendar day. */
    DATE,
    /** A day and a time of day, in the region's time zone. */
    DATE_TIME,
    /** An absolute http(s) address with the text to show. */
    LINK
}
