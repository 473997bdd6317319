package se.planprocess.confluence.export;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportTableTest {

    @Test
    void aCellOfTheWrongType_isRejected_namingRowAndColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportTable.builder("t")
                .text("Nämnd").date("Sista dag").row(Cell.text("a"), Cell.number(3)).build());
        assertEquals("row 1, column Sista dag: a NUMBER cell in a DATE column", e.getMessage());
    }

    @Test
    void aRowOfTheWrongLength_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExportTable.builder("t").text("a").text("b").row(Cell.text("x")).build());
        assertEquals("row 1 has 1 cells, the table has 2 columns", e.getMessage());
    }

    @Test
    void emptyCells_fitEveryColumn_andNullValuesBecomeEmpty() {
        ExportTable table = ExportTable.builder("t").text("a").date("b").link("c")
                .row(Cell.text(null), Cell.date(null), Cell.link(null, "x")).build();
        table.rows().get(0).forEach(c -> assertEquals(Cell.empty(), c));
    }

    @Test
    void aLinkThatIsNotAnAbsoluteHttpAddress_isRejected() {
        for (String bad : new String[] {"javascript:alert(1)", "file:///etc/passwd", "/relative", "mailto:a@b.se"}) {
            assertThrows(IllegalArgumentException.class, () -> Cell.link(URI.create(bad), "x"), bad);
        }
        assertEquals("https://a.se/x", ((Cell.Link) Cell.link(URI.create("https://a.se/x"), " ")).text());
    }

    @Test
    void controlCharacters_areRemoved_butTabsAndLineBreaksKept() {
        assertEquals("ab\tc\r\nd", ((Cell.Text) Cell.text("a\u0000b\tc\u0007\r\n\u001bd\u007f")).value());
        assertEquals("Nämnd", new Column("Näm\u0001nd", ColumnType.TEXT).header());
    }

    @Test
    void theSheetName_dropsWhatExcelForbids_andStaysWithin31Characters() {
        assertEquals("a b c d", table("a[b]c:d").sheetName());
        assertEquals("Export", table("'?*'").sheetName());
        String name = table("Uppföljning av alla nämnders återrapporter 2025").sheetName();
        assertEquals("Uppföljning av alla nämnders åt", name);
        assertTrue(name.length() <= 31);
    }

    @Test
    void columnsAfterRows_areRefused() {
        ExportTable.Builder builder = ExportTable.builder("t").text("a").row(Cell.text("x"));
        assertThrows(IllegalStateException.class, () -> builder.date("b"));
    }

    @Test
    void theTrackerExport_hasItsTenColumnsInOrder_withTheirTypes() {
        ExportTable table = TrackerExport.table("t", c -> c.i18nKey("planprocess"), java.util.List.of(
                new TrackerExport.Row("Kulturnämnden", "Återrapport", null, null, null, LocalDate.of(2024, 9, 26),
                        1, null, null, null)));
        assertEquals(10, table.columns().size());
        assertEquals("planprocess.export.column.committee", table.columns().get(0).header());
        assertEquals(ColumnType.DATE_TIME, table.columns().get(8).type());
        assertEquals(ColumnType.LINK, table.columns().get(9).type());
    }

    private static ExportTable table(String title) {
        return ExportTable.builder(title).text("a").build();
    }
}
