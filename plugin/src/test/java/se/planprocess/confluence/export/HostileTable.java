package se.planprocess.confluence.export;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A tracker export whose texts try every trick a committee name, title or status could carry. */
final class HostileTable {
    static final List<String> HOSTILE = List.of(
            "=HYPERLINK(\"http://evil\")", "+1", "-2", "@SUM(A1)", "<script>alert(1)</script>", "rad ett\r\nrad två",
            "Nämnden för Åland; \"citat\" och ö", "\tflik först", "\rretur först", "vanlig text");
    static final String LONG = "å".repeat(40_000);
    static final LocalDate DEADLINE = LocalDate.of(2024, 9, 26);
    static final LocalDate REACHED = LocalDate.of(2024, 9, 28);
    static final LocalDateTime CHANGED = LocalDateTime.of(2024, 9, 28, 14, 5);
    static final URI PAGE = URI.create("https://wiki.example.se/pages/viewpage.action?pageId=42&x=%C3%A5");

    private HostileTable() {
    }

    /** One row per hostile text (in committee and title), then a committee without a report, then a long title. */
    static ExportTable table() {
        List<TrackerExport.Row> rows = new java.util.ArrayList<>();
        for (String hostile : HOSTILE) {
            rows.add(new TrackerExport.Row(hostile, "Återrapport", hostile, "Inskickad", "5 av 7", DEADLINE, 2,
                    REACHED, CHANGED, PAGE));
        }
        rows.add(new TrackerExport.Row("Kulturnämnden", "Återrapport", null, null, null, DEADLINE, 1, null, null,
                null));
        rows.add(new TrackerExport.Row("Lång", "Återrapport", LONG, "Utkast", "0 av 7", DEADLINE, null, null,
                CHANGED, PAGE));
        return TrackerExport.table("Uppföljning 2025: [RSAU]/sept?", col -> switch (col) {
            case COMMITTEE -> "Nämnd";
            case KIND -> "Dokument";
            case TITLE -> "Titel";
            case STATUS -> "Status";
            case READINESS -> "Klart";
            case DEADLINE -> "Sista dag";
            case DAYS_LATE -> "Dagar sent";
            case REACHED_AT -> "Inkom";
            case LAST_CHANGE -> "Senast ändrad";
            case LINK -> "Länk";
        }, rows);
    }

    static int rows() {
        return HOSTILE.size() + 2;
    }
}
